package org.cti.convene.web.delegate;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cti.convene.events.Event;
import org.cti.convene.events.EventSession;
import org.cti.convene.web.TimeFormat;

/** The event as the delegate pages head it: title, when (venue time, zone named), where, and its sessions. */
record EventSummary(
        UUID id,
        String slug,
        String title,
        String start,
        String end,
        String startIso,
        String zoneName,
        String venue,
        String contactEmail,
        List<Session> sessions) {

    record Session(UUID id, String title, String when) {}

    static EventSummary of(Event e, Locale locale) {
        TimeFormat time = new TimeFormat(e.venue().zone(), locale);
        String language = locale.getLanguage();
        List<Session> sessions = e.sessions().stream()
                .sorted(Comparator.comparing(EventSession::startsAt))
                .map(s -> new Session(
                        s.id(),
                        s.titleIn(language),
                        time.shortDate(s.startsAt()) + ", " + time.time(s.startsAt()) + "–" + time.time(s.endsAt())))
                .toList();
        return new EventSummary(
                e.id(),
                e.slug(),
                e.titleIn(language),
                time.dateTime(e.startsAt()),
                time.dateTime(e.endsAt()),
                time.isoLocal(e.startsAt()),
                time.zoneName(e.startsAt()),
                e.venue().label(),
                e.contactEmail(),
                sessions);
    }
}
