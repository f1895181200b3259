package org.cti.convene.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Seats as rows (docs/adr/0002-seats-as-rows.md). Concurrent registrations claim different free rows with
 * {@code FOR UPDATE SKIP LOCKED} instead of queueing on one counter; a seat row can only be held by one
 * registration, so no interleaving can hold more seats than rows exist.
 */
@Repository
class SeatRepository {

    private final DatabaseClient db;

    SeatRepository(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Locks up to {@code wanted} free seats (reserved for {@code reservedFor}, or unreserved when null) and
     * returns their numbers. Fewer than wanted means the event is (momentarily) full for this request; the
     * locks are released at commit untouched.
     *
     * <p>A single seat is looked for from a random seat of the event's {@code capacity}, wrapping round once:
     * starting at seat 1, every claim of a rush would walk past every seat claimed before it (their index
     * entries stay until vacuum) and queue on the same few free rows, so claims would slow as the event filled.
     */
    Mono<List<Integer>> lockFree(UUID eventId, int capacity, int wanted, UUID reservedFor) {
        // several seats at once (a delegation) scan in order, so that concurrent groups do not each lock part
        // of the last free seats and all go to the waiting list
        int start =
                wanted > 1 || capacity <= 1 ? 1 : ThreadLocalRandom.current().nextInt(1, capacity + 1);
        return lockFrom(eventId, reservedFor, "seat_no >= :start", start, wanted)
                .flatMap(after -> after.size() >= wanted || start == 1
                        ? Mono.just(after)
                        : lockFrom(eventId, reservedFor, "seat_no < :start", start, wanted - after.size())
                                .map(before -> {
                                    List<Integer> all = new ArrayList<>(after);
                                    all.addAll(before);
                                    return all;
                                }));
    }

    private Mono<List<Integer>> lockFrom(UUID eventId, UUID reservedFor, String range, int start, int wanted) {
        String reserved = reservedFor == null ? "reserved_for is null" : "reserved_for = :reservedFor";
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                        select seat_no from seat
                         where event_id = :eventId and registration_id is null and %s and %s
                         order by seat_no limit :wanted
                           for update skip locked
                        """.formatted(reserved, range))
                .bind("eventId", eventId)
                .bind("start", start)
                .bind("wanted", wanted);
        if (reservedFor != null) {
            spec = spec.bind("reservedFor", reservedFor);
        }
        return spec.map((row, meta) -> row.get("seat_no", Integer.class)).all().collectList();
    }

    /**
     * Gives the planner statistics for an event's fresh seats: without them it expects two free rows and
     * answers every claim with a bitmap scan and a sort of all of them (43 ms on 100,000 seats).
     */
    Mono<Void> analyse() {
        return db.sql("analyze seat").then();
    }

    Mono<Void> assign(UUID eventId, int seatNo, UUID registrationId) {
        return db.sql("update seat set registration_id = :r where event_id = :e and seat_no = :s")
                .bind("r", registrationId)
                .bind("e", eventId)
                .bind("s", seatNo)
                .then();
    }

    /** Hands the seat of one registration to another (substitution keeps the seat). */
    Mono<Long> transfer(UUID from, UUID to) {
        return db.sql("update seat set registration_id = :to where registration_id = :from")
                .bind("to", to)
                .bind("from", from)
                .fetch()
                .rowsUpdated();
    }

    Mono<Long> release(UUID registrationId) {
        return db.sql("update seat set registration_id = null where registration_id = :r")
                .bind("r", registrationId)
                .fetch()
                .rowsUpdated();
    }

    Mono<Long> count(UUID eventId) {
        return db.sql("select count(*) as n from seat where event_id = :e")
                .bind("e", eventId)
                .map((row, meta) -> row.get("n", Long.class))
                .one();
    }

    Mono<Long> held(UUID eventId) {
        return db.sql("select count(*) as n from seat where event_id = :e and registration_id is not null")
                .bind("e", eventId)
                .map((row, meta) -> row.get("n", Long.class))
                .one();
    }

    /** Adds seat rows numbered up to {@code capacity}; existing ones stay as they are. */
    Mono<Void> growTo(UUID eventId, int capacity) {
        return insertUpTo(eventId, capacity).then(capacity >= ANALYSE_FROM ? analyse() : Mono.empty());
    }

    /** From this many seats a stale plan costs more than the statistics. */
    static final int ANALYSE_FROM = 1_000;

    private Mono<Void> insertUpTo(UUID eventId, int capacity) {
        return db.sql("""
                        insert into seat (event_id, seat_no)
                        select :e, g from generate_series(1, :capacity) g
                        on conflict (event_id, seat_no) do nothing
                        """).bind("e", eventId).bind("capacity", capacity).then();
    }

    /**
     * Removes {@code count} free, unreserved seats (highest numbers first), waiting for concurrent claims
     * to finish rather than skipping them; returns how many could be removed.
     */
    Mono<Long> shrinkBy(UUID eventId, int count) {
        return db.sql("""
                        delete from seat where (event_id, seat_no) in (
                            select event_id, seat_no from seat
                             where event_id = :e and registration_id is null and reserved_for is null
                             order by seat_no desc limit :n for update)
                        """).bind("e", eventId).bind("n", count).fetch().rowsUpdated();
    }

    /** Reserves {@code count} free seats for an invitation; returns how many could be reserved. */
    Mono<Long> reserve(UUID eventId, UUID invitationId, int count) {
        return db.sql("""
                        update seat set reserved_for = :inv where (event_id, seat_no) in (
                            select event_id, seat_no from seat
                             where event_id = :e and registration_id is null and reserved_for is null
                             order by seat_no limit :n for update)
                        """)
                .bind("inv", invitationId)
                .bind("e", eventId)
                .bind("n", count)
                .fetch()
                .rowsUpdated();
    }

    /** Gives back the reserved seats an invitation did not use. */
    Mono<Long> unreserveFree(UUID invitationId) {
        return db.sql("update seat set reserved_for = null where reserved_for = :inv and registration_id is null")
                .bind("inv", invitationId)
                .fetch()
                .rowsUpdated();
    }

    /** Seats held by an invitation's registrations lose the invitation's mark; they stay held. */
    Mono<Long> unreserveHeld(UUID invitationId) {
        return db.sql("update seat set reserved_for = null where reserved_for = :inv and registration_id is not null")
                .bind("inv", invitationId)
                .fetch()
                .rowsUpdated();
    }

    Mono<SeatSplit> split(UUID eventId) {
        return db.sql("""
                        select count(*) as capacity,
                               count(*) filter (where registration_id is not null) as held,
                               count(*) filter (where reserved_for is not null) as invited,
                               count(*) filter (where reserved_for is not null and registration_id is null) as invited_free,
                               count(*) filter (where reserved_for is null and registration_id is null) as free
                          from seat where event_id = :e
                        """)
                .bind("e", eventId)
                .map((row, meta) -> new SeatSplit(
                        row.get("capacity", Long.class),
                        row.get("held", Long.class),
                        row.get("invited", Long.class),
                        row.get("invited_free", Long.class),
                        row.get("free", Long.class)))
                .one();
    }

    /** Serialises promotions of one event, so two seats freed at once promote two different people in order. */
    Mono<Void> lockPromotions(UUID eventId) {
        return db.sql("select pg_advisory_xact_lock(hashtextextended('promote:' || :e, 0))")
                .bind("e", eventId.toString())
                .then();
    }

    // --- sessions with their own capacity: a per-session advisory lock, then count (low contention) ---

    Mono<Void> lockSession(UUID sessionId) {
        return db.sql("select pg_advisory_xact_lock(hashtextextended('session:' || :s, 0))")
                .bind("s", sessionId.toString())
                .then();
    }

    Mono<Long> sessionTaken(UUID sessionId) {
        return db.sql("""
                        select count(*) as n from session_signup su join registration r on r.id = su.registration_id
                         where su.session_id = :s and r.status in ('PENDING_APPROVAL', 'CONFIRMED')
                        """)
                .bind("s", sessionId)
                .map((row, meta) -> row.get("n", Long.class))
                .one();
    }

    Mono<Void> signUp(UUID sessionId, UUID registrationId) {
        return db.sql("""
                        insert into session_signup (session_id, registration_id) values (:s, :r)
                        on conflict do nothing
                        """).bind("s", sessionId).bind("r", registrationId).then();
    }

    Mono<Void> leaveSession(UUID sessionId, UUID registrationId) {
        return db.sql("delete from session_signup where session_id = :s and registration_id = :r")
                .bind("s", sessionId)
                .bind("r", registrationId)
                .then();
    }

    Mono<Void> leaveSessions(UUID registrationId) {
        return db.sql("delete from session_signup where registration_id = :r")
                .bind("r", registrationId)
                .then();
    }
}
