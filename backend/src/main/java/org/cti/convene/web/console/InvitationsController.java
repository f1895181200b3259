package org.cti.convene.web.console;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cti.convene.common.DomainException;
import org.cti.convene.common.InvalidInputException;
import org.cti.convene.events.Event;
import org.cti.convene.events.Events;
import org.cti.convene.invitations.InvitationBatch;
import org.cti.convene.invitations.InvitationStatus;
import org.cti.convene.invitations.Invitations;
import org.cti.convene.web.TimeFormat;
import org.cti.convene.web.Wording;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Invitations of an invitation-only event, at parity with the API: the list with state, seats, deadline, times
 * sent and decline reason, filtered by state and country; invite a person or a State delegation by form or by CSV
 * (all or nothing, each refused row named); resend, extend and revoke.
 */
@Controller
class InvitationsController {

    private final Invitations invitations;
    private final Events events;
    private final Permissions permissions;
    private final Wording wording;

    InvitationsController(Invitations invitations, Events events, Permissions permissions, Wording wording) {
        this.invitations = invitations;
        this.events = events;
        this.permissions = permissions;
        this.wording = wording;
    }

    @GetMapping("/console/events/{id}/invitations")
    Mono<String> list(@PathVariable UUID id, ServerWebExchange exchange, Locale locale, Model model) {
        var params = exchange.getRequest().getQueryParams();
        model.addAttribute("done", params.getFirst("done"));
        return page(id, params.getFirst("status"), params.getFirst("country"), List.of(), locale, model);
    }

    @PostMapping(path = "/console/events/{id}/invitations", consumes = "application/x-www-form-urlencoded")
    Mono<String> invite(@PathVariable UUID id, ServerWebExchange exchange, Locale locale, Model model) {
        return permissions.toChange(id).then(exchange.getFormData()).flatMap(form -> {
            model.addAttribute("form", form.toSingleValueMap());
            return events.find(id)
                    .flatMap(event -> Mono.defer(() -> invitations.invite(id, batch(form, event))))
                    .map(sent -> "redirect:/console/events/" + id + "/invitations?done=sent")
                    .onErrorResume(
                            DomainException.class, e -> page(id, null, null, problems(e, locale), locale, model));
        });
    }

    @PostMapping(path = "/console/events/{id}/invitations/upload", consumes = "multipart/form-data")
    Mono<String> upload(@PathVariable UUID id, ServerWebExchange exchange, Locale locale, Model model) {
        return permissions.toChange(id).then(exchange.getMultipartData()).flatMap(parts -> {
            Part file = parts.getFirst("file");
            if (!(file instanceof FilePart csv)) {
                return page(id, null, null, List.of(wording.text("console.invitations.noFile", locale)), locale, model);
            }
            return Mono.zip(
                            DataBufferUtils.join(csv.content()).map(b -> {
                                try {
                                    return b.toString(StandardCharsets.UTF_8);
                                } finally {
                                    DataBufferUtils.release(b);
                                }
                            }),
                            events.find(id))
                    .flatMap(found -> Mono.defer(() -> invitations.importCsv(
                            id,
                            found.getT1(),
                            new Invitations.CsvOptions(
                                    deadline(field(parts, "expiresAt"), found.getT2()), null, null))))
                    .map(sent -> "redirect:/console/events/" + id + "/invitations?done=sent")
                    .onErrorResume(
                            DomainException.class, e -> page(id, null, null, problems(e, locale), locale, model));
        });
    }

    @PostMapping("/console/invitations/{id}/{action:resend|revoke|extend}")
    Mono<String> act(
            @PathVariable UUID id,
            @PathVariable String action,
            ServerWebExchange exchange,
            Locale locale,
            Model model) {
        return invitations
                .eventOf(id)
                .flatMap(eventId -> permissions
                        .toChange(eventId)
                        .then(exchange.getFormData())
                        .flatMap(form -> events.find(eventId)
                                .flatMap(event -> Mono.defer(() -> switch (action) {
                                    case "resend" -> invitations.resend(id, "true".equals(form.getFirst("newLink")));
                                    case "revoke" ->
                                        invitations.revoke(id, "true".equals(form.getFirst("keepRegistrations")));
                                    default -> invitations.extend(id, deadline(form.getFirst("expiresAt"), event));
                                })))
                        .map(i -> "redirect:/console/events/" + eventId + "/invitations?done=" + action)
                        .onErrorResume(
                                DomainException.class,
                                e -> page(eventId, null, null, problems(e, locale), locale, model)));
    }

    private Mono<String> page(
            UUID id, String status, String country, List<String> problems, Locale locale, Model model) {
        InvitationStatus state = parse(status);
        model.addAttribute("problems", problems);
        model.addAttribute("statuses", InvitationStatus.values());
        model.addAttribute("filterStatus", state);
        model.addAttribute("filterCountry", country == null || country.isBlank() ? null : country);
        model.addAttribute("countries", Choices.countries(locale, null));
        return permissions
                .toSee(id)
                .then(Mono.zip(
                        events.find(id),
                        invitations.overview(id, state, model.getAttribute("filterCountry") == null ? null : country)))
                .map(found -> {
                    Event event = found.getT1();
                    model.addAttribute("event", event);
                    model.addAttribute("eventTitle", event.titleIn(locale.getLanguage()));
                    model.addAttribute("overview", found.getT2());
                    model.addAttribute(
                            "times", new TimeFormat(ZoneId.of(event.venue().timeZone()), locale));
                    return "console/invitations";
                });
    }

    /** One invitee from the form: a person, or a State delegation with its seats. */
    private static InvitationBatch batch(MultiValueMap<String, String> form, Event event) {
        boolean delegation = "DELEGATION".equals(form.getFirst("type"));
        Integer seats = null;
        if (delegation) {
            try {
                seats = Integer.valueOf(form.getFirst("seats"));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("invitations[0].seats", "whole-number", "Enter a whole number.");
            }
        }
        var invitee = new InvitationBatch.Invitee(
                delegation ? "DELEGATION" : "PERSON",
                form.getFirst("name"),
                form.getFirst("email"),
                blankToNull(form.getFirst("language")),
                delegation ? blankToNull(form.getFirst("countryCode")) : null,
                seats,
                null);
        return new InvitationBatch(List.of(invitee), deadline(form.getFirst("expiresAt"), event), null, null);
    }

    /** A deadline typed in the venue's local time. */
    private static OffsetDateTime deadline(String local, Event event) {
        if (local == null || local.isBlank()) {
            throw new InvalidInputException("expiresAt", "NotNull", "Give a reply deadline.");
        }
        try {
            return LocalDateTime.parse(local)
                    .atZone(ZoneId.of(event.venue().timeZone()))
                    .toOffsetDateTime();
        } catch (DateTimeException e) { // unreadable, or a year such as +999999999 that overflows
            throw new InvalidInputException("expiresAt", "date-time", "Give a date and time, e.g. 2027-01-31T18:00.");
        }
    }

    private static String field(MultiValueMap<String, Part> parts, String name) {
        return parts.getFirst(name) instanceof FormFieldPart f ? f.value() : null;
    }

    private List<String> problems(DomainException e, Locale locale) {
        if (e instanceof InvalidInputException invalid) {
            return invalid.violations().stream()
                    .map(v -> (v.field() == null ? "" : v.field() + ": ") + wording.violation(v, locale))
                    .toList();
        }
        return List.of(wording.refusal("console.problem.", e, locale));
    }

    private static InvitationStatus parse(String status) {
        try {
            return status == null || status.isBlank() ? null : InvitationStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
