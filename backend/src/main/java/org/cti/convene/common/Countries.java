package org.cti.convene.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * The States as the United Nations name them: the 193 Member States and the two non-member observer States, their
 * UN short names in the six official languages and their regional group, from {@code common/un-states.csv}.
 * Every country picker offers these (never CLDR's 250 territories with "Taiwan" or "Russia" among them), and
 * every page, mail, badge and export names a State this way. Codes of other territories, which older data or
 * venues may hold, are named by the JDK's CLDR data.
 */
public final class Countries {

    /** The UN's regional groups; the two observer States belong to none. */
    public enum RegionalGroup {
        AFRICAN,
        ASIA_PACIFIC,
        EASTERN_EUROPEAN,
        LATIN_AMERICAN_CARIBBEAN,
        WESTERN_EUROPEAN_OTHERS,
        OBSERVER
    }

    /** A State as a picker shows it. */
    public record Country(String code, String name) {}

    private record State(RegionalGroup group, Map<String, String> names) {}

    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar", "ru", "zh");
    private static final Map<String, State> STATES = load();
    private static final Map<String, List<Country>> SORTED = new ConcurrentHashMap<>();

    private Countries() {}

    /** The 195 States named and sorted for a reader of {@code locale}. */
    public static List<Country> states(Locale locale) {
        String language = language(locale);
        return SORTED.computeIfAbsent(language, l -> {
            Collator collator = Collator.getInstance(Locale.forLanguageTag(l));
            return STATES.keySet().stream()
                    .map(code -> new Country(code, name(code, Locale.forLanguageTag(l))))
                    .sorted(Comparator.comparing(Country::name, collator))
                    .toList();
        });
    }

    /** The UN short name of a State, or the CLDR name of another territory; blank for no code. */
    public static String name(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        State state = STATES.get(code);
        if (state != null) {
            return state.names().get(language(locale));
        }
        String name = Locale.of("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }

    public static boolean isState(String code) {
        return code != null && STATES.containsKey(code);
    }

    /** The State's regional group; empty for a code that is not one of the 195 States. */
    public static Optional<RegionalGroup> group(String code) {
        return Optional.ofNullable(code == null ? null : STATES.get(code)).map(State::group);
    }

    private static String language(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        return LANGUAGES.contains(language) ? language : "en";
    }

    private static Map<String, State> load() {
        var resource = new ClassPathResource("common/un-states.csv");
        var format = CSVFormat.RFC4180
                .builder()
                .setCommentMarker('#')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (var reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            Map<String, State> states = new LinkedHashMap<>();
            for (CSVRecord row : format.parse(reader)) {
                Map<String, String> names = new LinkedHashMap<>();
                LANGUAGES.forEach(l -> names.put(l, row.get(l)));
                states.put(row.get("code"), new State(RegionalGroup.valueOf(row.get("group")), Map.copyOf(names)));
            }
            return Map.copyOf(states);
        } catch (IOException e) {
            throw new UncheckedIOException("the list of UN States is missing from the build", e);
        }
    }
}
