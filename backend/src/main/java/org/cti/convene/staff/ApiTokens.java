package org.cti.convene.staff;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;
import org.cti.convene.common.DomainEvents;
import org.cti.convene.common.InvalidInputException;
import org.cti.convene.common.NotFoundException;
import org.cti.convene.common.ServerSecret;
import org.cti.convene.common.StaffRole;
import org.cti.convene.common.StaffUser;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Personal API tokens: a tool calls the admin API with the rights of the person who made the token. The token
 * is shown once; the table keeps its SHA-256, so checking one costs a hash and an indexed read, no bcrypt.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "cvn_";
    static final Duration LONGEST = Duration.ofDays(366);

    /** A token as its owner sees it later: never the secret. */
    public record ApiToken(
            UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {}

    /** The answer to a creation: the only time {@code token} is shown. */
    public record CreatedToken(UUID id, String name, String token, Instant expiresAt) {}

    private final DatabaseClient db;
    private final DomainEvents events;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(DatabaseClient db, DomainEvents events, TransactionalOperator tx, Clock clock) {
        this.db = db;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    public Mono<CreatedToken> create(StaffUser owner, String name, OffsetDateTime expiresAt) {
        Instant now = clock.instant();
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new InvalidInputException("name", "size", "Give the token a name of 1 to 100 characters.", 1, 100);
        }
        Instant expires = expiresAt == null ? now.plus(Duration.ofDays(90)) : expiresAt.toInstant();
        if (!expires.isAfter(now) || expires.isAfter(now.plus(LONGEST))) {
            throw new InvalidInputException(
                    "expiresAt", "token-expiry", "A token expires in the future and within a year.");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = UUID.randomUUID();
        return db.sql("""
                        insert into staff_api_token (id, account_id, name, token_hash, created_at, expires_at)
                        values (:id, :account, :name, :hash, :now, :expires)
                        """)
                .bind("id", id)
                .bind("account", owner.id())
                .bind("name", label)
                .bind("hash", ServerSecret.hash(token))
                .bind("now", now)
                .bind("expires", expires)
                .then()
                .then(events.publish(new StaffEvents.TokenCreated(owner.id(), id, label)))
                .as(tx::transactional)
                .thenReturn(new CreatedToken(id, label, token, expires));
    }

    public Flux<ApiToken> mine(StaffUser owner) {
        return db.sql("""
                        select id, name, created_at, expires_at, last_used_at, revoked_at
                          from staff_api_token where account_id = :account order by created_at desc
                        """)
                .bind("account", owner.id())
                .map(row -> new ApiToken(
                        row.get("id", UUID.class),
                        row.get("name", String.class),
                        row.get("created_at", Instant.class),
                        row.get("expires_at", Instant.class),
                        row.get("last_used_at", Instant.class),
                        row.get("revoked_at", Instant.class)))
                .all();
    }

    /** Revokes one of the caller's tokens; an administrator may revoke anyone's. */
    public Mono<Void> revoke(StaffUser caller, UUID tokenId) {
        boolean anyone = caller.role() == StaffRole.ADMIN;
        return db.sql("""
                        update staff_api_token set revoked_at = :now
                         where id = :id and revoked_at is null and (account_id = :caller or :anyone)
                        returning account_id, name
                        """)
                .bind("id", tokenId)
                .bind("now", clock.instant())
                .bind("caller", caller.id())
                .bind("anyone", anyone)
                .map(row -> new StaffEvents.TokenRevoked(
                        row.get("account_id", UUID.class), tokenId, row.get("name", String.class)))
                .one()
                .switchIfEmpty(Mono.error(new NotFoundException("No active token with id " + tokenId + ".")))
                .flatMap(events::publish)
                .as(tx::transactional);
    }
}
