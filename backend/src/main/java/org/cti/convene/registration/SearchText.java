package org.cti.convene.registration;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Accent- and case-insensitive search text: "Zoë Núñez" and "zoe nunez" match each other. */
final class SearchText {

    private SearchText() {}

    static String of(String... parts) {
        return normalise(Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(" ")));
    }

    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
    }

    static String forRegistration(Registration r) {
        return of(r.givenName(), r.familyName(), r.badgeName(), r.email(), r.organisation(), r.function());
    }
}
