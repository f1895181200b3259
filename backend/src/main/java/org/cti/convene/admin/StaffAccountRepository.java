package org.cti.convene.admin;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.cti.convene.common.StaffRole;
import org.cti.convene.common.StaffUser;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class StaffAccountRepository {

    private final DatabaseClient db;
    private final TransactionalOperator tx;

    StaffAccountRepository(DatabaseClient db, TransactionalOperator tx) {
        this.db = db;
        this.tx = tx;
    }

    Mono<StaffUser> findByEmail(String email) {
        return db.sql("""
                        select a.id, a.email, a.display_name, a.password_hash, a.role, a.all_events, a.enabled,
                               coalesce(array_agg(s.event_id) filter (where s.event_id is not null), '{}') as event_ids
                          from staff_account a
                          left join staff_event_scope s on s.account_id = a.id
                         where a.email = :email
                         group by a.id
                        """)
                .bind("email", email)
                .map((row, meta) -> new StaffUser(
                        row.get("id", UUID.class),
                        row.get("email", String.class),
                        row.get("display_name", String.class),
                        row.get("password_hash", String.class),
                        StaffRole.valueOf(row.get("role", String.class)),
                        Boolean.TRUE.equals(row.get("all_events", Boolean.class)),
                        toSet(row.get("event_ids", UUID[].class)),
                        Boolean.TRUE.equals(row.get("enabled", Boolean.class))))
                .one();
    }

    Mono<Boolean> insertIfAbsent(StaffUser user) {
        Mono<Boolean> insert = db.sql("""
                        insert into staff_account (id, email, display_name, password_hash, role, all_events)
                        values (:id, :email, :name, :hash, :role, :all)
                        on conflict (email) do nothing
                        """)
                .bind("id", user.id())
                .bind("email", user.email())
                .bind("name", user.displayName())
                .bind("hash", user.passwordHash())
                .bind("role", user.role().name())
                .bind("all", user.allEvents())
                .fetch()
                .rowsUpdated()
                .map(n -> n > 0);
        Mono<Boolean> withScopes = insert.flatMap(created -> !created
                ? Mono.just(false)
                : Flux.fromIterable(user.eventIds())
                        .concatMap(eventId -> db.sql(
                                        "insert into staff_event_scope (account_id, event_id) values (:a, :e)")
                                .bind("a", user.id())
                                .bind("e", eventId)
                                .fetch()
                                .rowsUpdated())
                        .then(Mono.just(true)));
        return withScopes.as(tx::transactional);
    }

    private static Set<UUID> toSet(UUID[] ids) {
        return ids == null ? Set.of() : new HashSet<>(java.util.Arrays.asList(ids));
    }
}
