package org.cti.convene.calendar;

/**
 * Cleans text before it goes into a calendar property. RFC 5545 TEXT may not hold control characters, and
 * iCal4j writes a bare carriage return as it is, which cuts the property short for every reader; line breaks
 * from browsers and databases therefore become plain line feeds, which iCal4j escapes as {@code \n}.
 */
final class IcsText {

    private IcsText() {}

    /** Text that may span lines (a description); null when nothing is left. */
    static String multiLine(String text) {
        if (text == null) {
            return null;
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder kept = new StringBuilder(unified.length());
        unified.codePoints()
                .filter(c -> c == '\n' || c == '\t' || Character.getType(c) != Character.CONTROL)
                .forEach(kept::appendCodePoint);
        String result = kept.toString().strip();
        return result.isEmpty() ? null : result;
    }

    /** Text shown on one line (a title, a room, a person's name); null when nothing is left. */
    static String singleLine(String text) {
        String cleaned = multiLine(text);
        return cleaned == null ? null : cleaned.replaceAll("[\\n\\t]+", " ");
    }
}
