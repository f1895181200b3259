package org.cti.convene.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The server's 256-bit secret for private-link tokens. From {@code CONVENE_SECRET} (base64) when set;
 * otherwise generated once and kept in {@code <data-dir>/secret} so links survive restarts.
 *
 * <p>Tokens are HMAC-SHA256 of a purpose and an id: unguessable without the secret (256 bits), stored
 * only as a SHA-256 hash, and reproducible by the server alone — which lets an idempotent repeat return
 * the very token the first request returned without ever storing it.
 */
@Component
public class ServerSecret {

    private final byte[] key;

    public ServerSecret(
            @Value("${convene.secret:${CONVENE_SECRET:}}") String configured,
            @Value("${convene.data-dir:.convene}") String dataDir) {
        this.key = configured.isBlank()
                ? fromFile(Path.of(dataDir, "secret"))
                : Base64.getDecoder().decode(configured);
        if (key.length < 32) {
            throw new IllegalStateException("CONVENE_SECRET must be at least 32 bytes (base64)");
        }
    }

    /** A URL-safe token for {@code purpose} and {@code subject}. */
    public String token(String purpose, String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] out = mac.doFinal((purpose + "\n" + subject).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the database keeps of a token. */
    public static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            Files.createDirectories(file.getParent());
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Path tmp = Files.createTempFile(file.getParent(), "secret", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            Files.writeString(tmp, Base64.getEncoder().encodeToString(fresh));
            try {
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                Files.deleteIfExists(tmp);
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the server secret in " + file, e);
        }
    }
}
