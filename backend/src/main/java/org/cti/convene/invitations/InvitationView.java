package org.cti.convene.invitations;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.events.Event;
import org.cti.convene.events.EventStatus;
import org.cti.convene.events.Venue;
import org.cti.convene.registration.Registration;
import org.cti.convene.registration.RegistrationStatus;

/**
 * What the holder of an invitation link sees: the invitation, the event, and whom they registered already
 * (no e-mails, no tokens: the link may have been forwarded).
 *
 * @param canAccept whether people can still be registered through it now
 */
@Schema(name = "InvitationView")
public record InvitationView(
        UUID id,
        InvitationType type,
        InvitationStatus status,
        String name,
        String countryCode,
        String language,
        int seats,
        int seatsUsed,
        int seatsLeft,
        boolean skipApproval,
        Instant expiresAt,
        boolean canAccept,
        EventSummary event,
        List<Registered> registrations) {

    /** The event in brief, with its times and the venue's zone to show them in. */
    @Schema(name = "InvitationEvent")
    public record EventSummary(
            UUID id,
            String slug,
            EventStatus status,
            Map<String, String> title,
            Venue venue,
            Instant startsAt,
            Instant endsAt,
            String contactEmail) {

        static EventSummary of(Event e) {
            return new EventSummary(
                    e.id(), e.slug(), e.status(), e.title(), e.venue(), e.startsAt(), e.endsAt(), e.contactEmail());
        }
    }

    /** One person registered through the invitation. */
    @Schema(name = "InvitationRegistered")
    public record Registered(UUID id, String givenName, String familyName, RegistrationStatus status) {

        static Registered of(Registration r) {
            return new Registered(r.id(), r.givenName(), r.familyName(), r.status());
        }
    }

    static InvitationView of(Invitation i, boolean canAccept, Event event, List<Registration> registrations) {
        return new InvitationView(
                i.id(),
                i.type(),
                i.status(),
                i.name(),
                i.countryCode(),
                i.language(),
                i.seats(),
                i.seatsUsed(),
                i.seatsLeft(),
                i.skipApproval(),
                i.expiresAt(),
                canAccept,
                EventSummary.of(event),
                registrations.stream().map(Registered::of).toList());
    }
}
