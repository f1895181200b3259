package org.cti.convene.web.delegate;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.cti.convene.common.Countries;
import org.cti.convene.events.Event;
import org.cti.convene.invitations.InvitationStatus;
import org.cti.convene.invitations.InvitationType;
import org.cti.convene.invitations.InvitationView;
import org.cti.convene.web.TimeFormat;

/**
 * The invitation as its page heads it: who is invited (a person, or a State's delegation), the seats
 * granted, used and left, the deadline in the venue's time with the zone named, and who was registered
 * through it already (names and status only: the link may have been forwarded).
 */
record InvitationSummary(
        boolean personal,
        String name,
        String countryName,
        String status,
        int seats,
        int seatsUsed,
        int seatsLeft,
        String expires,
        String expiresIso,
        String expiresZone,
        boolean expired,
        boolean canAccept,
        boolean canDecline,
        List<Person> people) {

    record Person(String name, String status) {}

    static InvitationSummary of(InvitationView view, Event event, Locale locale, Instant now) {
        TimeFormat time = new TimeFormat(event.venue().zone(), locale);
        boolean expired = !now.isBefore(view.expiresAt());
        return new InvitationSummary(
                view.type() == InvitationType.PERSON,
                view.name(),
                view.countryCode() == null ? null : Countries.name(view.countryCode(), locale),
                view.status().name(),
                view.seats(),
                view.seatsUsed(),
                view.seatsLeft(),
                time.dateTime(view.expiresAt()),
                time.isoLocal(view.expiresAt()),
                time.zoneName(view.expiresAt()),
                expired,
                view.canAccept(),
                view.status().awaitsAnswer() && !expired,
                view.registrations().stream()
                        .map(r -> new Person(
                                (r.givenName() + " " + r.familyName()).strip(),
                                r.status().name()))
                        .toList());
    }

    /**
     * Why nobody can be registered through the invitation now, as the bundle's problem type, or null when
     * people can be: the event's state first, then the invitation's.
     */
    static String closedBecause(InvitationView view, Event event, Instant now) {
        if (event.status() == org.cti.convene.events.EventStatus.CANCELLED) {
            return "event-cancelled";
        }
        if (event.isOver(now)) {
            return "event-over";
        }
        if (view.status() == InvitationStatus.REVOKED) {
            return "invitation-revoked";
        }
        if (view.status() == InvitationStatus.DECLINED) {
            return "invitation-declined";
        }
        if (!now.isBefore(view.expiresAt())) {
            return "invitation-expired";
        }
        if (view.seatsLeft() <= 0) {
            return "invitation-used";
        }
        return view.canAccept() ? null : "invitation-closed";
    }
}
