package org.cti.convene.registration;

import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class DelegationRepository {

    private final DatabaseClient db;

    DelegationRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> insert(UUID id, UUID eventId, DelegationRequest r, byte[] tokenHash) {
        return db.sql("""
                        insert into delegation (id, event_id, country_code, head_name, head_email, head_language,
                            manage_token_hash)
                        values (:id, :eventId, :country, :name, :email, :language, :hash)
                        """)
                .bind("id", id)
                .bind("eventId", eventId)
                .bind("country", r.countryCode())
                .bind("name", r.head().name().strip())
                .bind("email", r.head().email().strip().toLowerCase(java.util.Locale.ROOT))
                .bind("language", r.head().language())
                .bind("hash", tokenHash)
                .then();
    }

    /** The delegation behind a token, locked: substitutions of one delegation happen one at a time. */
    Mono<Delegation> lockByTokenHash(byte[] hash) {
        return db.sql("""
                        select id, event_id, country_code, head_name, head_email, head_language
                          from delegation where manage_token_hash = :hash for update
                        """)
                .bind("hash", hash)
                .map((row, meta) -> new Delegation(
                        row.get("id", UUID.class),
                        row.get("event_id", UUID.class),
                        row.get("country_code", String.class),
                        row.get("head_name", String.class),
                        row.get("head_email", String.class),
                        row.get("head_language", String.class),
                        List.of()))
                .one();
    }

    /** The delegations of an event whose head has this e-mail (to send their link again). */
    Flux<DelegationLinkRequested> byHeadEmail(UUID eventId, String email) {
        return db.sql("""
                        select id, event_id, head_name, head_email, head_language from delegation
                         where event_id = :event and head_email = :email
                        """)
                .bind("event", eventId)
                .bind("email", email)
                .map(row -> new DelegationLinkRequested(
                        row.get("id", UUID.class),
                        row.get("event_id", UUID.class),
                        row.get("head_name", String.class),
                        row.get("head_email", String.class),
                        row.get("head_language", String.class),
                        true))
                .all();
    }
}
