package org.cti.convene.web.delegate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The delegate pages' bundles: the same keys in every language, and every key a template names exists. */
class BundleTests {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ar"})
    void everyLanguageHasEveryKey(String language) throws IOException {
        Set<String> english = load("messages/delegate.properties").stringPropertyNames();
        Set<String> other =
                load("messages/delegate_" + language + ".properties").stringPropertyNames();
        assertThat(new TreeSet<>(other)).as("keys of delegate_%s", language).isEqualTo(new TreeSet<>(english));
    }

    /** Messages with arguments go through MessageFormat, where a plain ' starts a quoted part and vanishes. */
    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_es", "_ar"})
    void noPlainApostrophes(String suffix) throws IOException {
        Properties bundle = load("messages/delegate" + suffix + ".properties");
        for (String key : bundle.stringPropertyNames()) {
            assertThat(bundle.getProperty(key)).as(key).doesNotContain("'");
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Properties known = load("messages/delegate.properties");
        known.putAll(load("messages/pages.properties"));
        Pattern literal = Pattern.compile("#\\{([a-zA-Z][a-zA-Z.-]*)[}(]");
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/delegate"))) {
            for (Path template : templates.toList()) {
                Matcher m = literal.matcher(Files.readString(template));
                while (m.find()) {
                    assertThat(known)
                            .as("%s names %s", template.getFileName(), m.group(1))
                            .containsKey(m.group(1));
                }
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
