package org.cti.convene.web.delegate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cti.convene.common.Countries;
import org.cti.convene.common.Language;
import org.cti.convene.web.Wording;

/** The choices of the person fields, named in the page's language (a language in its own). */
record FormOptions(List<Option> countries, List<Option> languages) {

    /** One choice of a select. */
    record Option(String value, String label) {}

    static FormOptions in(Locale locale, Wording words) {
        return new FormOptions(
                Countries.states(locale).stream()
                        .map(c -> new Option(c.code(), c.name()))
                        .toList(),
                Arrays.stream(Language.values())
                        .map(l -> new Option(l.code(), l.nameInItself()))
                        .toList());
    }
}
