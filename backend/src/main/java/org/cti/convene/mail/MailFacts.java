package org.cti.convene.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cti.convene.events.Event;
import org.cti.convene.registration.Registration;

/**
 * What a mail says, as it was when the fact happened: the render input kept in the outbox ({@code facts},
 * jsonb). Rendering happens when the mail is sent, so a template fix reaches mails still waiting. Private
 * tokens are never stored: {@code manageLink} asks for the registration's current link at send time.
 *
 * @param changes for {@code EVENT_CHANGED}: {@code TIME}, {@code VENUE}, {@code PROGRAMME}
 * @param delegationId for {@code DELEGATION_LINK}: whose private page the head's link opens
 */
record MailFacts(
        UUID eventId,
        UUID registrationId,
        String recipientName,
        String eventTitle,
        String eventSlug,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        String venue,
        String contactEmail,
        Integer waitlistPosition,
        String reason,
        List<String> changes,
        boolean manageLink,
        UUID invitationId,
        Integer seats,
        Instant expiresAt,
        UUID delegationId) {

    MailFacts {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    static MailFacts of(Registration r, Event e, boolean manageLink) {
        return new MailFacts(
                e.id(),
                r.id(),
                r.displayName(),
                e.titleIn(r.language()),
                e.slug(),
                e.startsAt(),
                e.endsAt(),
                e.venue().timeZone(),
                e.venue().label(),
                e.contactEmail(),
                null,
                null,
                List.of(),
                manageLink,
                null,
                null,
                null,
                null);
    }

    /** The private link to a delegation, for its head: the link is derived from {@code delegationId} when sent. */
    static MailFacts ofDelegation(UUID delegationId, String headName, String language, Event e) {
        return new MailFacts(
                e.id(),
                null,
                headName,
                e.titleIn(language),
                e.slug(),
                e.startsAt(),
                e.endsAt(),
                e.venue().timeZone(),
                e.venue().label(),
                e.contactEmail(),
                null,
                null,
                List.of(),
                false,
                null,
                null,
                null,
                delegationId);
    }

    MailFacts withWaitlistPosition(Integer position) {
        return new MailFacts(
                eventId,
                registrationId,
                recipientName,
                eventTitle,
                eventSlug,
                startsAt,
                endsAt,
                timeZone,
                venue,
                contactEmail,
                position,
                reason,
                changes,
                manageLink,
                invitationId,
                seats,
                expiresAt,
                delegationId);
    }

    MailFacts withReason(String why) {
        return new MailFacts(
                eventId,
                registrationId,
                recipientName,
                eventTitle,
                eventSlug,
                startsAt,
                endsAt,
                timeZone,
                venue,
                contactEmail,
                waitlistPosition,
                why,
                changes,
                manageLink,
                invitationId,
                seats,
                expiresAt,
                delegationId);
    }

    MailFacts withChanges(List<String> what) {
        return new MailFacts(
                eventId,
                registrationId,
                recipientName,
                eventTitle,
                eventSlug,
                startsAt,
                endsAt,
                timeZone,
                venue,
                contactEmail,
                waitlistPosition,
                reason,
                what,
                manageLink,
                invitationId,
                seats,
                expiresAt,
                delegationId);
    }

    /** An invitation to an event: no registration yet, the accept and decline links come from the invitation. */
    static MailFacts ofInvitation(org.cti.convene.invitations.Invitation i, Event e) {
        return new MailFacts(
                e.id(),
                null,
                i.name(),
                e.titleIn(i.language()),
                e.slug(),
                e.startsAt(),
                e.endsAt(),
                e.venue().timeZone(),
                e.venue().label(),
                e.contactEmail(),
                null,
                null,
                List.of(),
                false,
                i.id(),
                i.type() == org.cti.convene.invitations.InvitationType.DELEGATION ? i.seats() : null,
                i.expiresAt(),
                null);
    }
}
