package org.cti.convene.mail.templates;

import java.util.List;
import java.util.regex.Pattern;

/** Finds what a reader must never see in a mail: template syntax that was not evaluated. */
final class Unresolved {

    private static final List<Pattern> MARKERS = List.of(
            Pattern.compile("\\?\\?[^?\\s]*\\?\\?"), // a missing message: ??key_locale??
            Pattern.compile("[$#*@~]\\{"), // ${…}, #{…}, *{…}, @{…}, ~{…}
            Pattern.compile("\\[\\[|\\[\\("), // text-mode inlining
            Pattern.compile("\\{\\d+}"), // a message placeholder without an argument
            Pattern.compile("(?<!\\p{L})null(?!\\p{L})")); // a variable that was null

    private Unresolved() {}

    /** Every marker found, empty when the output is clean. */
    static List<String> in(String output) {
        return MARKERS.stream()
                .flatMap(marker -> marker.matcher(output).results())
                .map(match -> match.group())
                .toList();
    }
}
