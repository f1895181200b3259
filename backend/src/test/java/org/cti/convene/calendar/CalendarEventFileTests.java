package org.cti.convene.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cti.convene.calendar.CalendarExamples.CLOCK;
import static org.cti.convene.calendar.CalendarExamples.DTSTAMP;
import static org.cti.convene.calendar.CalendarExamples.SECRETARIAT;
import static org.cti.convene.calendar.CalendarExamples.session;
import static org.cti.convene.calendar.CalendarExamples.sideEvent;
import static org.cti.convene.calendar.StrictCalendars.events;
import static org.cti.convene.calendar.StrictCalendars.onlyEvent;
import static org.cti.convene.calendar.StrictCalendars.parameter;
import static org.cti.convene.calendar.StrictCalendars.property;
import static org.cti.convene.calendar.StrictCalendars.timeZoneIds;
import static org.cti.convene.calendar.StrictCalendars.unfold;
import static org.cti.convene.calendar.StrictCalendars.value;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.cti.convene.calendar.CalendarExamples.Venue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CalendarEventFileTests {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    private final CalendarFiles files = new CalendarFiles(CLOCK);

    static List<Venue> venues() {
        return CalendarExamples.venues();
    }

    @ParameterizedTest
    @MethodSource("venues")
    void writesEveryPropertyAndTheVenuesWallTime(Venue venue) {
        CalendarEntry event = sideEvent("7f1c2a9e-hrc61@convene", 4, venue.start(), List.of());

        String ics = files.eventFile(event, SECRETARIAT);
        Calendar calendar = StrictCalendars.parse(ics);

        assertThat(value(calendar, "PRODID")).isEqualTo("-//Convene//Convene//EN");
        assertThat(value(calendar, "VERSION")).isEqualTo("2.0");
        assertThat(value(calendar, "CALSCALE")).isEqualTo("GREGORIAN");
        assertThat(value(calendar, "METHOD")).isEqualTo("PUBLISH");
        assertThat(timeZoneIds(calendar)).containsExactly(venue.zone());

        VEvent vevent = onlyEvent(calendar);
        assertThat(value(vevent, "UID")).isEqualTo("7f1c2a9e-hrc61@convene");
        assertThat(value(vevent, "SEQUENCE")).isEqualTo("4");
        assertThat(value(vevent, "DTSTAMP")).isEqualTo(DTSTAMP);
        assertThat(value(vevent, "SUMMARY")).isEqualTo(event.summary());
        assertThat(value(vevent, "DESCRIPTION")).isEqualTo(event.description());
        assertThat(value(vevent, "LOCATION")).isEqualTo(event.location());
        assertThat(value(vevent, "URL")).isEqualTo(event.url().toString());
        assertThat(value(vevent, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(value(vevent, "ORGANIZER")).isEqualTo("mailto:hrc@ohchr.example");
        assertThat(parameter(property(vevent, "ORGANIZER"), "CN")).isEqualTo(SECRETARIAT.name());

        assertVenueTime(vevent, "DTSTART", event.start());
        assertVenueTime(vevent, "DTEND", event.end());
        assertThat(unfold(ics))
                .contains("\r\nDTSTART;TZID=" + venue.zone() + ":"
                        + venue.localStart().format(LOCAL) + "\r\n");
    }

    @Test
    void zoneWithoutDaylightSavingHasOnlyStandardTime() {
        ZonedDateTime start = LocalDateTime.of(2026, 9, 10, 9, 0).atZone(ZoneId.of("Asia/Bangkok"));

        Calendar calendar =
                StrictCalendars.parse(files.eventFile(sideEvent("bkk@convene", 0, start, List.of()), SECRETARIAT));

        VTimeZone bangkok =
                calendar.<VTimeZone>getComponents(Component.VTIMEZONE).getFirst();
        assertThat(bangkok.getObservances())
                .isNotEmpty()
                .allMatch(o -> o.getName().equals("STANDARD"));
    }

    @Test
    void meetingAcrossTheEndOfSummerTimeKeepsBothWallTimes() {
        // Sydney leaves summer time (+11) for standard time (+10) on Sunday 4 April 2027.
        ZoneId sydney = ZoneId.of("Australia/Sydney");
        ZonedDateTime start = LocalDateTime.of(2027, 4, 1, 9, 0).atZone(sydney);
        ZonedDateTime end = LocalDateTime.of(2027, 4, 7, 17, 0).atZone(sydney);
        CalendarEntry meeting = new CalendarEntry(
                "apac-regional@convene", 0, "Regional meeting", null, null, null, start, end, false, List.of());

        VEvent vevent = onlyEvent(StrictCalendars.parse(files.eventFile(meeting, SECRETARIAT)));

        assertVenueTime(vevent, "DTSTART", start);
        assertVenueTime(vevent, "DTEND", end);
        assertThat(start.getOffset()).isEqualTo(ZoneOffset.ofHours(11));
        assertThat(end.getOffset()).isEqualTo(ZoneOffset.ofHours(10));
    }

    @Test
    void sessionsAreEventsOfTheirOwnRelatedToTheParent() {
        ZonedDateTime start = LocalDateTime.of(2026, 6, 12, 13, 15).atZone(ZoneId.of("Europe/Zurich"));
        CalendarEntry event = sideEvent(
                "parent@convene",
                2,
                start,
                List.of(
                        session("3d0c-briefing@convene", "Briefing", start, Duration.ofMinutes(30)),
                        session("9b41-reception@convene", "Reception", start.plusHours(2), Duration.ofHours(1))));

        Calendar calendar = StrictCalendars.parse(files.eventFile(event, SECRETARIAT));

        List<VEvent> vevents = events(calendar);
        assertThat(vevents)
                .extracting(e -> value(e, "UID"))
                .containsExactly("parent@convene", "3d0c-briefing@convene", "9b41-reception@convene");
        assertThat(vevents.getFirst().getProperty("RELATED-TO")).isEmpty();
        assertThat(vevents.subList(1, 3)).allSatisfy(session -> {
            assertThat(value(session, "RELATED-TO")).isEqualTo("parent@convene");
            assertThat(value(session, "STATUS")).isEqualTo("CONFIRMED");
            assertThat(value(session, "DTSTAMP")).isEqualTo(DTSTAMP);
            assertThat(value(session, "SEQUENCE")).isEqualTo("0");
        });
        assertVenueTime(vevents.get(2), "DTSTART", start.plusHours(2));
        assertThat(timeZoneIds(calendar))
                .as("one VTIMEZONE per zone, not per event")
                .containsExactly("Europe/Zurich");
    }

    @Test
    void cancelledEventCancelsItsSessions() {
        ZonedDateTime start = LocalDateTime.of(2026, 6, 12, 13, 15).atZone(ZoneId.of("Europe/Zurich"));
        CalendarEntry live = sideEvent(
                "parent@convene", 3, start, List.of(session("s@convene", "Briefing", start, Duration.ofMinutes(30))));
        CalendarEntry cancelled = new CalendarEntry(
                live.uid(),
                4,
                live.summary(),
                live.description(),
                live.location(),
                live.url(),
                live.start(),
                live.end(),
                true,
                live.children());

        Calendar calendar = StrictCalendars.parse(files.eventFile(cancelled, SECRETARIAT));

        assertThat(events(calendar)).extracting(e -> value(e, "STATUS")).containsOnly("CANCELLED");
    }

    @Test
    void utcTimesNeedNoTimeZone() {
        ZonedDateTime start = ZonedDateTime.of(2026, 6, 12, 11, 15, 0, 0, ZoneId.of("UTC"));

        String ics = files.eventFile(sideEvent("utc@convene", 0, start, List.of()), SECRETARIAT);
        Calendar calendar = StrictCalendars.parse(ics);

        assertThat(timeZoneIds(calendar)).isEmpty();
        assertThat(unfold(ics)).contains("\r\nDTSTART:20260612T111500Z\r\n");
    }

    @Test
    void zoneAliasIsWrittenAsTheZoneItsVtimezoneNames() {
        ZonedDateTime start = LocalDateTime.of(2026, 7, 15, 13, 15).atZone(ZoneId.of("US/Eastern"));

        String ics = files.eventFile(sideEvent("alias@convene", 0, start, List.of()), SECRETARIAT);
        Calendar calendar = StrictCalendars.parse(ics);

        assertThat(timeZoneIds(calendar)).containsExactly("America/New_York");
        assertThat(unfold(ics)).contains("\r\nDTSTART;TZID=America/New_York:20260715T131500\r\n");
    }

    /** The wall time in TZID is the venue's, and the file's own VTIMEZONE maps it back to the same instant. */
    static void assertVenueTime(VEvent vevent, String property, ZonedDateTime expected) {
        assertThat(parameter(property(vevent, property), "TZID"))
                .isEqualTo(expected.getZone().getId());
        Temporal parsed = property.equals("DTSTART")
                ? vevent.getDateTimeStart().getDate()
                : vevent.getDateTimeEnd().getDate();
        assertThat(parsed).isInstanceOf(ZonedDateTime.class);
        ZonedDateTime zoned = (ZonedDateTime) parsed;
        assertThat(zoned.toLocalDateTime()).isEqualTo(expected.toLocalDateTime());
        assertThat(zoned.toInstant()).isEqualTo(expected.toInstant());
    }
}
