package org.cti.convene.registration;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The organiser's attendee list: filters, accent-insensitive search, paging and totals. */
@Repository
class AttendeeRepository {

    private final DatabaseClient db;

    AttendeeRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<Registration> page(UUID eventId, AttendeeQuery q) {
        return bind(db.sql("select " + RegistrationRepository.COLUMNS + " from registration r where "
                                + where(q) + " order by r.family_name, r.given_name, r.arrival limit :limit offset :offset"),
                        eventId, q)
                .bind("limit", q.size())
                .bind("offset", (long) q.page() * q.size())
                .map(RegistrationRepository::registration)
                .all();
    }

    Mono<Long> count(UUID eventId, AttendeeQuery q) {
        return bind(db.sql("select count(*) as n from registration r where " + where(q)), eventId, q)
                .map((row, meta) -> row.get("n", Long.class))
                .one();
    }

    Mono<Map<RegistrationStatus, Long>> totals(UUID eventId) {
        return db.sql("select status, count(*) as n from registration where event_id = :e group by status")
                .bind("e", eventId)
                .map((row, meta) -> Map.entry(RegistrationStatus.valueOf(row.get("status", String.class)),
                        row.get("n", Long.class)))
                .all()
                .collectList()
                .map(entries -> {
                    Map<RegistrationStatus, Long> totals = new EnumMap<>(RegistrationStatus.class);
                    for (RegistrationStatus s : RegistrationStatus.values()) {
                        totals.put(s, 0L);
                    }
                    entries.forEach(e -> totals.put(e.getKey(), e.getValue()));
                    return totals;
                });
    }

    private static String where(AttendeeQuery q) {
        StringBuilder sql = new StringBuilder("r.event_id = :eventId");
        if (q.status() != null) {
            sql.append(" and r.status = :status");
        }
        if (q.country() != null && !q.country().isBlank()) {
            sql.append(" and r.country_code = :country");
        }
        if (q.role() != null) {
            sql.append(" and r.role = :role");
        }
        if (q.sessionId() != null) {
            sql.append(" and exists (select 1 from session_signup su where su.registration_id = r.id"
                    + " and su.session_id = :sessionId)");
        }
        if (q.q() != null && !q.q().isBlank()) {
            sql.append(" and r.search_text like :pattern escape '\\'");
        }
        return sql.toString();
    }

    private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, UUID eventId,
            AttendeeQuery q) {
        spec = spec.bind("eventId", eventId);
        if (q.status() != null) {
            spec = spec.bind("status", q.status().name());
        }
        if (q.country() != null && !q.country().isBlank()) {
            spec = spec.bind("country", q.country().strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (q.role() != null) {
            spec = spec.bind("role", q.role().name());
        }
        if (q.sessionId() != null) {
            spec = spec.bind("sessionId", q.sessionId());
        }
        if (q.q() != null && !q.q().isBlank()) {
            String needle = SearchText.normalise(q.q()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            spec = spec.bind("pattern", "%" + needle + "%");
        }
        return spec;
    }
}
