package org.cti.convene.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cti.convene.calendar.CalendarEventFileTests.assertVenueTime;
import static org.cti.convene.calendar.CalendarExamples.CLOCK;
import static org.cti.convene.calendar.CalendarExamples.session;
import static org.cti.convene.calendar.CalendarExamples.sideEvent;
import static org.cti.convene.calendar.StrictCalendars.events;
import static org.cti.convene.calendar.StrictCalendars.timeZoneIds;
import static org.cti.convene.calendar.StrictCalendars.value;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class CalendarFeedTests {

    private final CalendarFiles files = new CalendarFiles(CLOCK);

    @Test
    void feedNamesTheCalendarAndHoldsEveryEntryWithItsZone() {
        ZonedDateTime geneva = LocalDateTime.of(2026, 6, 12, 13, 15).atZone(ZoneId.of("Europe/Zurich"));
        ZonedDateTime newYork = LocalDateTime.of(2026, 7, 15, 10, 0).atZone(ZoneId.of("America/New_York"));
        ZonedDateTime genevaAgain = LocalDateTime.of(2026, 10, 1, 15, 0).atZone(ZoneId.of("Europe/Zurich"));
        CalendarEntry cancelled = new CalendarEntry(
                "cancelled@convene",
                2,
                "Study visit",
                null,
                null,
                null,
                genevaAgain,
                genevaAgain.plusHours(3),
                true,
                List.of());

        String ics = files.feed(
                "Convene – Jean Dupont",
                List.of(
                        sideEvent(
                                "hrc@convene",
                                1,
                                geneva,
                                List.of(session("hrc-briefing@convene", "Briefing", geneva, Duration.ofMinutes(30)))),
                        sideEvent("hlpf@convene", 0, newYork, List.of()),
                        cancelled));
        Calendar calendar = StrictCalendars.parse(ics);

        assertThat(calendar.getProperty("METHOD")).isEmpty();
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Convene – Jean Dupont");
        assertThat(value(calendar, "REFRESH-INTERVAL")).isEqualTo("PT6H");
        assertThat(value(calendar, "PRODID")).isEqualTo("-//Convene//Convene//EN");
        assertThat(timeZoneIds(calendar)).containsExactly("Europe/Zurich", "America/New_York");

        List<VEvent> vevents = events(calendar);
        assertThat(vevents)
                .extracting(e -> value(e, "UID"))
                .containsExactly("hrc@convene", "hrc-briefing@convene", "hlpf@convene", "cancelled@convene");
        assertThat(vevents)
                .extracting(e -> value(e, "STATUS"))
                .containsExactly("CONFIRMED", "CONFIRMED", "CONFIRMED", "CANCELLED");
        assertThat(vevents)
                .allSatisfy(e -> assertThat(e.getProperty("ORGANIZER")).isEmpty());
        assertVenueTime(vevents.get(0), "DTSTART", geneva);
        assertVenueTime(vevents.get(2), "DTSTART", newYork);
        assertVenueTime(vevents.get(3), "DTEND", genevaAgain.plusHours(3));
    }

    @Test
    void feedOfNothingIsStillACalendar() {
        Calendar calendar = StrictCalendars.parse(files.feed("Nothing yet", List.of()));

        assertThat(events(calendar)).isEmpty();
        assertThat(timeZoneIds(calendar))
                .as("RFC 5545 wants one component at least")
                .containsExactly("Etc/UTC");
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Nothing yet");
    }
}
