package org.cti.convene.web.delegate;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cti.convene.common.CountryCode;

/**
 * The country picker's options: ISO 3166-1 alpha-2 codes, named and sorted in the page's language, so
 * that a delegate reading Arabic finds "السنغال" where an Arabic reader expects it.
 */
final class Countries {

    record Country(String code, String name) {}

    private static final Map<String, List<Country>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private Countries() {}

    static List<Country> in(Locale locale) {
        return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), language -> {
            Locale l = Locale.forLanguageTag(language);
            Collator collator = Collator.getInstance(l);
            return CountryCode.CODES.stream()
                    .map(code -> new Country(code, name(code, l)))
                    .sorted(Comparator.comparing(Country::name, collator))
                    .toList();
        });
    }

    static String name(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.of("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }
}
