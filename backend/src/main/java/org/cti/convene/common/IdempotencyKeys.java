package org.cti.convene.common;

import io.r2dbc.postgresql.codec.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} for public POSTs. Must run inside the caller's transaction: the key row is
 * inserted first, so a concurrent repeat waits on it and then sees the committed first result; if the
 * work fails, the key goes with the rollback and a repeat tries again.
 */
@Component
public class IdempotencyKeys {

    private final DatabaseClient db;
    private final JsonMapper json;

    public IdempotencyKeys(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /**
     * Runs {@code work} once per key. A repeat with the same body gets {@code replay} of the stored result;
     * with another body, a 422.
     */
    public <T> Mono<T> once(
            String scope, String key, Object body, Class<T> type, Supplier<Mono<T>> work, Function<T, Mono<T>> replay) {
        if (key == null || key.isBlank()) {
            return work.get();
        }
        if (key.length() > 200) {
            return Mono.error(
                    new InvalidInputException("Idempotency-Key", "Size", "must be at most 200 characters", 200, 0));
        }
        byte[] hash = sha256(json.writeValueAsString(body));
        return db.sql("""
                        insert into idempotency_key (scope, key, request_hash) values (:scope, :key, :hash)
                        on conflict (scope, key) do nothing
                        """)
                .bind("scope", scope)
                .bind("key", key)
                .bind("hash", hash)
                .fetch()
                .rowsUpdated()
                .flatMap(inserted -> inserted > 0
                        ? work.get().flatMap(result -> store(scope, key, result).thenReturn(result))
                        : previous(scope, key, hash, type).flatMap(replay));
    }

    private <T> Mono<T> previous(String scope, String key, byte[] hash, Class<T> type) {
        return db.sql("select request_hash, response from idempotency_key where scope = :scope and key = :key")
                .bind("scope", scope)
                .bind("key", key)
                .map((row, meta) ->
                        new Object[] {row.get("request_hash", byte[].class), row.get("response", Json.class)})
                .one()
                .flatMap(row -> {
                    if (!Arrays.equals((byte[]) row[0], hash)) {
                        return Mono.error(new UnprocessableException(
                                "idempotency-key-reused",
                                "This Idempotency-Key was already used with a different request body."));
                    }
                    Json response = (Json) row[1];
                    if (response == null) {
                        return Mono.error(new ConflictException(
                                "idempotent-request-in-progress",
                                "The first request with this Idempotency-Key is still being processed."));
                    }
                    return Mono.just(json.readValue(response.asString(), type));
                });
    }

    private Mono<Void> store(String scope, String key, Object result) {
        return db.sql("update idempotency_key set response = :response where scope = :scope and key = :key")
                .bind("response", Json.of(json.writeValueAsString(result)))
                .bind("scope", scope)
                .bind("key", key)
                .then();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
