package org.cti.convene.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cti.convene.calendar.CalendarExamples.sideEvent;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarLinksTests {

    private final ZonedDateTime geneva = LocalDateTime.of(2026, 6, 12, 13, 15).atZone(ZoneId.of("Europe/Zurich"));

    @Test
    void googleLinkCarriesUtcTimesAndTheVenueZone() {
        CalendarEntry event = sideEvent("g@convene", 0, geneva, List.of());

        String link = CalendarFiles.googleCalendarLink(event);

        assertThat(link).startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE&text=");
        assertThat(link).contains("&dates=20260612T111500Z/20260612T123000Z&").endsWith("&ctz=Europe/Zurich");
        Map<String, String> query = query(link);
        assertThat(query)
                .containsEntry("text", event.summary())
                .containsEntry("location", event.location())
                .containsEntry("details", event.description() + "\n\n" + event.url());
        assertThat(link).doesNotContain(" ", "+");
    }

    @Test
    void outlookLinkCarriesUtcTimes() {
        CalendarEntry event = sideEvent("o@convene", 0, geneva, List.of());

        String link = CalendarFiles.outlookWebLink(event);

        assertThat(link).startsWith("https://outlook.office.com/calendar/0/deeplink/compose?");
        assertThat(query(link))
                .containsEntry("subject", event.summary())
                .containsEntry("startdt", "2026-06-12T11:15:00Z")
                .containsEntry("enddt", "2026-06-12T12:30:00Z")
                .containsEntry("location", event.location())
                .containsEntry("body", event.description() + "\n\n" + event.url())
                .containsEntry("rru", "addevent");
        assertThat(link).doesNotContain(" ", "+");
    }

    @Test
    void textInAnyScriptAndReservedCharactersSurviveEncoding() {
        String title = CalendarTextTests.ARABIC_TITLE + " & 中文 + Кириллица = 100% #1 ?";
        CalendarEntry event = new CalendarEntry(
                "x@convene", 0, title, "a&b=c", "Room #2 / Annex", null, geneva, geneva.plusHours(1), false, List.of());

        assertThat(query(CalendarFiles.googleCalendarLink(event)))
                .containsEntry("text", title)
                .containsEntry("details", "a&b=c")
                .containsEntry("location", "Room #2 / Annex");
        assertThat(query(CalendarFiles.outlookWebLink(event))).containsEntry("subject", title);
        assertThat(URI.create(CalendarFiles.googleCalendarLink(event)).getRawQuery())
                .isNotBlank();
    }

    @Test
    void longDescriptionsAreShortenedForLinks() {
        String longText = "水".repeat(2_000);
        CalendarEntry event = new CalendarEntry(
                "long@convene", 0, "Long", longText, null, null, geneva, geneva.plusHours(1), false, List.of());

        String details = query(CalendarFiles.googleCalendarLink(event)).get("details");

        assertThat(details).hasSize(501).startsWith("水".repeat(500)).endsWith("…");
    }

    @Test
    void urlAlreadyAtTheEndOfTheDescriptionIsNotRepeatedNorCutOff() {
        URI url = URI.create("https://convene.example/events/long");
        String longText = "水".repeat(2_000);
        CalendarEntry event = new CalendarEntry(
                "url@convene",
                0,
                "Long",
                longText + "\n\n" + url,
                null,
                url,
                geneva,
                geneva.plusHours(1),
                false,
                List.of());

        String details = query(CalendarFiles.googleCalendarLink(event)).get("details");

        assertThat(details).isEqualTo("水".repeat(500) + "…\n\n" + url);
        assertThat(query(CalendarFiles.outlookWebLink(event)).get("body")).isEqualTo(details);
    }

    @Test
    void emptyFieldsAreLeftOut() {
        CalendarEntry bare = new CalendarEntry(
                "bare@convene", 0, "Bare", null, null, null, geneva, geneva.plusHours(1), false, List.of());

        assertThat(query(CalendarFiles.googleCalendarLink(bare))).doesNotContainKeys("details", "location");
        assertThat(query(CalendarFiles.outlookWebLink(bare))).doesNotContainKeys("body", "location");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "hrc61-side-event           | hrc61-side-event.ics",
                "HRC61 Side Event.ics       | hrc61-side-event.ics",
                "Réunion régionale: Genève  | reunion-regionale-geneve.ics",
                "../../etc/passwd           | etc-passwd.ics",
                "a\"b<c>d*e?f               | a-b-c-d-e-f.ics",
                "فعالية جانبية              | event.ics",
                "NULL                       | event.ics",
                "---                        | event.ics",
            })
    void fileNamesUseSafeCharactersOnly(String slug, String expected) {
        String name = CalendarFiles.fileName(slug);

        assertThat(name).isEqualTo(expected).matches("[a-z0-9]+(-[a-z0-9]+)*\\.ics");
    }

    @Test
    void veryLongSlugsAreCut() {
        assertThat(CalendarFiles.fileName("side-event-".repeat(20)))
                .hasSizeLessThanOrEqualTo(84)
                .matches("[a-z0-9]+(-[a-z0-9]+)*\\.ics");
    }

    private static Map<String, String> query(String link) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : URI.create(link).getRawQuery().split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            parameters.put(nameAndValue[0], URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
