package org.cti.convene.checkin;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.common.StaffUser;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for presences ({@code check_in}) and the scan trail ({@code scan_log}). */
@Repository
class CheckInRepository {

    /** A recorded presence; {@code fresh} when this very scan recorded it. */
    record Presence(boolean fresh, Instant at, String by) {}

    private record Count(UUID sessionId, long n) {}

    /** A row of the scan trail. */
    record LoggedScan(
            Instant at, CheckInOutcome result, CheckInReason reason, UUID registrationId, UUID sessionId, String by) {}

    private static final String SAME_PRESENCE = """
            c.registration_id = :registration
               and coalesce(c.session_id, '00000000-0000-0000-0000-000000000000'::uuid)
                 = coalesce(:session, '00000000-0000-0000-0000-000000000000'::uuid)
            """;

    /**
     * Records the presence unless there is one, and logs the scan, in one statement (one round trip, atomic).
     * The unique index {@code check_in_once} decides: of any number of doors scanning the same badge at once,
     * exactly one inserts. Answers the presence that counts, or nothing in the rare race where another door
     * committed it after this statement's snapshot was taken; {@link #presence} then finds it.
     */
    private static final String ADMIT = """
            with admitted as (
                insert into check_in (event_id, registration_id, session_id, scanned_at, scanned_by_id, scanned_by)
                values (:event, :registration, :session, :at, :staffId, :staff)
                on conflict do nothing
                returning scanned_at, scanned_by
            ), earlier as (
                select c.scanned_at, c.scanned_by from check_in c
                 where %s
                   and not exists (select 1 from admitted)
            ), logged as (
                insert into scan_log (event_id, registration_id, session_id, result, scanned_at, scanned_by_id,
                                      scanned_by)
                select :event, :registration, :session,
                       case when exists (select 1 from admitted) then 'ADMITTED' else 'ALREADY_CHECKED_IN' end,
                       :at, :staffId, :staff
            )
            select true as fresh, scanned_at, scanned_by from admitted
            union all
            select false, scanned_at, scanned_by from earlier
            """.formatted(SAME_PRESENCE);

    private final DatabaseClient db;

    CheckInRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Presence> admit(UUID eventId, UUID registrationId, UUID sessionId, Instant at, StaffUser staff) {
        var spec = db.sql(ADMIT)
                .bind("event", eventId)
                .bind("registration", registrationId)
                .bind("at", utc(at))
                .bind("staffId", staff.id())
                .bind("staff", staff.displayName());
        spec = sessionId == null ? spec.bindNull("session", UUID.class) : spec.bind("session", sessionId);
        return spec.map(CheckInRepository::presence).first();
    }

    Mono<Presence> presence(UUID registrationId, UUID sessionId) {
        var spec = db.sql("select false as fresh, c.scanned_at, c.scanned_by from check_in c where " + SAME_PRESENCE)
                .bind("registration", registrationId);
        spec = sessionId == null ? spec.bindNull("session", UUID.class) : spec.bind("session", sessionId);
        return spec.map(CheckInRepository::presence).one();
    }

    /** Logs a refused scan; ids are null when the payload did not tell them. */
    Mono<Void> logRefusal(
            UUID eventId,
            UUID registrationId,
            UUID sessionId,
            CheckInOutcome result,
            CheckInReason reason,
            Instant at,
            StaffUser staff) {
        var spec = db.sql("""
                        insert into scan_log (event_id, registration_id, session_id, result, reason, scanned_at,
                                              scanned_by_id, scanned_by)
                        values (:event, :registration, :session, :result, :reason, :at, :staffId, :staff)
                        """)
                .bind("result", result.name())
                .bind("reason", reason.name())
                .bind("at", utc(at))
                .bind("staffId", staff.id())
                .bind("staff", staff.displayName());
        spec = eventId == null ? spec.bindNull("event", UUID.class) : spec.bind("event", eventId);
        spec = registrationId == null
                ? spec.bindNull("registration", UUID.class)
                : spec.bind("registration", registrationId);
        spec = sessionId == null ? spec.bindNull("session", UUID.class) : spec.bind("session", sessionId);
        return spec.then();
    }

    /** Presences of the event by session; the event's own under the key {@code null}. */
    Mono<Map<UUID, Long>> presences(UUID eventId) {
        return db.sql("select session_id, count(*) as n from check_in where event_id = :event group by session_id")
                .bind("event", eventId)
                .map((row, meta) -> new Count(row.get("session_id", UUID.class), row.get("n", Long.class)))
                .all()
                .collectMap(Count::sessionId, Count::n);
    }

    Mono<Map<CheckInOutcome, Long>> scanTotals(UUID eventId) {
        return db.sql("select result, count(*) as n from scan_log where event_id = :event group by result")
                .bind("event", eventId)
                .map((row, meta) ->
                        Map.entry(CheckInOutcome.valueOf(row.get("result", String.class)), row.get("n", Long.class)))
                .all()
                .collect(() -> zeroes(), (map, entry) -> map.put(entry.getKey(), entry.getValue()));
    }

    Flux<LoggedScan> lastScans(UUID eventId, int limit) {
        return db.sql("""
                        select scanned_at, result, reason, registration_id, session_id, scanned_by
                          from scan_log where event_id = :event order by id desc limit :limit
                        """)
                .bind("event", eventId)
                .bind("limit", limit)
                .map(CheckInRepository::loggedScan)
                .all();
    }

    private static Map<CheckInOutcome, Long> zeroes() {
        Map<CheckInOutcome, Long> map = new EnumMap<>(CheckInOutcome.class);
        for (CheckInOutcome outcome : CheckInOutcome.values()) {
            map.put(outcome, 0L);
        }
        return map;
    }

    private static Presence presence(Readable row) {
        return new Presence(
                Boolean.TRUE.equals(row.get("fresh", Boolean.class)),
                row.get("scanned_at", OffsetDateTime.class).toInstant(),
                row.get("scanned_by", String.class));
    }

    private static LoggedScan loggedScan(Readable row) {
        String reason = row.get("reason", String.class);
        return new LoggedScan(
                row.get("scanned_at", OffsetDateTime.class).toInstant(),
                CheckInOutcome.valueOf(row.get("result", String.class)),
                reason == null ? null : CheckInReason.valueOf(reason),
                row.get("registration_id", UUID.class),
                row.get("session_id", UUID.class),
                row.get("scanned_by", String.class));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
