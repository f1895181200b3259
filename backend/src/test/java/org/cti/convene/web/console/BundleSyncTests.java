package org.cti.convene.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page bundle has every key of its English twin, with a text, so that no page ever shows a key or
 * falls back to English half-way. Bundles are read as UTF-8, as Spring's message source reads them.
 */
class BundleSyncTests {

    static final List<String> BUNDLES = List.of("pages", "console", "delegate");
    static final List<String> LANGUAGES = List.of("fr", "es", "ar");

    /** A lone apostrophe in a message with arguments is swallowed by MessageFormat. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    static List<String[]> translations() {
        return BUNDLES.stream()
                .flatMap(bundle -> LANGUAGES.stream().map(language -> new String[] {bundle, language}))
                .toList();
    }

    @ParameterizedTest(name = "{0}_{1} has every key of {0}")
    @MethodSource("translations")
    void translationHasEveryEnglishKey(String bundle, String language) throws IOException {
        Properties english = load("messages/" + bundle + ".properties");
        Properties translated = load("messages/" + bundle + "_" + language + ".properties");

        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        assertThat(missing)
                .as("keys of %s.properties missing from %s_%s", bundle, bundle, language)
                .isEmpty();

        Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertThat(extra)
                .as("keys of %s_%s that English does not have", bundle, language)
                .isEmpty();

        Set<String> blank = new TreeSet<>();
        translated.stringPropertyNames().stream()
                .filter(key -> translated.getProperty(key).isBlank()
                        && !english.getProperty(key, "").isBlank())
                .forEach(blank::add);
        assertThat(blank).as("keys of %s_%s without a text", bundle, language).isEmpty();
    }

    @ParameterizedTest(name = "{0}_{1}: messages with arguments quote apostrophes")
    @MethodSource("translations")
    void messagesWithArgumentsSurviveMessageFormat(String bundle, String language) throws IOException {
        for (String name : List.of(bundle + ".properties", bundle + "_" + language + ".properties")) {
            Properties messages = load("messages/" + name);
            Set<String> broken = new TreeSet<>();
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                if (text.contains("{0}") && LONE_APOSTROPHE.matcher(text).find()) {
                    broken.add(key);
                }
            }
            assertThat(broken).as("messages in %s with {0} and a lone '", name).isEmpty();
        }
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleSyncTests.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as("bundle %s exists", path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
