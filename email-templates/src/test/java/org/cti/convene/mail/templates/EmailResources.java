package org.cti.convene.mail.templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The {@code email/} resources as files, so tests can list what is there rather than what code expects. */
final class EmailResources {

    private EmailResources() {}

    static Path folder(String name) {
        try {
            var url = EmailResources.class.getClassLoader().getResource("email/" + name);
            if (url == null) {
                throw new IllegalStateException("No email/" + name + " on the test classpath");
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The languages that have a mail bundle, English first. The application passes its own list; these
     * tests render every language the module has words for.
     */
    static List<Locale> languages() {
        Pattern bundle = Pattern.compile("messages_([a-z]{2})\\.properties");
        try (Stream<Path> files = Files.list(folder("messages"))) {
            return files.map(f -> bundle.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Locale.of(m.group(1)))
                    .sorted(Comparator.comparing((Locale l) -> !l.getLanguage().equals("en"))
                            .thenComparing(Locale::getLanguage))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Paths below {@code folder}, with '/' separators and without the file extension. */
    static List<String> templateNames(String folder, String extension) {
        var root = folder(folder);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(extension))
                    .map(name -> name.substring(0, name.length() - extension.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
