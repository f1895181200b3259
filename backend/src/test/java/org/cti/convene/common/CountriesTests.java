package org.cti.convene.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.cti.convene.common.Countries.Country;
import org.cti.convene.common.Countries.RegionalGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The States the UN recognises, under the names the UN gives them, in each of its languages. */
class CountriesTests {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ar", "ru", "zh"})
    void everyLanguageOffersExactlyThe195StatesUnderTheirUnNames(String language) {
        var states = Countries.states(Locale.forLanguageTag(language));
        assertThat(states).hasSize(195);
        assertThat(states).extracting(Country::code).doesNotContain("AQ", "BV", "TW", "HK", "XK", "PR", "EH");
        assertThat(states)
                .extracting(Country::name)
                .doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).isNotBlank());
    }

    @Test
    void namesAreTheUnShortNamesNotTheEverydayOnes() {
        Map<String, String> english = names(Locale.ENGLISH);
        assertThat(english)
                .containsEntry("RU", "Russian Federation")
                .containsEntry("IR", "Iran (Islamic Republic of)")
                .containsEntry("PS", "State of Palestine")
                .containsEntry("VA", "Holy See")
                .containsEntry("KR", "Republic of Korea")
                .containsEntry("GB", "United Kingdom of Great Britain and Northern Ireland")
                .containsEntry("TR", "Türkiye")
                .containsEntry("VN", "Viet Nam")
                .containsEntry("NL", "Netherlands (Kingdom of the)");
        assertThat(english.values())
                .doesNotContain(
                        "Russia",
                        "Iran",
                        "Palestinian Territories",
                        "Vatican City",
                        "South Korea",
                        "Vietnam",
                        "Taiwan");
        assertThat(names(Locale.FRENCH))
                .containsEntry("RU", "Fédération de Russie")
                .containsEntry("BO", "Bolivie (État plurinational de)");
        assertThat(names(Locale.forLanguageTag("es"))).containsEntry("VE", "Venezuela (República Bolivariana de)");
        assertThat(names(Locale.forLanguageTag("ar"))).containsEntry("RU", "الاتحاد الروسي");
        assertThat(names(Locale.forLanguageTag("zh"))).containsEntry("RU", "俄罗斯联邦");
        assertThat(names(Locale.forLanguageTag("ru")))
                .containsEntry("KP", "Корейская Народно-Демократическая Республика");
    }

    @Test
    void every193MemberBelongsToOneRegionalGroupAndTheObserversToNone() {
        Map<RegionalGroup, Long> sizes = Countries.states(Locale.ENGLISH).stream()
                .collect(Collectors.groupingBy(c -> Countries.group(c.code()).orElseThrow(), Collectors.counting()));
        assertThat(sizes)
                .containsEntry(RegionalGroup.AFRICAN, 54L)
                .containsEntry(RegionalGroup.ASIA_PACIFIC, 54L)
                .containsEntry(RegionalGroup.EASTERN_EUROPEAN, 23L)
                .containsEntry(RegionalGroup.LATIN_AMERICAN_CARIBBEAN, 33L)
                .containsEntry(RegionalGroup.WESTERN_EUROPEAN_OTHERS, 29L)
                .containsEntry(RegionalGroup.OBSERVER, 2L);
        assertThat(Arrays.stream(RegionalGroup.values())
                        .mapToLong(g -> sizes.getOrDefault(g, 0L))
                        .sum())
                .isEqualTo(195);
        assertThat(Countries.group("TW")).isEmpty();
    }

    @Test
    void otherTerritoriesKeepACldrNameWherePastDataHasThem() {
        assertThat(Countries.isState("HK")).isFalse();
        assertThat(Countries.name("HK", Locale.ENGLISH)).contains("Hong Kong");
        assertThat(Countries.name(null, Locale.ENGLISH)).isEmpty();
        assertThat(Countries.name("SN", Locale.forLanguageTag("de")))
                .as("other languages fall back to English")
                .isEqualTo("Senegal");
    }

    private static Map<String, String> names(Locale locale) {
        return Countries.states(locale).stream().collect(Collectors.toMap(Country::code, Country::name, (a, b) -> a));
    }
}
