package org.cti.convene.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cti.convene.registration.ParticipantRole;
import org.junit.jupiter.api.Test;

/** The check-in bundle in every language has every key, and every key the pages and the code ask for exists. */
class CheckInMessagesTests {

    static final List<String> LANGUAGES = List.of("", "_fr", "_es", "_ar");

    @Test
    void everyLanguageHasTheSameKeysAndNoEmptyText() throws IOException {
        Set<String> english = load("").stringPropertyNames();
        for (String language : LANGUAGES) {
            Properties bundle = load(language);
            assertThat(bundle.stringPropertyNames())
                    .as("checkin%s.properties", language)
                    .containsExactlyInAnyOrderElementsOf(english);
            bundle.forEach((key, value) ->
                    assertThat((String) value).as("%s in %s", key, language).isNotBlank());
        }
    }

    @Test
    void everyKeyThePagesAndTheCodeUseIsThere() throws IOException {
        Set<String> keys = load("").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        Pattern message = Pattern.compile("#\\{((?:checkin|attendance)\\.[A-Za-z.]+)");
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/checkin"))) {
            for (Path template : templates.toList()) {
                Matcher m = message.matcher(Files.readString(template));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (CheckInOutcome outcome : CheckInOutcome.values()) {
            used.add("checkin.result." + outcome.name());
        }
        for (CheckInReason reason : CheckInReason.values()) {
            used.add("checkin.reason." + reason.name());
        }
        for (ParticipantRole role : ParticipantRole.values()) {
            used.add("checkin.role." + role.name());
        }
        used.addAll(List.of(
                "checkin.detail.ADMITTED",
                "checkin.detail.ALREADY_CHECKED_IN",
                "attendance.updated",
                "attendance.unknownPerson",
                "checkin.session.event"));
        assertThat(keys).containsAll(used);
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                CheckInMessagesTests.class.getResourceAsStream("/messages/checkin" + language + ".properties")) {
            assertThat(in).as("checkin%s.properties", language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
