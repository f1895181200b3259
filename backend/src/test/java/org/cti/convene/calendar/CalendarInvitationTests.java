package org.cti.convene.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cti.convene.calendar.CalendarEventFileTests.assertVenueTime;
import static org.cti.convene.calendar.CalendarExamples.CLOCK;
import static org.cti.convene.calendar.CalendarExamples.DELEGATE;
import static org.cti.convene.calendar.CalendarExamples.DTSTAMP;
import static org.cti.convene.calendar.CalendarExamples.SECRETARIAT;
import static org.cti.convene.calendar.CalendarExamples.session;
import static org.cti.convene.calendar.CalendarExamples.sideEvent;
import static org.cti.convene.calendar.StrictCalendars.onlyEvent;
import static org.cti.convene.calendar.StrictCalendars.parameter;
import static org.cti.convene.calendar.StrictCalendars.property;
import static org.cti.convene.calendar.StrictCalendars.timeZoneIds;
import static org.cti.convene.calendar.StrictCalendars.unfold;
import static org.cti.convene.calendar.StrictCalendars.value;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class CalendarInvitationTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final CalendarAttendance ACCEPTED = new CalendarAttendance(DELEGATE, "ACCEPTED", SECRETARIAT);

    private final CalendarFiles files = new CalendarFiles(CLOCK);

    @Test
    void requestNamesTheOrganiserAndTheAttendee() {
        ZonedDateTime start = LocalDateTime.of(2026, 7, 15, 13, 15).atZone(NEW_YORK);
        CalendarEntry event = sideEvent("hlpf-side@convene", 1, start, List.of());

        String ics = files.invitation(event, ACCEPTED, CalendarMethod.REQUEST);
        Calendar calendar = StrictCalendars.parse(ics);

        assertThat(value(calendar, "METHOD")).isEqualTo("REQUEST");
        assertThat(timeZoneIds(calendar)).containsExactly("America/New_York");
        VEvent vevent = onlyEvent(calendar);
        assertThat(value(vevent, "UID")).isEqualTo("hlpf-side@convene");
        assertThat(value(vevent, "SEQUENCE")).isEqualTo("1");
        assertThat(value(vevent, "DTSTAMP")).isEqualTo(DTSTAMP);
        assertThat(value(vevent, "STATUS")).isEqualTo("CONFIRMED");
        assertVenueTime(vevent, "DTSTART", start);

        Property organizer = property(vevent, "ORGANIZER");
        assertThat(organizer.getValue()).isEqualTo("mailto:hrc@ohchr.example");
        assertThat(parameter(organizer, "CN")).isEqualTo("Secretariat, Human Rights Council");
        Property attendee = property(vevent, "ATTENDEE");
        assertThat(attendee.getValue()).isEqualTo("mailto:jean.dupont@mission.example");
        assertThat(parameter(attendee, "CN")).isEqualTo("Dupont, Jean: Mission permanente");
        assertThat(parameter(attendee, "PARTSTAT")).isEqualTo("ACCEPTED");
        assertThat(parameter(attendee, "ROLE")).isEqualTo("REQ-PARTICIPANT");
        assertThat(parameter(attendee, "RSVP")).isEqualTo("FALSE");

        assertThat(unfold(ics))
                .contains("\r\nORGANIZER;CN=\"Secretariat, Human Rights Council\":mailto:hrc@ohchr.example\r\n")
                .contains("\r\nATTENDEE;CN=\"Dupont, Jean: Mission permanente\";PARTSTAT=ACCEPTED;"
                        + "ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:jean.dupont@mission.example\r\n");
    }

    @Test
    void namesInOtherScriptsAreQuotedAndComeBackUnchanged() {
        CalendarPerson arabic = new CalendarPerson("ليلى عبد الله", "layla@mission.example");
        CalendarPerson chinese = new CalendarPerson("王小明（代表团团长）", "wang@mission.example");
        ZonedDateTime start = LocalDateTime.of(2026, 9, 10, 9, 0).atZone(ZoneId.of("Asia/Bangkok"));

        String ics = files.invitation(
                sideEvent("escap@convene", 0, start, List.of()),
                new CalendarAttendance(arabic, "NEEDS-ACTION", chinese),
                CalendarMethod.REQUEST);
        VEvent vevent = onlyEvent(StrictCalendars.parse(ics));

        assertThat(parameter(property(vevent, "ATTENDEE"), "CN")).isEqualTo("ليلى عبد الله");
        assertThat(parameter(property(vevent, "ATTENDEE"), "PARTSTAT")).isEqualTo("NEEDS-ACTION");
        assertThat(parameter(property(vevent, "ORGANIZER"), "CN")).isEqualTo("王小明（代表团团长）");
        assertThat(unfold(ics)).contains("ATTENDEE;CN=\"ليلى عبد الله\";").contains("ORGANIZER;CN=\"王小明（代表团团长）\":");
    }

    @Test
    void everyChangeRaisesTheSequenceOfTheSameUid() {
        ZonedDateTime first = LocalDateTime.of(2026, 7, 15, 13, 15).atZone(NEW_YORK);
        List<CalendarEntry> versions = List.of(
                sideEvent("hlpf-side@convene", 0, first, List.of()),
                // moved by an hour
                sideEvent("hlpf-side@convene", 1, first.plusHours(1), List.of()),
                // moved to the next day
                sideEvent("hlpf-side@convene", 2, first.plusDays(1), List.of()));

        List<Integer> sequences = new ArrayList<>();
        for (CalendarEntry version : versions) {
            VEvent vevent =
                    onlyEvent(StrictCalendars.parse(files.invitation(version, ACCEPTED, CalendarMethod.REQUEST)));
            assertThat(value(vevent, "UID")).isEqualTo("hlpf-side@convene");
            assertVenueTime(vevent, "DTSTART", version.start());
            sequences.add(Integer.parseInt(value(vevent, "SEQUENCE")));
        }

        assertThat(sequences)
                .containsExactly(0, 1, 2)
                .isSortedAccordingTo(Integer::compare)
                .doesNotHaveDuplicates();
    }

    @Test
    void cancelWithdrawsTheSameUid() {
        ZonedDateTime start = LocalDateTime.of(2026, 7, 15, 13, 15).atZone(NEW_YORK);
        CalendarEntry event = sideEvent("hlpf-side@convene", 3, start, List.of());
        CalendarAttendance declined = new CalendarAttendance(DELEGATE, "DECLINED", SECRETARIAT);

        Calendar calendar = StrictCalendars.parse(files.invitation(event, declined, CalendarMethod.CANCEL));

        assertThat(value(calendar, "METHOD")).isEqualTo("CANCEL");
        VEvent vevent = onlyEvent(calendar);
        assertThat(value(vevent, "UID")).isEqualTo("hlpf-side@convene");
        assertThat(value(vevent, "SEQUENCE")).isEqualTo("3");
        assertThat(value(vevent, "STATUS")).isEqualTo("CANCELLED");
        assertThat(parameter(property(vevent, "ATTENDEE"), "PARTSTAT")).isEqualTo("DECLINED");
    }

    @Test
    void requestForACancelledEventSaysCancelled() {
        ZonedDateTime start = LocalDateTime.of(2026, 7, 15, 13, 15).atZone(NEW_YORK);
        CalendarEntry live = sideEvent("hlpf-side@convene", 4, start, List.of());
        CalendarEntry cancelled = new CalendarEntry(
                live.uid(), 5, live.summary(), null, null, null, live.start(), live.end(), true, List.of());

        VEvent vevent = onlyEvent(StrictCalendars.parse(files.invitation(cancelled, ACCEPTED, CalendarMethod.REQUEST)));

        assertThat(value(vevent, "STATUS")).isEqualTo("CANCELLED");
    }

    @Test
    void invitationCarriesTheEventWithoutItsSessions() {
        ZonedDateTime start = LocalDateTime.of(2026, 6, 12, 13, 15).atZone(ZoneId.of("Europe/Zurich"));
        CalendarEntry event = sideEvent(
                "parent@convene",
                0,
                start,
                List.of(session("briefing@convene", "Briefing", start, Duration.ofMinutes(30))));

        VEvent vevent = onlyEvent(StrictCalendars.parse(files.invitation(event, ACCEPTED, CalendarMethod.REQUEST)));

        assertThat(value(vevent, "UID")).isEqualTo("parent@convene");
    }

    @Test
    void publishIsNoInvitation() {
        ZonedDateTime start = LocalDateTime.of(2026, 7, 15, 13, 15).atZone(NEW_YORK);

        assertThatThrownBy(() ->
                        files.invitation(sideEvent("x@convene", 0, start, List.of()), ACCEPTED, CalendarMethod.PUBLISH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void participationStatusIsOneRfc5545Knows() {
        assertThat(new CalendarAttendance(DELEGATE, "tentative", SECRETARIAT).partStat())
                .isEqualTo("TENTATIVE");
        assertThatThrownBy(() -> new CalendarAttendance(DELEGATE, "MAYBE", SECRETARIAT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
