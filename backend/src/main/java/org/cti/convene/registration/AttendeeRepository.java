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
        return bind(
                        db.sql("select " + RegistrationRepository.COLUMNS + " from registration r where " + where(q)
                                + " order by " + orderBy(q) + " limit :limit offset :offset"),
                        eventId,
                        q)
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
                .map((row, meta) -> Map.entry(
                        RegistrationStatus.valueOf(row.get("status", String.class)), row.get("n", Long.class)))
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

    /** How many registrations of the event there are per country and status (the organisers' counts). */
    Flux<Tally> tallies(UUID eventId) {
        return db.sql("""
                        select country_code, status, count(*) as n from registration where event_id = :e
                         group by country_code, status
                        """)
                .bind("e", eventId)
                .map((row, meta) -> new Tally(
                        row.get("country_code", String.class),
                        RegistrationStatus.valueOf(row.get("status", String.class)),
                        row.get("n", Long.class)))
                .all();
    }

    record Tally(String country, RegistrationStatus status, long count) {}

    private static final String STATUS_ORDER = "case r.status when 'PENDING_APPROVAL' then 0 when 'CONFIRMED' then 1"
            + " when 'WAITLISTED' then 2 when 'DECLINED' then 3 else 4 end";

    /**
     * Only fixed SQL chosen by the enum reaches the query. Within a country or a status people are by name;
     * arrival and id break the remaining ties, so that pages never overlap.
     */
    static String orderBy(AttendeeQuery q) {
        String dir = q.descending() ? " desc" : "";
        String byName = "r.family_name, r.given_name, r.arrival, r.id";
        return switch (q.sort()) {
            case NAME -> "r.family_name" + dir + ", r.given_name" + dir + ", r.arrival, r.id";
            case COUNTRY -> "r.country_code" + dir + ", " + byName;
            case STATUS -> STATUS_ORDER + dir + ", " + byName;
            case REGISTERED -> "r.created_at" + dir + ", r.arrival" + dir + ", r.id";
        };
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

    private static DatabaseClient.GenericExecuteSpec bind(
            DatabaseClient.GenericExecuteSpec spec, UUID eventId, AttendeeQuery q) {
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
            String needle = SearchText.normalise(q.q())
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_");
            spec = spec.bind("pattern", "%" + needle + "%");
        }
        return spec;
    }
}
