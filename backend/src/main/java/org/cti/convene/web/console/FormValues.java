package org.cti.convene.web.console;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.common.FieldViolation;

/**
 * The event form's text inputs read into values and back: a local date-time in the venue's zone, a whole
 * number, a session id, the non-blank texts of each language. What cannot be read is reported as a violation
 * of its field and read as null, so that the other rules are still checked.
 */
final class FormValues {

    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private FormValues() {}

    static ZoneId zoneOrUtc(String id) {
        if (id == null || !id.contains("/") || !ZoneId.getAvailableZoneIds().contains(id)) {
            // the validator reports the zone; the times are still read so that their own rules can be checked
            return ZoneOffset.UTC;
        }
        return ZoneId.of(id);
    }

    static OffsetDateTime time(String value, ZoneId zone, String field, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toOffsetDateTime();
        } catch (DateTimeException e) { // unreadable, or a year such as +999999999 that overflows
            violations.add(FieldViolation.of(field, "date-time", "must be a date and time such as 2027-03-10T13:00"));
            return null;
        }
    }

    static Integer number(String value, String field, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            violations.add(FieldViolation.of(field, "whole-number", "must be a whole number"));
            return null;
        }
    }

    static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null; // a tampered id only means a new session
        }
    }

    static Map<String, String> texts(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((language, text) -> {
                if (text != null && !text.isBlank()) {
                    out.put(language, text);
                }
            });
        }
        return out;
    }

    static String local(OffsetDateTime t) {
        if (t == null) {
            return null;
        }
        LocalDateTime local = t.toLocalDateTime();
        // keep seconds that came through the API, so that saving the form does not move the event
        return local.getSecond() == 0 && local.getNano() == 0 ? local.format(MINUTES) : local.format(SECONDS);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
