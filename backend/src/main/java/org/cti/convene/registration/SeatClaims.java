package org.cti.convene.registration;

import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * A public registration in as few round trips as the database allows (ADR 0008): one statement claims a free
 * seat, writes the registration and hands it the seat, on the event as the caller decided it, checked by its
 * revision. Waiting is a second statement after a lock, so that the position told is the real one.
 */
@Repository
class SeatClaims {

    /** What the claim did: the event had moved on, or there was no free seat, or the person holds a seat. */
    sealed interface Claim {
        record Stale() implements Claim {}

        record NoSeat() implements Claim {}

        record Seated(long arrival) implements Claim {}
    }

    /** Where a waiting registration went: stale when the event moved on, otherwise its arrival and position. */
    record Waiting(boolean stale, long arrival, int position) {}

    private static final String CLAIM =
            """
            with current_event as (
                select id from event where id = :eventId and revision = :revision
            ), from_start as (
                select seat_no from seat
                 where event_id = :eventId and registration_id is null and reserved_for is null
                   and seat_no >= :start and exists (select 1 from current_event)
                 order by seat_no limit 1
                   for update skip locked
            ), before_start as (
                select seat_no from seat
                 where event_id = :eventId and registration_id is null and reserved_for is null
                   and seat_no < :start and exists (select 1 from current_event)
                   and not exists (select 1 from from_start)
                 order by seat_no limit 1
                   for update skip locked
            ), claimed as (
                select seat_no from from_start union all select seat_no from before_start
            ), inserted as (
                insert into registration (%s)
                select %s
                 where exists (select 1 from claimed)
                returning arrival
            ), held as (
                update seat set registration_id = :id
                 where event_id = :eventId and seat_no = (select seat_no from claimed limit 1)
                   and exists (select 1 from inserted)
            )
            select exists (select 1 from current_event) as current, (select arrival from inserted) as arrival
            """.formatted(RegistrationRepository.INSERT_COLUMNS, RegistrationRepository.insertValues(":status"));

    private static final String WAIT =
            """
            with current_event as (
                select id from event where id = :eventId and revision = :revision
            ), inserted as (
                insert into registration (%s)
                select %s
                 where exists (select 1 from current_event)
                returning arrival
            )
            select (select arrival from inserted) as arrival,
                   (select count(*) + 1 from registration w
                     where w.event_id = :eventId and w.status = 'WAITLISTED'
                       and w.arrival < (select arrival from inserted)) as position
            """.formatted(RegistrationRepository.INSERT_COLUMNS, RegistrationRepository.insertValues(":status"));

    private final DatabaseClient db;

    SeatClaims(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Claims a free unreserved seat, looking from seat {@code start} and wrapping round once (see
     * {@link SeatRepository#lockFree}), and writes {@code r} holding it, in one statement.
     */
    Mono<Claim> claim(Registration r, byte[] tokenHash, String searchText, long revision, int start) {
        return db.sql(CLAIM)
                .bindValues(RegistrationRepository.insertBindings(r, tokenHash, searchText))
                .bind("revision", revision)
                .bind("start", start)
                .map((row, meta) -> {
                    if (!Boolean.TRUE.equals(row.get("current", Boolean.class))) {
                        return (Claim) new Claim.Stale();
                    }
                    Long arrival = row.get("arrival", Long.class);
                    return arrival == null ? new Claim.NoSeat() : new Claim.Seated(arrival);
                })
                .one();
    }

    /**
     * Puts {@code r} (status {@code WAITLISTED}) on the waiting list with its exact position. Waiting registrations
     * of an event queue on a lock until the one before them commits; the insert is a statement of its own, taken
     * after the lock, so that its snapshot sees every earlier waiter and none is missed from the position.
     */
    Mono<Waiting> wait(Registration r, byte[] tokenHash, String searchText, long revision) {
        return queueOnWaitingList(r.eventId())
                .then(db.sql(WAIT)
                        .bindValues(RegistrationRepository.insertBindings(r, tokenHash, searchText))
                        .bind("revision", revision)
                        .map((row, meta) -> {
                            Long arrival = row.get("arrival", Long.class);
                            return arrival == null
                                    ? new Waiting(true, 0, 0)
                                    : new Waiting(
                                            false,
                                            arrival,
                                            row.get("position", Long.class).intValue());
                        })
                        .one());
    }

    /**
     * Waits until no other transaction is putting someone on this event's waiting list, and keeps the turn until
     * commit: arrival numbers of waiting registrations are then given in commit order, and a position counted by
     * a later statement of the same transaction includes everyone ahead.
     */
    Mono<Void> queueOnWaitingList(UUID eventId) {
        return db.sql("select pg_advisory_xact_lock(hashtextextended('waitlist:' || :eventId, 0))")
                .bind("eventId", eventId.toString())
                .then();
    }
}
