package org.cti.convene.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cti.convene.calendar.CalendarExamples.CLOCK;
import static org.cti.convene.calendar.CalendarExamples.DELEGATE;
import static org.cti.convene.calendar.CalendarExamples.SECRETARIAT;
import static org.cti.convene.calendar.CalendarExamples.session;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cti.convene.calendar.CalendarExamples.Venue;
import org.cti.convene.support.RequiredTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the files with Python's icalendar, a parser that shares no code with iCal4j, so that a mistake the
 * two iCal4j halves agree on still shows. Skipped only where there is no python3 at all; a python3 without
 * the module fails, because then CI would silently stop checking.
 */
class CalendarIndependentParserTests {

    private static final DateTimeFormatter WALL_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    private final CalendarFiles files = new CalendarFiles(CLOCK);

    @TempDir
    Path dir;

    @Test
    void pythonIcalendarReadsBackWhatWasWritten() throws Exception {
        List<Path> written = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        String[] titles = {
            "Side event on water",
            CalendarTextTests.ARABIC_TITLE,
            CalendarTextTests.CHINESE_TITLE,
            CalendarTextTests.CYRILLIC_TITLE,
            "Study visit",
            "Regional meeting"
        };
        List<Venue> venues = CalendarExamples.venues();
        for (int i = 0; i < venues.size(); i++) {
            CalendarEntry event = entry(
                    "venue-" + i + "@convene",
                    i,
                    titles[i % titles.length],
                    venues.get(i).start());
            Path file = write("event-" + i + ".ics", files.eventFile(event, SECRETARIAT));
            written.add(file);
            expected.add(eventLine(file, event));
        }

        ZonedDateTime newYork = LocalDateTime.of(2026, 7, 15, 13, 15).atZone(ZoneId.of("America/New_York"));
        CalendarAttendance attendance = new CalendarAttendance(DELEGATE, "ACCEPTED", SECRETARIAT);
        for (CalendarMethod method : List.of(CalendarMethod.REQUEST, CalendarMethod.CANCEL)) {
            CalendarEntry event = entry("hlpf@convene", method.ordinal(), CalendarTextTests.ARABIC_TITLE, newYork);
            Path file = write(method.name().toLowerCase() + ".ics", files.invitation(event, attendance, method));
            written.add(file);
            expected.add(eventLine(file, event));
        }

        ZonedDateTime sydney = venues.get(3).start();
        CalendarEntry withSession = new CalendarEntry(
                "apac@convene",
                2,
                "Regional meeting",
                null,
                null,
                null,
                sydney,
                sydney.plusHours(8),
                false,
                List.of(session("apac-opening@convene", "Opening", sydney, Duration.ofHours(1))));
        CalendarEntry bangkok = entry(
                "escap@convene",
                0,
                CalendarTextTests.CHINESE_TITLE,
                venues.get(5).start());
        Path feed = write("feed.ics", files.feed("Jean Dupont", List.of(withSession, bangkok)));
        written.add(feed);
        expected.add(eventLine(feed, withSession));
        expected.add(eventLine(feed, withSession.children().getFirst()));
        expected.add(eventLine(feed, bangkok));

        Run run = validate(written);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.lines())
                .filteredOn(line -> line.startsWith("EVENT\t"))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(run.lines()).filteredOn(line -> line.startsWith("OK ")).hasSize(written.size());
    }

    @Test
    void scriptRejectsFilesThatAreWrong() throws Exception {
        String good = files.eventFile(
                entry(
                        "broken@convene",
                        0,
                        "Broken",
                        CalendarExamples.venues().getFirst().start()),
                SECRETARIAT);
        Path noZone = write("no-zone.ics", good.replaceAll("(?s)BEGIN:VTIMEZONE\r\n.*?END:VTIMEZONE\r\n", ""));
        Path otherProduct =
                write("other-product.ics", good.replace("PRODID:-//Convene//Convene//EN", "PRODID:-//Other//EN"));

        Run run = validate(List.of(noZone, otherProduct));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output())
                .contains("FAIL " + noZone + ": VEVENT broken@convene: DTSTART has TZID=Europe/Zurich but no VTIMEZONE")
                .contains("FAIL " + otherProduct + ": PRODID");
    }

    private static CalendarEntry entry(String uid, int sequence, String title, ZonedDateTime start) {
        return new CalendarEntry(
                uid,
                sequence,
                title,
                "Programme and access: see the event page.",
                "Conference room 1",
                URI.create("https://convene.example/events/" + sequence),
                start,
                start.plusHours(2),
                false,
                List.of());
    }

    private static String eventLine(Path file, CalendarEntry event) {
        return String.join(
                "\t",
                "EVENT",
                file.toString(),
                event.uid(),
                Integer.toString(event.sequence()),
                event.start().getZone().getId(),
                event.start().format(WALL_TIME),
                event.summary());
    }

    private Path write(String name, String ics) throws IOException {
        return Files.writeString(dir.resolve(name), ics, StandardCharsets.UTF_8);
    }

    private record Run(int exitCode, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    private Run validate(List<Path> icsFiles) throws Exception {
        Path script = dir.resolve("validate_ics.py");
        try (InputStream in = getClass().getResourceAsStream("/calendar/validate_ics.py")) {
            assertThat(in).as("validate_ics.py on the test class path").isNotNull();
            Files.copy(in, script);
        }
        List<String> command = new ArrayList<>(List.of(pythonWithIcalendar(), script.toString()));
        icsFiles.forEach(file -> command.add(file.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("validate_ics.py finished")
                .isTrue();
        return new Run(process.exitValue(), output);
    }

    /**
     * Debian installs the module for /usr/bin/python3, which a pyenv or virtualenv python3 earlier on the PATH
     * does not see; either interpreter is fine as long as it has the module.
     */
    private static String pythonWithIcalendar() {
        List<String> interpreters = new ArrayList<>();
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            if (succeeds(candidate, "--version")) {
                interpreters.add(candidate);
            }
        }
        RequiredTool.assumePresent(!interpreters.isEmpty(), "no python3 on this machine");
        return interpreters.stream()
                .filter(python -> succeeds(python, "-c", "import icalendar"))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError(
                                "python3 is installed but cannot import icalendar; install it (apt-get install python3-icalendar)"));
    }

    private static boolean succeeds(String... command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
