package org.cti.convene.badges;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cti.convene.common.DomainEvents;
import org.cti.convene.common.EventAccess;
import org.cti.convene.common.Language;
import org.cti.convene.common.PersonalDataRead;
import org.cti.convene.events.Event;
import org.cti.convene.events.Events;
import org.cti.convene.registration.AttendeeQuery;
import org.cti.convene.registration.ParticipantRole;
import org.cti.convene.registration.RegistrationStatus;
import org.cti.convene.registration.Registrations;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Badges", description = "Printable PDF badges with a signed QR code")
class BadgeController {

    private final BadgeIssuer issuer;
    private final Registrations registrations;
    private final Events events;
    private final EventAccess access;

    private final DomainEvents domainEvents;

    BadgeController(
            BadgeIssuer issuer,
            Registrations registrations,
            Events events,
            EventAccess access,
            DomainEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.issuer = issuer;
        this.registrations = registrations;
        this.events = events;
        this.access = access;
    }

    @GetMapping({"/api/v1/registrations/me/badge.pdf", "/my/registration/badge.pdf"})
    @Operation(
            summary = "The delegate's badge (4 × 3 in) once the registration is confirmed; 409 before",
            description = "The private token comes in the X-Manage-Token header, or as ?token= for a plain link "
                    + "in a browser. The QR code stops admitting anyone after a name change or a substitution.")
    Mono<ResponseEntity<byte[]>> mine(
            @RequestHeader(name = "X-Manage-Token", required = false) String header,
            @Parameter(description = "the private token, for links opened in a browser")
                    @RequestParam(name = "token", required = false)
                    String query,
            @Parameter(description = "language of the event title and dates: en (default), fr, es or ar")
                    @RequestParam(required = false)
                    String lang) {
        String token = header != null && !header.isBlank() ? header : query;
        return registrations
                .byToken(token)
                .flatMap(r -> issuer.badgeFor(r, language(lang))
                        .map(pdf -> pdf(pdf, BadgeFileName.attachment("badge", r.badgeName()))));
    }

    // the console serves the same sheet under its own path, where the browser sends its session cookie
    @GetMapping({"/api/v1/admin/events/{id}/badges.pdf", "/console/events/{id}/badges.pdf"})
    @SecurityRequirement(name = "basic")
    @Operation(
            summary = "Badges of every confirmed participant the filters select; 409 when nobody matches",
            description = "Filters as the attendee list; ids= (repeated or comma-separated) prints only those "
                    + "registrations. layout=A4_SHEET (default: eight per A4 page with cut marks) or SINGLE "
                    + "(one 4 × 3 in badge per page, for badge printers).")
    Mono<ResponseEntity<byte[]>> all(
            @PathVariable UUID id,
            @RequestParam(required = false) RegistrationStatus status,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) ParticipantRole role,
            @RequestParam(required = false) UUID sessionId,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "A4_SHEET") BadgeLayout layout,
            @RequestParam(required = false) List<UUID> ids,
            @RequestParam(required = false) String lang) {
        AttendeeQuery query = new AttendeeQuery(status, country, role, sessionId, q, 0, AttendeeQuery.MAX_SIZE);
        Set<UUID> only = ids == null ? Set.of() : Set.copyOf(ids);
        return access.require(id)
                .then(domainEvents.publish(PersonalDataRead.of(
                        "badges.sheet",
                        id,
                        "status",
                        status,
                        "country",
                        country,
                        "role",
                        role,
                        "sessionId",
                        sessionId,
                        "search",
                        q,
                        "layout",
                        layout,
                        "ids",
                        only.isEmpty() ? null : only.size())))
                .then(events.find(id))
                .map(Event::slug)
                .flatMap(slug -> issuer.badgesFor(id, query, only, layout, language(lang))
                        .map(pdf -> pdf(pdf, BadgeFileName.attachment("badges", slug))));
    }

    private static String language(String lang) {
        return Language.isCode(lang) ? lang : BadgeIssuer.DEFAULT_LANGUAGE;
    }

    private static ResponseEntity<byte[]> pdf(byte[] pdf, String disposition) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .cacheControl(CacheControl.noStore())
                .body(pdf);
    }
}
