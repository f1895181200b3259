package org.cti.convene.calendar;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A download name for a calendar file that every browser, mail client and file system accepts as it is:
 * lower-case ASCII letters, digits and hyphens, then ".ics". Accents are dropped rather than the letters
 * ("genève" becomes "geneve"); a slug with nothing usable left becomes "event.ics".
 */
final class IcsFileName {

    private static final int MAX_STEM_LENGTH = 80;

    private IcsFileName() {}

    static String of(String slug) {
        String stem = slug == null ? "" : slug.strip();
        if (stem.toLowerCase(Locale.ROOT).endsWith(".ics")) {
            stem = stem.substring(0, stem.length() - ".ics".length());
        }
        stem = Normalizer.normalize(stem, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-");
        stem = trimHyphens(stem);
        if (stem.length() > MAX_STEM_LENGTH) {
            stem = trimHyphens(stem.substring(0, MAX_STEM_LENGTH));
        }
        return (stem.isEmpty() ? "event" : stem) + ".ics";
    }

    private static String trimHyphens(String text) {
        return text.replaceAll("^-+|-+$", "");
    }
}
