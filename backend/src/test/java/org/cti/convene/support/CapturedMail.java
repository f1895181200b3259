package org.cti.convene.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The mails the test application captured as .eml files (no SMTP server in tests), read as a person would. */
public final class CapturedMail {

    static final Path DIR = Path.of("target/convene-test/mail");
    static final Pattern STAFF_LINK = Pattern.compile("https?://[^\\s\"<]+/console/(welcome|password)/([\\w.-]+)");

    private CapturedMail() {}

    /** The staff link in the newest mail of {@code kind} (e.g. staff-invitation) to {@code email}, once it is sent. */
    public static String link(String email, String kind) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> newest(kind, email), l -> l != null);
    }

    /** The decoded text of the newest mail of {@code kind} to {@code email}, once it is sent. */
    public static String text(String email, String kind) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> newestMail(kind, email), m -> m != null);
    }

    /**
     * The decoded text of a mail of {@code kind} to {@code email} that contains {@code needle}, once it is sent:
     * for addresses many tests write to (an event's contact), where the newest mail may be another test's.
     */
    public static String textContaining(String email, String kind, String needle) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> mailWith(kind, email, needle), m -> m != null);
    }

    private static String mailWith(String kind, String email, String needle) throws IOException {
        if (!Files.isDirectory(DIR)) {
            return null;
        }
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(f -> f.getFileName().toString().contains(kind)
                            && f.getFileName().toString().endsWith(".eml"))
                    .toList()) {
                String mail = decoded(file);
                if (mail.contains(email) && mail.contains(needle)) {
                    return mail;
                }
            }
        }
        return null;
    }

    private static String decoded(Path file) throws IOException {
        // undo quoted-printable soft breaks and escapes, as a mail client does
        return Files.readString(file, StandardCharsets.UTF_8)
                .replace("=\r\n", "")
                .replace("=\n", "")
                .replace("=3D", "=");
    }

    private static String newest(String kind, String email) throws IOException {
        String mail = newestMail(kind, email);
        if (mail == null) {
            return null;
        }
        Matcher m = STAFF_LINK.matcher(mail);
        return m.find() ? m.group() : null;
    }

    private static String newestMail(String kind, String email) throws IOException {
        if (!Files.isDirectory(DIR)) {
            return null;
        }
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(f -> f.getFileName().toString().contains(kind)
                            && f.getFileName().toString().endsWith(".eml"))
                    .sorted()
                    .toList()
                    .reversed()) {
                // undo quoted-printable soft breaks and escapes, as a mail client does
                String mail = Files.readString(file, StandardCharsets.UTF_8)
                        .replace("=\r\n", "")
                        .replace("=\n", "")
                        .replace("=3D", "=");
                if (mail.contains(email)) {
                    return mail;
                }
            }
        }
        return null;
    }
}
