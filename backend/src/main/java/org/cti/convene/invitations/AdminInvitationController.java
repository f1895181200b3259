package org.cti.convene.invitations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cti.convene.common.EventAccess;
import org.cti.convene.common.InvalidInputException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
@Tag(
        name = "Invitations (organisers)",
        description = "Invite people and State delegations, follow, resend, " + "revoke and extend invitations")
@SecurityRequirement(name = "basic")
class AdminInvitationController {

    static final String CSV = "text/csv";

    private final Invitations invitations;
    private final EventAccess access;

    AdminInvitationController(Invitations invitations, EventAccess access) {
        this.invitations = invitations;
        this.access = access;
    }

    record Resend(Boolean newLink) {}

    record Revoke(Boolean keepRegistrations) {}

    record Extend(OffsetDateTime expiresAt) {}

    @PostMapping(path = "/api/v1/admin/events/{id}/invitations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Invite people and delegations (all or none)",
            description = "Each invitation gets an unguessable link that reaches the invitee only by mail. "
                    + "Delegations reserve their seats now: 409 not-enough-seats when too few are free. One invalid "
                    + "invitee refuses the whole batch with 400 listing every problem.")
    Mono<List<Invitation>> invite(@PathVariable UUID id, @RequestBody InvitationBatch batch) {
        return access.require(id).then(invitations.invite(id, batch));
    }

    @PostMapping(path = "/api/v1/admin/events/{id}/invitations", consumes = CSV)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Invite from a CSV file sent as the body (text/csv)",
            description = "Header row: type,name,email,language,countryCode,seats. One bad row refuses the whole "
                    + "file with 400 naming the row (rows[n], n = the file's line) and the reason; nothing is written.")
    Mono<List<Invitation>> inviteFromCsv(
            @PathVariable UUID id,
            @RequestBody(required = false) String csv,
            @Parameter(description = "the deadline, e.g. 2027-02-01T18:00:00+01:00") @RequestParam(required = false)
                    String expiresAt,
            @RequestParam(required = false) Boolean skipApproval,
            @RequestParam(required = false) List<Integer> reminderOffsetsHours) {
        return access.require(id)
                .then(Mono.defer(() -> invitations.importCsv(
                        id, csv, new Invitations.CsvOptions(deadline(expiresAt), skipApproval, reminderOffsetsHours))));
    }

    @PostMapping(path = "/api/v1/admin/events/{id}/invitations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Invite from a CSV file uploaded as a form (multipart: file, expiresAt, skipApproval, "
                    + "reminderOffsetsHours)")
    Mono<List<Invitation>> inviteFromUpload(@PathVariable UUID id, ServerWebExchange exchange) {
        return access.require(id)
                .then(exchange.getMultipartData())
                .flatMap(form -> text(form.getFirst("file")).defaultIfEmpty("").flatMap(csv -> {
                    Invitations.CsvOptions options = new Invitations.CsvOptions(
                            deadline(field(form, "expiresAt")),
                            skipApproval(field(form, "skipApproval")),
                            offsets(field(form, "reminderOffsetsHours")));
                    return invitations.importCsv(id, csv, options);
                }));
    }

    @GetMapping("/api/v1/admin/events/{id}/invitations")
    @Operation(
            summary = "The event's invitations with their state and seats used, totals per state, and the "
                    + "capacity split into held, invited and free seats")
    Mono<InvitationOverview> list(
            @PathVariable UUID id,
            @RequestParam(required = false) InvitationStatus status,
            @RequestParam(required = false) String country) {
        return access.require(id).then(invitations.overview(id, status, country));
    }

    @GetMapping("/api/v1/admin/invitations/{id}")
    @Operation(summary = "One invitation")
    Mono<Invitation> one(@PathVariable UUID id) {
        return invitations.eventOf(id).flatMap(access::require).then(invitations.find(id));
    }

    @PostMapping("/api/v1/admin/invitations/{id}/resend")
    @Operation(summary = "Send the invitation mail again; the link stays the same unless newLink is true")
    Mono<Invitation> resend(@PathVariable UUID id, @RequestBody(required = false) Resend body) {
        boolean newLink = body != null && Boolean.TRUE.equals(body.newLink());
        return invitations.eventOf(id).flatMap(access::require).then(invitations.resend(id, newLink));
    }

    @PostMapping("/api/v1/admin/invitations/{id}/revoke")
    @Operation(
            summary = "Withdraw the invitation; unused seats go back to everyone",
            description = "keepRegistrations (default true): false cancels the registrations made through it.")
    Mono<Invitation> revoke(@PathVariable UUID id, @RequestBody(required = false) Revoke body) {
        boolean keep = body == null || body.keepRegistrations() == null || body.keepRegistrations();
        return invitations.eventOf(id).flatMap(access::require).then(invitations.revoke(id, keep));
    }

    @PostMapping(path = "/api/v1/admin/invitations/{id}/extend", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move the deadline (in the future, no later than the event's end)")
    Mono<Invitation> extend(@PathVariable UUID id, @RequestBody Extend body) {
        return invitations
                .eventOf(id)
                .flatMap(access::require)
                .then(invitations.extend(id, body == null ? null : body.expiresAt()));
    }

    private static Mono<String> text(Part part) {
        if (part == null) {
            return Mono.error(new InvalidInputException("file", "NotNull", "is required: the CSV file to import"));
        }
        if (part instanceof FormFieldPart field) {
            return Mono.just(field.value());
        }
        return DataBufferUtils.join(part.content()).map(buffer -> {
            try {
                return buffer.toString(StandardCharsets.UTF_8);
            } finally {
                DataBufferUtils.release(buffer);
            }
        });
    }

    private static String field(MultiValueMap<String, Part> form, String name) {
        Part part = form.getFirst(name);
        return part instanceof FormFieldPart field && !field.value().isBlank()
                ? field.value().strip()
                : null;
    }

    private static OffsetDateTime deadline(String value) {
        if (value == null || value.isBlank()) {
            return null; // reported as missing by the rules, together with everything else
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    "expiresAt", "must be a date and time with its offset, such as " + "2027-02-01T18:00:00+01:00");
        }
    }

    private static Boolean skipApproval(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase()) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> throw new InvalidInputException("skipApproval", "boolean", "must be true or false");
        };
    }

    private static List<Integer> offsets(String value) {
        if (value == null) {
            return null;
        }
        List<Integer> out = new ArrayList<>();
        for (String s : value.split("[,;\\s]+")) {
            if (s.isBlank()) {
                continue;
            }
            try {
                out.add(Integer.valueOf(s));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(
                        "reminderOffsetsHours", "must be whole numbers of hours, such as 72,24");
            }
        }
        return out;
    }
}
