package org.cti.convene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cti.convene.common.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message bundle says in every {@link Language} what it says in English: the pages' bundles, the
 * wording of changes in mails, and the mails' own bundles in {@code email-templates}. The same keys, each with
 * a text, no placeholder English does not have, no key twice, valid UTF-8. Adding a language to
 * {@link Language} makes this fail, bundle by bundle, until every key is written.
 */
class BundleSyncTests {

    /**
     * A bundle: where its English file is, how the file of another language is named, and whether Spring's
     * {@code MessageFormat} reads it (there a plain apostrophe starts a quotation and vanishes).
     */
    record Bundle(String name, String english, String translated, boolean messageFormat) {

        String file(Language language) {
            return language == Language.DEFAULT ? english : translated.formatted(language.code());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Bundle> BUNDLES = List.of(
            pages("pages"),
            pages("delegate"),
            pages("console"),
            pages("checkin"),
            new Bundle("mail changes", "mail/changes_en.properties", "mail/changes_%s.properties", false),
            new Bundle(
                    "mails", "email/messages/messages_en.properties", "email/messages/messages_%s.properties", false));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Pattern KEY_LINE = Pattern.compile("^\\s*([^#!\\s=:][^=:\\s]*)\\s*[=:]");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");

    private static Bundle pages(String name) {
        return new Bundle(name, "messages/" + name + ".properties", "messages/" + name + "_%s.properties", true);
    }

    static Stream<Arguments> translations() {
        return BUNDLES.stream()
                .flatMap(bundle -> Arrays.stream(Language.values())
                        .filter(language -> language != Language.DEFAULT)
                        .map(language -> Arguments.of(bundle, language)));
    }

    static Stream<Arguments> files() {
        return BUNDLES.stream()
                .flatMap(bundle -> Arrays.stream(Language.values()).map(language -> Arguments.of(bundle, language)));
    }

    @ParameterizedTest(name = "{0} in {1} says everything English says")
    @MethodSource("translations")
    void everyLanguageHasEveryEnglishKey(Bundle bundle, Language language) throws IOException {
        Map<String, String> english = load(bundle.file(Language.DEFAULT));
        Map<String, String> translated = load(bundle.file(language));

        Set<String> missing = new TreeSet<>(english.keySet());
        missing.removeAll(translated.keySet());
        assertThat(missing).as("keys of %s missing in %s", bundle, language).isEmpty();

        Set<String> extra = new TreeSet<>(translated.keySet());
        extra.removeAll(english.keySet());
        assertThat(extra)
                .as("keys of %s in %s that English does not have", bundle, language)
                .isEmpty();

        translated.forEach((key, text) -> {
            assertThat(text).as("%s in %s", key, language).isNotBlank();
            assertThat(english.get(key) == null ? Set.of() : placeholders(english.get(key)))
                    .as("placeholders of %s in %s are among English's", key, language)
                    .containsAll(placeholders(text));
        });
    }

    @ParameterizedTest(name = "{0} in {1}: valid UTF-8, no key twice, no plain apostrophe")
    @MethodSource("files")
    void everyFileIsWellFormed(Bundle bundle, Language language) throws IOException {
        byte[] bytes = bytes(bundle.file(language));
        var strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        assertThatCode(() -> strict.decode(ByteBuffer.wrap(bytes)))
                .as("%s is UTF-8", bundle.file(language))
                .doesNotThrowAnyException();

        Set<String> seen = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        new String(bytes, StandardCharsets.UTF_8).lines().forEach(line -> {
            Matcher key = KEY_LINE.matcher(line);
            if (key.find() && !seen.add(key.group(1))) {
                twice.add(key.group(1));
            }
        });
        assertThat(twice).as("keys defined twice in %s", bundle.file(language)).isEmpty();

        if (bundle.messageFormat()) {
            Map<String, String> messages = load(bundle.file(language));
            Set<String> quoted = new TreeSet<>(messages.keySet());
            quoted.removeIf(key -> !messages.get(key).contains("'"));
            assertThat(quoted)
                    .as(
                            "messages of %s with a plain ' (write ’): MessageFormat would swallow it",
                            bundle.file(language))
                    .isEmpty();
        }
    }

    /** A key written as it is in a template ({@code #{register.title}}) must be in an English bundle. */
    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (Bundle bundle : BUNDLES.stream().filter(Bundle::messageFormat).toList()) {
            known.addAll(load(bundle.english()).keySet());
        }
        Set<String> unknown = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(template));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        unknown.add(template.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    private static Map<String, String> load(String resource) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(new String(bytes(resource), StandardCharsets.UTF_8)));
        Map<String, String> entries = new TreeMap<>();
        properties.forEach((key, value) -> entries.put((String) key, (String) value));
        return entries;
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = BundleSyncTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("bundle %s exists", resource).isNotNull();
            return in.readAllBytes();
        }
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        PLACEHOLDER.matcher(message).results().forEach(match -> found.add(match.group()));
        return found;
    }
}
