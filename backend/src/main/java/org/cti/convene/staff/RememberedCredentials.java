package org.cti.convene.staff;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import reactor.core.publisher.Mono;

/**
 * HTTP Basic for the stateless API without a bcrypt verification on every request: a check-in station or a
 * script sends the same credentials hundreds of times a minute, and one bcrypt costs tens of milliseconds of CPU.
 * After the delegate manager accepts a username and password, an HMAC of them (under a key that lives only in
 * this process) is remembered with the resulting authentication for {@code ttl}; the same pair within that time
 * is accepted without bcrypt.
 *
 * <p>What this trades: a disabled account, a changed role or scope, or a changed password takes effect up to
 * {@code ttl} later for clients that signed in just before. Failed attempts are never remembered, so guessing
 * still costs a bcrypt per try. A zero {@code ttl} turns it off.
 */
final class RememberedCredentials implements ReactiveAuthenticationManager {

    static final int MAX_ENTRIES = 10_000;

    private record Remembered(Authentication authentication, long expiresAt) {}

    private final ReactiveAuthenticationManager delegate;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final SecretKeySpec key;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    RememberedCredentials(ReactiveAuthenticationManager delegate, Duration ttl) {
        this(delegate, ttl, System::nanoTime);
    }

    RememberedCredentials(ReactiveAuthenticationManager delegate, Duration ttl, LongSupplier nanoTime) {
        this.delegate = delegate;
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Mono<Authentication> authenticate(Authentication attempt) {
        if (ttlNanos <= 0
                || !(attempt instanceof UsernamePasswordAuthenticationToken)
                || !(attempt.getCredentials() instanceof String password)) {
            return delegate.authenticate(attempt);
        }
        String fingerprint = fingerprint(attempt.getName(), password);
        long now = nanoTime.getAsLong();
        Remembered known = remembered.get(fingerprint);
        if (known != null && now - known.expiresAt() < 0) {
            return Mono.just(known.authentication());
        }
        return delegate.authenticate(attempt).doOnNext(result -> {
            if (result.isAuthenticated()) {
                remember(fingerprint, new Remembered(result, nanoTime.getAsLong() + ttlNanos));
            }
        });
    }

    private void remember(String fingerprint, Remembered entry) {
        if (remembered.size() >= MAX_ENTRIES) {
            long now = nanoTime.getAsLong();
            remembered.values().removeIf(r -> now - r.expiresAt() >= 0);
            if (remembered.size() >= MAX_ENTRIES) {
                remembered.clear();
            }
        }
        remembered.put(fingerprint, entry);
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HmacSHA256", e);
        }
    }
}
