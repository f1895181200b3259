package org.cti.convene.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cti.convene.calendar.CalendarExamples.CLOCK;
import static org.cti.convene.calendar.CalendarExamples.SECRETARIAT;
import static org.cti.convene.calendar.CalendarExamples.sideEvent;
import static org.cti.convene.calendar.StrictCalendars.assertWellFormedLines;
import static org.cti.convene.calendar.StrictCalendars.events;
import static org.cti.convene.calendar.StrictCalendars.onlyEvent;
import static org.cti.convene.calendar.StrictCalendars.parameter;
import static org.cti.convene.calendar.StrictCalendars.property;
import static org.cti.convene.calendar.StrictCalendars.value;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarTextTests {

    static final String ARABIC_TITLE = "فعالية جانبية: المياه والصرف الصحي في الدول الجزرية الصغيرة النامية، جنيف";
    static final String CHINESE_TITLE = "会外活动：小岛屿发展中国家的水和环境卫生问题，日内瓦万国宫第二十四会议室";
    static final String CYRILLIC_TITLE =
            "Побочное мероприятие: вода и санитария в малых островных развивающихся государствах";
    static final String MIXED_DESCRIPTION = """
            يرجى التسجيل قبل ١٠ يونيو; الترجمة الفورية متاحة, شكراً.
            请在6月10日前登记；提供同声传译，谢谢。\\ 反斜杠
            Просим зарегистрироваться до 10 июня, синхронный перевод: да.""";

    private final CalendarFiles files = new CalendarFiles(CLOCK);
    private final ZonedDateTime start = LocalDateTime.of(2026, 6, 12, 13, 15).atZone(ZoneId.of("Europe/Zurich"));

    @ParameterizedTest
    @ValueSource(strings = {ARABIC_TITLE, CHINESE_TITLE, CYRILLIC_TITLE})
    void textInAnyScriptComesBackUnchanged(String title) {
        CalendarEntry event = new CalendarEntry(
                "scripts@convene",
                0,
                title,
                MIXED_DESCRIPTION + "\n" + title,
                title + "، Palais des Nations",
                URI.create("https://convene.example/e/1"),
                start,
                start.plusHours(1),
                false,
                List.of());
        CalendarPerson attendee = new CalendarPerson(title.substring(0, 12), "delegate@mission.example");

        List<String> produced = List.of(
                files.eventFile(event, SECRETARIAT),
                files.invitation(
                        event, new CalendarAttendance(attendee, "ACCEPTED", SECRETARIAT), CalendarMethod.REQUEST),
                files.feed(title, List.of(event)));

        for (String ics : produced) {
            assertWellFormedLines(ics);
            VEvent vevent = onlyEvent(StrictCalendars.parse(ics));
            assertThat(value(vevent, "SUMMARY")).isEqualTo(title);
            assertThat(value(vevent, "DESCRIPTION")).isEqualTo(event.description());
            assertThat(value(vevent, "LOCATION")).isEqualTo(event.location());
        }
        VEvent invited = onlyEvent(StrictCalendars.parse(produced.get(1)));
        assertThat(parameter(property(invited, "ATTENDEE"), "CN")).isEqualTo(attendee.name());
        assertThat(value(StrictCalendars.parse(produced.get(2)), "X-WR-CALNAME"))
                .isEqualTo(title);
    }

    @Test
    void longLinesAreFoldedBetweenCharactersNotInsideThem() {
        String ics = files.eventFile(
                new CalendarEntry(
                        "fold@convene",
                        0,
                        CHINESE_TITLE + ARABIC_TITLE + CYRILLIC_TITLE,
                        null,
                        null,
                        null,
                        start,
                        start.plusHours(1),
                        false,
                        List.of()),
                SECRETARIAT);

        assertWellFormedLines(ics);
        assertThat(ics).as("the summary must actually have been folded").contains("\r\n ");
        assertThat(value(onlyEvent(StrictCalendars.parse(ics)), "SUMMARY"))
                .isEqualTo(CHINESE_TITLE + ARABIC_TITLE + CYRILLIC_TITLE);
    }

    @Test
    void foldingCountsOctetsAndKeepsFourOctetCharactersWhole() {
        String line = "SUMMARY:" + "🌍".repeat(40) + "x".repeat(3);

        String folded = LineFolding.fold(line + "\r\n");

        assertWellFormedLines(folded);
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
        assertThat(folded.split("\r\n")[0].getBytes(StandardCharsets.UTF_8)).hasSize(8 + 4 * 16);
    }

    @Test
    void lineOfExactly75OctetsStaysWhole() {
        String exactly75 = "DESCRIPTION:" + "é".repeat(31) + "x";
        assertThat(exactly75.getBytes(StandardCharsets.UTF_8)).hasSize(75);

        assertThat(LineFolding.fold(exactly75 + "\r\n")).isEqualTo(exactly75 + "\r\n");
        assertThat(LineFolding.fold(exactly75 + "y\r\n")).isEqualTo(exactly75 + "\r\n y\r\n");
    }

    @Test
    void lineBreaksFromAnySourceAndControlCharactersCannotBreakTheFile() {
        CalendarEntry event = new CalendarEntry(
                "controls@convene",
                0,
                "Side\r\nevent\u0000 title",
                "Windows line\r\nOld Mac line\rUnix line\nBell\u0007 and\ttab",
                "Room\nXXIV",
                null,
                start,
                start.plusHours(1),
                false,
                List.of());

        String ics = files.eventFile(event, new CalendarPerson("Secretariat\r\nGeneva", "hrc@ohchr.example"));
        assertWellFormedLines(ics);
        VEvent vevent = onlyEvent(StrictCalendars.parse(ics));

        assertThat(value(vevent, "SUMMARY")).isEqualTo("Side event title");
        assertThat(value(vevent, "DESCRIPTION")).isEqualTo("Windows line\nOld Mac line\nUnix line\nBell and\ttab");
        assertThat(value(vevent, "LOCATION")).isEqualTo("Room XXIV");
        assertThat(parameter(property(vevent, "ORGANIZER"), "CN")).isEqualTo("Secretariat Geneva");
    }

    @Test
    void everyKindOfFileHasCrlfLinesOfAtMost75Octets() {
        CalendarEntry event = sideEvent("lines@convene", 0, start, List.of());
        CalendarAttendance attendance = new CalendarAttendance(
                new CalendarPerson(ARABIC_TITLE, "delegate@mission.example"), "ACCEPTED", SECRETARIAT);

        assertWellFormedLines(files.eventFile(event, SECRETARIAT));
        assertWellFormedLines(files.invitation(event, attendance, CalendarMethod.REQUEST));
        assertWellFormedLines(files.invitation(event, attendance, CalendarMethod.CANCEL));
        assertWellFormedLines(files.feed(CHINESE_TITLE, List.of(event)));
        assertThat(events(StrictCalendars.parse(files.feed(CHINESE_TITLE, List.of(event)))))
                .hasSize(1);
    }
}
