package org.cti.convene.calendar;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/** Events as the secretariat would publish them, and a clock stopped at a known moment. */
final class CalendarExamples {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:15:30.250Z"), ZoneOffset.UTC);
    static final String DTSTAMP = "20260504T081530Z";

    static final CalendarPerson SECRETARIAT =
            new CalendarPerson("Secretariat, Human Rights Council", "hrc@ohchr.example");
    static final CalendarPerson DELEGATE =
            new CalendarPerson("Dupont, Jean: Mission permanente", "jean.dupont@mission.example");

    private CalendarExamples() {}

    /** A venue, in its zone, with a local start time chosen to exercise that zone's rules. */
    record Venue(String city, String zone, LocalDateTime localStart) {

        ZonedDateTime start() {
            return localStart.atZone(ZoneId.of(zone));
        }

        @Override
        public String toString() {
            return city + " (" + zone + ")";
        }
    }

    static List<Venue> venues() {
        return List.of(
                // summer time in Geneva
                new Venue("Geneva", "Europe/Zurich", LocalDateTime.of(2026, 6, 12, 13, 15)),
                // winter time in Geneva, with the zone's other observance
                new Venue("Geneva", "Europe/Zurich", LocalDateTime.of(2026, 12, 3, 9, 0)),
                // a week after the US, but not Europe, went back to standard time
                new Venue("New York", "America/New_York", LocalDateTime.of(2026, 11, 2, 10, 0)),
                // southern hemisphere: standard time while the north has summer time
                new Venue("Sydney", "Australia/Sydney", LocalDateTime.of(2026, 7, 20, 9, 0)),
                // Chile's own rule: summer time from early September
                new Venue("Santiago", "America/Santiago", LocalDateTime.of(2026, 10, 15, 15, 30)),
                // no daylight saving at all
                new Venue("Bangkok", "Asia/Bangkok", LocalDateTime.of(2026, 9, 10, 9, 0)));
    }

    static CalendarEntry sideEvent(String uid, int sequence, ZonedDateTime start, List<CalendarEntry> sessions) {
        return new CalendarEntry(
                uid,
                sequence,
                "HRC61 side event: Water and sanitation in small island States",
                "Panel with the Special Rapporteur.\nInterpretation: English, French, Spanish.",
                "Palais des Nations, Room XXIV, Geneva",
                URI.create("https://convene.example/events/hrc61-side-event"),
                start,
                start.plus(Duration.ofMinutes(75)),
                false,
                sessions);
    }

    static CalendarEntry session(String uid, String summary, ZonedDateTime start, Duration length) {
        return new CalendarEntry(uid, 0, summary, null, "Room XXIV", null, start, start.plus(length), false, List.of());
    }
}
