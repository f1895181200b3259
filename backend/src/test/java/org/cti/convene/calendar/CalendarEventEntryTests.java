package org.cti.convene.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cti.convene.calendar.CalendarExamples.CLOCK;
import static org.cti.convene.calendar.StrictCalendars.events;
import static org.cti.convene.calendar.StrictCalendars.value;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import org.cti.convene.events.AccessMode;
import org.cti.convene.events.Event;
import org.cti.convene.events.EventKind;
import org.cti.convene.events.EventSession;
import org.cti.convene.events.EventStatus;
import org.cti.convene.events.Venue;
import org.junit.jupiter.api.Test;

/** How an event of the events feature becomes a calendar entry, without the application around it. */
class CalendarEventEntryTests {

    private static final UUID EVENT_ID = UUID.fromString("7f1c2a9e-0000-4000-8000-000000000001");
    private static final UUID LATE_SESSION = UUID.fromString("7f1c2a9e-0000-4000-8000-000000000002");
    private static final UUID EARLY_SESSION = UUID.fromString("7f1c2a9e-0000-4000-8000-000000000003");
    private static final Instant START = Instant.parse("2026-06-12T11:00:00Z");
    private static final Instant UPDATED = Instant.parse("2026-05-01T07:30:12.345678Z");

    // Built without Events: entry() and eventFile(Event, …) never look an event up.
    private final EventCalendars calendars =
            new EventCalendars(null, new CalendarFiles(CLOCK), "https://convene.example/");

    @Test
    void mapsIdsSequenceTimesAndTextsInTheLanguageAsked() {
        CalendarEntry entry = calendars.entry(event(EventStatus.PUBLISHED, "secretariat@example.org"), "fr-CH");

        assertThat(entry.uid()).isEqualTo(EVENT_ID + "@convene");
        assertThat(entry.sequence()).isEqualTo(3);
        assertThat(entry.summary()).isEqualTo("Prévenir la torture en garde à vue");
        // no French description: the English one, then the page
        assertThat(entry.description()).isEqualTo("A side event.\n\nhttps://convene.example/events/hrc61-side-event");
        assertThat(entry.location()).isEqualTo("Palais des Nations, Room XXIII, Geneva, Suisse");
        assertThat(entry.url()).isEqualTo(URI.create("https://convene.example/events/hrc61-side-event"));
        assertThat(entry.start().getZone()).isEqualTo(ZoneId.of("Europe/Zurich"));
        assertThat(entry.start().getHour()).isEqualTo(13);
        assertThat(entry.cancelled()).isFalse();
        assertThat(entry.children())
                .extracting(CalendarEntry::uid)
                .containsExactly(EARLY_SESSION + "@convene", LATE_SESSION + "@convene");
        CalendarEntry opening = entry.children().getFirst();
        assertThat(opening.summary()).isEqualTo("Ouverture");
        assertThat(opening.sequence()).isEqualTo(3);
        assertThat(opening.location()).isEqualTo("XXIII, Palais des Nations, Room XXIII, Geneva, Suisse");
        assertThat(opening.description()).isEqualTo("Prévenir la torture en garde à vue");
    }

    @Test
    void unknownOrMissingLanguageFallsBackToEnglish() {
        Event event = event(EventStatus.PUBLISHED, null);

        assertThat(calendars.entry(event, null).summary()).isEqualTo("Preventing torture in police custody");
        assertThat(calendars.entry(event, "ru").summary()).isEqualTo("Preventing torture in police custody");
        assertThat(calendars.entry(event, "ru").location()).endsWith(", Швейцария");
        assertThat(calendars.entry(event, "not a tag!").location()).endsWith(", Switzerland");
    }

    @Test
    void organiserIsTheContactAddressOrTheSitesNoReplyAddress() {
        assertThat(calendars.organizer(event(EventStatus.PUBLISHED, "secretariat@example.org")))
                .isEqualTo(new CalendarPerson("Convene", "secretariat@example.org"));
        assertThat(calendars.organizer(event(EventStatus.PUBLISHED, null)))
                .isEqualTo(new CalendarPerson("Convene", "noreply@convene.example"));
    }

    @Test
    void cancelledEventCancelsItsSessionsInTheFile() {
        Calendar calendar = StrictCalendars.parse(calendars.eventFile(event(EventStatus.CANCELLED, null), "en"));

        assertThat(events(calendar))
                .hasSize(3)
                .allSatisfy(e -> assertThat(value(e, "STATUS")).isEqualTo("CANCELLED"));
    }

    @Test
    void fileIsStampedWithTheLastChangeSoTheSameEventGivesTheSameBytes() {
        Event event = event(EventStatus.PUBLISHED, null);
        String first = calendars.eventFile(event, "en");

        String later = new EventCalendars(null, new CalendarFiles(Clock.systemUTC()), "https://convene.example")
                .eventFile(event, "en");

        assertThat(later).isEqualTo(first);
        assertThat(events(StrictCalendars.parse(first)))
                .allSatisfy(e -> assertThat(value(e, "DTSTAMP")).isEqualTo("20260501T073012Z"));
    }

    private static Event event(EventStatus status, String contactEmail) {
        List<EventSession> sessions = List.of(
                new EventSession(
                        LATE_SESSION,
                        Map.of("en", "Panel"),
                        START.plusSeconds(1800),
                        START.plusSeconds(5400),
                        null,
                        null),
                new EventSession(
                        EARLY_SESSION,
                        Map.of("en", "Opening", "fr", "Ouverture"),
                        START,
                        START.plusSeconds(1800),
                        "XXIII",
                        null));
        return new Event(
                EVENT_ID,
                "hrc61-side-event",
                EventKind.HIGH_LEVEL_EVENT,
                status,
                Map.of("en", "Preventing torture in police custody", "fr", "Prévenir la torture en garde à vue"),
                Map.of("en", "A side event."),
                new Venue("Palais des Nations, Room XXIII", "Geneva", "CH", "Europe/Zurich"),
                START,
                START.plusSeconds(5400),
                null,
                null,
                100,
                AccessMode.PUBLIC,
                false,
                true,
                contactEmail,
                3,
                sessions,
                UPDATED.minusSeconds(86_400),
                UPDATED);
    }
}
