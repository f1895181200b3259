package org.cti.convene.staff;

import java.time.Instant;
import java.util.UUID;
import org.cti.convene.common.StaffUser;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Console sessions and API tokens, both looked up by the SHA-256 of what the client holds. Every lookup joins
 * the account, so a disabled account or a narrowed role or scope counts from the next request on every
 * instance.
 */
@Repository
class SessionRepository {

    /** A session or token found, with its account as it is now and when it was last seen. */
    record Found(StaffUser user, UUID id, Instant lastSeenAt) {}

    private static final String ACCOUNT = """
            a.id, a.email, a.display_name, a.password_hash, a.role, a.all_events, a.enabled, a.language,
            a.invited_at, a.last_sign_in_at, a.created_at,
            array(select s.event_id from staff_event_scope s where s.account_id = a.id) as event_ids
            """;

    private final DatabaseClient db;

    SessionRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> open(byte[] hash, UUID accountId, Instant now, Instant expiresAt, String address) {
        return db.sql("""
                        insert into staff_session (token_hash, account_id, created_at, last_seen_at, expires_at, address)
                        values (:hash, :account, :now, :now, :expires, :address)
                        """)
                .bind("hash", hash)
                .bind("account", accountId)
                .bind("now", now)
                .bind("expires", expiresAt)
                .bind("address", Parameter.fromOrEmpty(address, String.class))
                .then();
    }

    /** The live session: not past its lifetime, seen within {@code idleSince}, its account enabled. */
    Mono<Found> session(byte[] hash, Instant now, Instant idleSince) {
        return db.sql("select s.last_seen_at, " + ACCOUNT + """
                          from staff_session s join staff_account a on a.id = s.account_id
                         where s.token_hash = :hash and s.expires_at > :now and s.last_seen_at > :idle and a.enabled
                        """)
                .bind("hash", hash)
                .bind("now", now)
                .bind("idle", idleSince)
                .map(row -> {
                    var account = StaffAccountRepository.read(row);
                    return new Found(account.user(), account.id(), row.get("last_seen_at", Instant.class));
                })
                .one();
    }

    Mono<Void> touch(byte[] hash, Instant now) {
        return db.sql("update staff_session set last_seen_at = :now where token_hash = :hash")
                .bind("hash", hash)
                .bind("now", now)
                .then();
    }

    Mono<Void> close(byte[] hash) {
        return db.sql("delete from staff_session where token_hash = :hash")
                .bind("hash", hash)
                .then();
    }

    Mono<Void> closeAll(UUID accountId) {
        return db.sql("delete from staff_session where account_id = :account")
                .bind("account", accountId)
                .then();
    }

    /** Sessions past their lifetime or idle too long; emits how many went. */
    Mono<Long> sweep(Instant now, Instant idleSince) {
        return db.sql("delete from staff_session where expires_at <= :now or last_seen_at <= :idle")
                .bind("now", now)
                .bind("idle", idleSince)
                .fetch()
                .rowsUpdated();
    }

    /** The live API token: not revoked, not expired, its account enabled. */
    Mono<Found> token(byte[] hash, Instant now) {
        return db.sql("select t.id as token_id, t.last_used_at, " + ACCOUNT + """
                          from staff_api_token t join staff_account a on a.id = t.account_id
                         where t.token_hash = :hash and t.revoked_at is null and t.expires_at > :now and a.enabled
                        """)
                .bind("hash", hash)
                .bind("now", now)
                .map(row -> new Found(
                        StaffAccountRepository.read(row).user(),
                        row.get("token_id", UUID.class),
                        row.get("last_used_at", Instant.class)))
                .one();
    }

    Mono<Void> tokenUsed(UUID tokenId, Instant now) {
        return db.sql("update staff_api_token set last_used_at = :now where id = :id")
                .bind("id", tokenId)
                .bind("now", now)
                .then();
    }
}
