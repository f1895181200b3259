package org.cti.convene.calendar;

/**
 * Folds content lines at 75 octets, as RFC 5545 section 3.1 asks. iCal4j's own folding counts characters, so
 * a line of Arabic or Chinese text would reach twice or three times the limit; here the limit is counted in
 * UTF-8 octets and a fold only ever falls between two code points, never inside one.
 */
final class LineFolding {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private LineFolding() {}

    /** Folds text made of unfolded lines that each end with CRLF. */
    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 50);
        int lineStart = 0;
        while (lineStart < unfolded.length()) {
            int lineEnd = unfolded.indexOf(CRLF, lineStart);
            if (lineEnd < 0) {
                lineEnd = unfolded.length();
            }
            foldLine(unfolded.substring(lineStart, lineEnd), folded);
            folded.append(CRLF);
            lineStart = lineEnd + CRLF.length();
        }
        return folded.toString();
    }

    private static void foldLine(String line, StringBuilder folded) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = utf8Octets(codePoint);
            if (octets + size > MAX_OCTETS) {
                // The leading space of a continuation line counts towards its 75 octets.
                folded.append(CRLF).append(' ');
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
    }

    private static int utf8Octets(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
