package org.cti.convene.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;

/** Reads produced files back the way a pedantic client would, and checks their raw lines. */
final class StrictCalendars {

    private StrictCalendars() {}

    /** Parses the file's UTF-8 bytes with every iCal4j leniency switched off, and requires a clean validation. */
    static Calendar parse(String ics) {
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_NOTES_COMPATIBILITY, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_VCARD_COMPATIBILITY, false);
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("strict parsing failed:\n" + ics, e);
        }
        ValidationResult validation;
        try {
            validation = calendar.validate();
        } catch (Exception e) {
            throw new AssertionError("validation failed:\n" + ics, e);
        }
        assertThat(validation.getEntries()).as("validation of\n%s", ics).isEmpty();
        return calendar;
    }

    /**
     * Every line ends with CRLF, has at most 75 octets, and is valid UTF-8 on its own, which it is not when a
     * fold split a multi-byte sequence.
     */
    static void assertWellFormedLines(String ics) {
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
        assertThat(ics).endsWith("\r\n");
        int lineStart = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r' || bytes[i] == '\n') {
                assertThat(bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n')
                        .as("CR and LF only as a CRLF pair, at octet %d", i)
                        .isTrue();
                assertLine(bytes, lineStart, i);
                i++;
                lineStart = i + 1;
            }
        }
        assertThat(lineStart).as("text after the last CRLF").isEqualTo(bytes.length);
    }

    private static void assertLine(byte[] bytes, int from, int to) {
        String line;
        try {
            line = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from))
                    .toString();
        } catch (CharacterCodingException e) {
            fail("line at octet %d is not valid UTF-8 on its own (a fold split a character)", from);
            return;
        }
        assertThat(to - from).as("octets in line %s", line).isLessThanOrEqualTo(75);
    }

    /** The text as RFC 5545 section 3.1 unfolds it, for checks on whole content lines. */
    static String unfold(String ics) {
        return ics.replace("\r\n ", "").replace("\r\n\t", "");
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    static VEvent onlyEvent(Calendar calendar) {
        assertThat(events(calendar)).hasSize(1);
        return events(calendar).getFirst();
    }

    static List<String> timeZoneIds(Calendar calendar) {
        List<String> ids = new ArrayList<>();
        for (VTimeZone zone : calendar.<VTimeZone>getComponents(Component.VTIMEZONE)) {
            ids.add(zone.getTimeZoneId().getValue());
        }
        return ids;
    }

    static String value(PropertyContainer container, String property) {
        return property(container, property).getValue();
    }

    static Property property(PropertyContainer container, String property) {
        return container
                .<Property>getProperty(property)
                .orElseThrow(() -> new AssertionError("no " + property + " in\n" + container));
    }

    static String parameter(Property property, String parameter) {
        return property.<Parameter>getParameter(parameter)
                .map(Parameter::getValue)
                .orElseThrow(() -> new AssertionError("no " + parameter + " on " + property));
    }
}
