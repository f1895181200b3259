package org.cti.convene.common;

import java.util.Map;
import java.util.UUID;

/**
 * Someone read personal data in bulk: an export, a badge sheet, an attendee list. Published for the audit trail,
 * which records who read what; {@code details} says how (format, filters, search terms), never what was read.
 *
 * @param action dotted lower-case name, e.g. {@code export.csv}, {@code badges.sheet}, {@code attendees.list}
 */
public record PersonalDataRead(String action, UUID eventId, Map<String, Object> details) {

    public PersonalDataRead {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** A read with its filters as name, value pairs; absent filters are left out. */
    public static PersonalDataRead of(String action, UUID eventId, Object... namesAndValues) {
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null && !(value instanceof String text && text.isBlank())) {
                details.put(
                        String.valueOf(namesAndValues[i]), value instanceof Enum<?> e ? e.name() : value.toString());
            }
        }
        return new PersonalDataRead(action, eventId, details);
    }
}
