package org.cti.convene.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a staff password must be: at least 12 characters, at most 72 bytes (bcrypt reads no further), not the
 * account's e-mail, and not in the shipped list of common passwords, also once trailing digits and
 * punctuation are removed ("password2024!" is still "password").
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** The reason the password is refused, as a message code ({@code password.too-short}…), if it is. */
    public Optional<String> refusal(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("password.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String stem = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
        if (common.contains(lower) || common.contains(stem)) {
            return Optional.of("password.common");
        }
        if (email != null && (lower.contains(email.toLowerCase(Locale.ROOT)) || stem.equals(localPart(email)))) {
            return Optional.of("password.email");
        }
        return Optional.empty();
    }

    private static String localPart(String email) {
        int at = email.indexOf('@');
        return (at < 0 ? email : email.substring(0, at)).toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        var resource = new ClassPathResource("staff/common-passwords.txt");
        try (var reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            Set<String> words = new HashSet<>(65_536);
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(words::add);
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("the list of common passwords is missing from the build", e);
        }
    }
}
