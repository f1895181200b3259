package org.cti.convene.registration;

import io.r2dbc.spi.Readable;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The few columns a door scan or a badge needs of a registration, read on the check-in hot path by primary key
 * without the person's other details.
 */
@Repository
class BadgeStateRepository {

    private final DatabaseClient db;

    BadgeStateRepository(DatabaseClient db) {
        this.db = db;
    }

    private static final String BADGE_STATE = """
            select id, event_id, status, badge_version, badge_name, country_code, role, organisation
              from registration
            """;

    Mono<BadgeState> findBadgeState(UUID id) {
        return db.sql(BADGE_STATE + " where id = :id")
                .bind("id", id)
                .map(BadgeStateRepository::badgeState)
                .one();
    }

    Flux<BadgeState> findBadgeStates(List<UUID> ids) {
        return db.sql(BADGE_STATE + " where id = any(:ids)")
                .bind("ids", ids.toArray(UUID[]::new))
                .map(BadgeStateRepository::badgeState)
                .all();
    }

    private static BadgeState badgeState(Readable row) {
        return new BadgeState(
                row.get("id", UUID.class),
                row.get("event_id", UUID.class),
                RegistrationStatus.valueOf(row.get("status", String.class)),
                row.get("badge_version", Integer.class),
                row.get("badge_name", String.class),
                row.get("country_code", String.class),
                ParticipantRole.valueOf(row.get("role", String.class)),
                row.get("organisation", String.class));
    }
}
