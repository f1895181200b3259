package org.cti.convene.mail.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every language's bundle says everything the English one says, in valid UTF-8, with no key twice. */
class BundleSyncTests {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Pattern KEY_LINE = Pattern.compile("^\\s*([^#!\\s=:][^=:\\s]*)\\s*[=:]");

    @Test
    void everyLanguageHasExactlyTheEnglishKeys() throws IOException {
        var english = load(Locale.ENGLISH);
        assertThat(english).isNotEmpty();

        for (var language : MailTemplates.SUPPORTED) {
            assertThat(load(language).keySet()).as(language.toString()).isEqualTo(english.keySet());
        }
    }

    @Test
    void noValueIsEmpty() throws IOException {
        for (var language : MailTemplates.SUPPORTED) {
            assertThat(load(language))
                    .as(language.toString())
                    .allSatisfy((key, value) -> assertThat(value).as(key).isNotBlank());
        }
    }

    @Test
    void translationsUseOnlyPlaceholdersTheEnglishHas() throws IOException {
        var english = load(Locale.ENGLISH);
        for (var language : MailTemplates.SUPPORTED) {
            load(language)
                    .forEach((key, value) -> assertThat(placeholders(english.get(key)))
                            .as("%s in %s", key, language)
                            .containsAll(placeholders(value)));
        }
    }

    @Test
    void everySubjectNamesTheEvent() throws IOException {
        for (var language : MailTemplates.SUPPORTED) {
            var bundle = load(language);
            for (var kind : MailKind.values()) {
                assertThat(bundle.get(kind.messagePrefix() + ".subject"))
                        .as("%s subject in %s", kind, language)
                        .contains("{0}");
            }
        }
    }

    @Test
    void filesAreValidUtf8() throws IOException {
        for (var language : MailTemplates.SUPPORTED) {
            var bytes = Files.readAllBytes(file(language));
            var strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
            assertThatCode(() -> strict.decode(ByteBuffer.wrap(bytes)))
                    .as(language.toString())
                    .doesNotThrowAnyException();
        }
        // Accents and Arabic arrive decoded, not as mojibake.
        assertThat(load(Locale.FRENCH).get("details.page")).isEqualTo("Page de l’événement");
        assertThat(load(Locale.of("es")).get("manage.button")).isEqualTo("Gestionar mi inscripción");
        assertThat(load(Locale.of("ar")).get("details.venue")).isEqualTo("المكان");
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException, CharacterCodingException {
        for (var language : MailTemplates.SUPPORTED) {
            var seen = new TreeSet<String>();
            var twice = new ArrayList<String>();
            for (var line : Files.readAllLines(file(language), StandardCharsets.UTF_8)) {
                var key = KEY_LINE.matcher(line);
                if (key.find() && !seen.add(key.group(1))) {
                    twice.add(key.group(1));
                }
            }
            assertThat(twice).as(language.toString()).isEmpty();
            assertThat(seen)
                    .as(language.toString())
                    .hasSameSizeAs(load(language).keySet());
        }
    }

    private static Path file(Locale language) {
        return EmailResources.folder("messages").resolve("messages_" + language.getLanguage() + ".properties");
    }

    private static Map<String, String> load(Locale language) throws IOException {
        var properties = new Properties();
        properties.load(new StringReader(Files.readString(file(language), StandardCharsets.UTF_8)));
        var entries = new TreeMap<String, String>();
        properties.forEach((key, value) -> entries.put((String) key, (String) value));
        return entries;
    }

    private static Set<String> placeholders(String message) {
        var found = new TreeSet<String>();
        PLACEHOLDER.matcher(message).results().forEach(match -> found.add(match.group()));
        return found;
    }
}
