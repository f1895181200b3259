package org.cti.convene.staff;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.cti.convene.common.StaffRole;
import org.cti.convene.common.StaffUser;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Staff accounts and their event scopes; callers bring the transaction. */
@Repository
class StaffAccountRepository {

    /** An account as stored, password hash included; never leaves the module. */
    record Stored(
            UUID id,
            String email,
            String name,
            String passwordHash,
            StaffRole role,
            boolean allEvents,
            Set<UUID> eventIds,
            boolean enabled,
            String language,
            Instant invitedAt,
            Instant lastSignInAt,
            Instant createdAt) {

        StaffStatus status() {
            return !enabled ? StaffStatus.DISABLED : passwordHash == null ? StaffStatus.INVITED : StaffStatus.ACTIVE;
        }

        StaffAccount account() {
            return new StaffAccount(
                    id,
                    email,
                    name,
                    role,
                    allEvents ? Set.of() : eventIds,
                    status(),
                    language,
                    invitedAt,
                    lastSignInAt,
                    createdAt);
        }

        StaffUser user() {
            return new StaffUser(id, email, name, passwordHash, role, allEvents, eventIds, enabled);
        }
    }

    /** A new account; {@code passwordHash} is null for an invited colleague. */
    record NewAccount(
            UUID id,
            String email,
            String name,
            String passwordHash,
            StaffRole role,
            Set<UUID> eventIds,
            String language,
            Instant at) {}

    /** The columns every read selects, with the scope folded into an array. */
    static final String SELECT = """
            select a.id, a.email, a.display_name, a.password_hash, a.role, a.all_events, a.enabled, a.language,
                   a.invited_at, a.last_sign_in_at, a.created_at,
                   array(select s.event_id from staff_event_scope s where s.account_id = a.id) as event_ids
              from staff_account a
            """;

    private final DatabaseClient db;

    StaffAccountRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Stored> find(UUID id) {
        return db.sql(SELECT + " where a.id = :id")
                .bind("id", id)
                .map(StaffAccountRepository::read)
                .one();
    }

    Mono<Stored> findByEmail(String email) {
        return db.sql(SELECT + " where a.email = :email")
                .bind("email", email)
                .map(StaffAccountRepository::read)
                .one();
    }

    Flux<Stored> list() {
        return db.sql(SELECT + " order by a.display_name, a.email")
                .map(StaffAccountRepository::read)
                .all();
    }

    /**
     * Locks the administrators who can sign in (enabled, password chosen), so that two demotions at once cannot
     * both leave one behind; emits how many there are.
     */
    Mono<Long> lockActiveAdministrators() {
        return db.sql("""
                        select id from staff_account
                         where role = 'ADMIN' and enabled and password_hash is not null for update
                        """).map(row -> 1).all().count();
    }

    /** Inserts unless the e-mail is taken; emits whether it did. */
    Mono<Boolean> insert(NewAccount a) {
        return db.sql("""
                        insert into staff_account (id, email, display_name, password_hash, role, all_events, language,
                                                   invited_at, created_at, updated_at)
                        values (:id, :email, :name, :hash, :role, :all, :language, :invited, :at, :at)
                        on conflict (email) do nothing
                        """)
                .bind("id", a.id())
                .bind("email", a.email())
                .bind("name", a.name())
                .bind("hash", Parameter.fromOrEmpty(a.passwordHash(), String.class))
                .bind("role", a.role().name())
                .bind("all", a.eventIds().isEmpty())
                .bind("language", a.language())
                .bind("invited", Parameter.fromOrEmpty(a.passwordHash() == null ? a.at() : null, Instant.class))
                .bind("at", a.at())
                .fetch()
                .rowsUpdated()
                .flatMap(n -> n == 0
                        ? Mono.just(false)
                        : replaceScope(a.id(), a.eventIds()).thenReturn(true));
    }

    Mono<Void> update(UUID id, StaffRole role, boolean enabled, Instant at) {
        return db.sql("update staff_account set role = :role, enabled = :enabled, updated_at = :at where id = :id")
                .bind("id", id)
                .bind("role", role.name())
                .bind("enabled", enabled)
                .bind("at", at)
                .then();
    }

    /** An empty set means every event. */
    Mono<Void> replaceScope(UUID id, Set<UUID> eventIds) {
        Mono<Void> clear = db.sql("delete from staff_event_scope where account_id = :id")
                .bind("id", id)
                .then();
        Mono<Void> fill = db.sql("""
                        insert into staff_event_scope (account_id, event_id) select :id, unnest(:events::uuid[])
                        """)
                .bind("id", id)
                .bind("events", eventIds.toArray(UUID[]::new))
                .then();
        Mono<Void> flag = db.sql("update staff_account set all_events = :all where id = :id")
                .bind("id", id)
                .bind("all", eventIds.isEmpty())
                .then();
        return clear.then(fill).then(flag);
    }

    Mono<Void> setPassword(UUID id, String hash, Instant at) {
        return db.sql("update staff_account set password_hash = :hash, updated_at = :at where id = :id")
                .bind("id", id)
                .bind("hash", hash)
                .bind("at", at)
                .then();
    }

    Mono<Void> markInvited(UUID id, Instant at) {
        return db.sql("update staff_account set invited_at = :at where id = :id")
                .bind("id", id)
                .bind("at", at)
                .then();
    }

    Mono<Void> markSignedIn(UUID id, Instant at) {
        return db.sql("update staff_account set last_sign_in_at = :at where id = :id")
                .bind("id", id)
                .bind("at", at)
                .then();
    }

    static Stored read(Readable row) {
        UUID[] events = row.get("event_ids", UUID[].class);
        return new Stored(
                row.get("id", UUID.class),
                row.get("email", String.class),
                row.get("display_name", String.class),
                row.get("password_hash", String.class),
                StaffRole.valueOf(row.get("role", String.class)),
                Boolean.TRUE.equals(row.get("all_events", Boolean.class)),
                events == null ? Set.of() : Set.copyOf(Arrays.asList(events)),
                Boolean.TRUE.equals(row.get("enabled", Boolean.class)),
                row.get("language", String.class),
                row.get("invited_at", Instant.class),
                row.get("last_sign_in_at", Instant.class),
                row.get("created_at", Instant.class));
    }
}
