package org.cti.convene.web.console;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.common.Countries;
import org.cti.convene.events.Event;
import org.cti.convene.events.EventSession;
import org.cti.convene.web.TimeFormat;

/** An event as the console shows it: texts in the reader's language, times in the venue's zone. */
record EventView(
        UUID id,
        String slug,
        String kind,
        String status,
        String title,
        Map<String, String> titles,
        String dates,
        String startsAt,
        String endsAt,
        String zone,
        String zoneName,
        String venue,
        String country,
        String registrationOpensAt,
        String registrationClosesAt,
        int capacity,
        String access,
        boolean approvalRequired,
        boolean waitlist,
        String contactEmail,
        List<SessionRow> sessions) {

    record SessionRow(String day, String from, String to, String title, String room, Integer capacity) {}

    static EventView of(Event e, Locale locale) {
        TimeFormat time = new TimeFormat(e.venue().zone(), locale);
        String language = locale.getLanguage();
        return new EventView(
                e.id(),
                e.slug(),
                e.kind().name(),
                e.status().name(),
                e.titleIn(language),
                e.title(),
                time.span(e.startsAt(), e.endsAt()),
                time.dateTime(e.startsAt()),
                time.dateTime(e.endsAt()),
                e.venue().timeZone(),
                time.zoneName(e.startsAt()),
                e.venue().label(),
                Countries.name(e.venue().countryCode(), locale),
                e.registrationOpensAt() == null ? null : time.dateTime(e.registrationOpensAt()),
                e.registrationClosesAt() == null ? null : time.dateTime(e.registrationClosesAt()),
                e.capacity(),
                e.access().name(),
                e.approvalRequired(),
                e.waitlist(),
                e.contactEmail(),
                e.sessions().stream()
                        .sorted(Comparator.comparing(EventSession::startsAt))
                        .map(s -> new SessionRow(
                                time.shortDate(s.startsAt()),
                                time.time(s.startsAt()),
                                time.time(s.endsAt()),
                                s.titleIn(language),
                                s.room(),
                                s.capacity()))
                        .toList());
    }

    public boolean isPublished() {
        return "PUBLISHED".equals(status);
    }

    public boolean isCancelled() {
        return "CANCELLED".equals(status);
    }
}
