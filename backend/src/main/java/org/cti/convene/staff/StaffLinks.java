package org.cti.convene.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.cti.convene.common.ServerSecret;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Single-use, expiring links for invitations and password resets. The token is {@code <id>.<hmac of id>}: the
 * database keeps the id, the expiry and whether it was used, never anything that would let a reader of a
 * backup sign in. A new link of the same purpose replaces the open one.
 */
@Component
public class StaffLinks {

    private static final String PURPOSE = "staff-link";

    /** An open link: who it is for and why. */
    record Open(UUID id, UUID accountId, StaffLinkPurpose purpose, Instant expiresAt) {}

    private final DatabaseClient db;
    private final ServerSecret secret;
    private final Clock clock;
    private final Duration invitationValidity;
    private final Duration resetValidity;

    StaffLinks(
            DatabaseClient db,
            ServerSecret secret,
            Clock clock,
            @Value("${convene.staff.invitation-validity:7d}") Duration invitationValidity,
            @Value("${convene.staff.reset-validity:2h}") Duration resetValidity) {
        this.db = db;
        this.secret = secret;
        this.clock = clock;
        this.invitationValidity = invitationValidity;
        this.resetValidity = resetValidity;
    }

    /** The token a mail carries for link {@code id}: derived, never stored. */
    public String token(UUID linkId) {
        return linkId + "." + secret.token(PURPOSE, linkId.toString());
    }

    /** Creates a link, closing the account's open one of that purpose; emits its id. */
    Mono<UUID> create(UUID accountId, StaffLinkPurpose purpose) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        Duration validity = purpose == StaffLinkPurpose.INVITATION ? invitationValidity : resetValidity;
        Mono<Void> closeOpen = db.sql("""
                        delete from staff_link where account_id = :account and purpose = :purpose and used_at is null
                        """)
                .bind("account", accountId)
                .bind("purpose", purpose.name())
                .then();
        Mono<Void> insert = db.sql("""
                        insert into staff_link (id, account_id, purpose, created_at, expires_at)
                        values (:id, :account, :purpose, :now, :expires)
                        """)
                .bind("id", id)
                .bind("account", accountId)
                .bind("purpose", purpose.name())
                .bind("now", now)
                .bind("expires", now.plus(validity))
                .then();
        return closeOpen.then(insert).thenReturn(id);
    }

    /** When link {@code id} expires (for the mail that carries it). */
    public Mono<Instant> expiry(UUID linkId) {
        return db.sql("select expires_at from staff_link where id = :id")
                .bind("id", linkId)
                .map(row -> row.get("expires_at", Instant.class))
                .one();
    }

    /** The open, unexpired link a token names; empty for a forged, used or expired one. */
    Mono<Open> find(String token) {
        return idOf(token)
                .map(id -> db.sql("""
                                select id, account_id, purpose, expires_at from staff_link
                                 where id = :id and used_at is null and expires_at > :now
                                """)
                        .bind("id", id)
                        .bind("now", clock.instant())
                        .map(row -> new Open(
                                row.get("id", UUID.class),
                                row.get("account_id", UUID.class),
                                StaffLinkPurpose.valueOf(row.get("purpose", String.class)),
                                row.get("expires_at", Instant.class)))
                        .one())
                .orElse(Mono.empty());
    }

    /** Marks the link used, inside the caller's transaction; emits nothing if someone used it first. */
    Mono<Open> consume(String token) {
        return find(token)
                .flatMap(open -> db.sql("""
                        update staff_link set used_at = :now where id = :id and used_at is null and expires_at > :now
                        """)
                        .bind("id", open.id())
                        .bind("now", clock.instant())
                        .fetch()
                        .rowsUpdated()
                        .filter(n -> n == 1)
                        .thenReturn(open));
    }

    private java.util.Optional<UUID> idOf(String token) {
        if (token == null) {
            return java.util.Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot != 36) {
            return java.util.Optional.empty();
        }
        try {
            UUID id = UUID.fromString(token.substring(0, dot));
            byte[] expected = token(id).getBytes(StandardCharsets.UTF_8);
            return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.UTF_8))
                    ? java.util.Optional.of(id)
                    : java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
