package org.cti.convene.common;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) kept in this instance's memory, one per name and key: "sign-in-account" per e-mail,
 * "sign-in-address" per client address. Buckets refill continuously, so a throttled person waits seconds, not
 * for an administrator. Memory, not the database, on purpose (ADR 0006): behind N instances an attacker gets
 * N times the budget, which still turns a million guesses into years, and a throttle must cost less than
 * what it protects.
 */
@Component
public class RateLimits {

    /** A bucket's size and the time it takes to refill completely. */
    public record Limit(String name, long capacity, Duration period) {}

    static final int MAX_KEYS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final TimeMeter time;

    public RateLimits(Clock clock) {
        // the application clock, so that tests can move time instead of sleeping
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** How long until {@code key} may try once more under {@code limit}; zero when it may now. */
    public Duration wait(Limit limit, String key) {
        Bucket bucket = buckets.get(limit.name() + '\u0000' + key);
        if (bucket == null) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    /** Takes one token from {@code key}'s bucket, counting an attempt (a failed sign-in, say). */
    public void take(Limit limit, String key) {
        if (buckets.size() >= MAX_KEYS) {
            // many keys are an attack or a long uptime: full buckets carry no information, drop them
            buckets.values().removeIf(b -> b.getAvailableTokens() >= limit.capacity());
        }
        buckets.computeIfAbsent(
                        limit.name() + '\u0000' + key,
                        k -> Bucket.builder()
                                .addLimit(l ->
                                        l.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                                .withCustomTimePrecision(time)
                                .build())
                .tryConsume(1);
    }
}
