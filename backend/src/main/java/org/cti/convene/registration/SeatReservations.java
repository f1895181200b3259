package org.cti.convene.registration;

import java.util.UUID;
import org.cti.convene.common.ConflictException;
import org.cti.convene.events.Events;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Seats set aside for an invitation (a State delegation with N seats). Public registrations never take a
 * reserved seat; registrations through the invitation take those first. Every method joins the caller's
 * transaction, so an invitation and its seats are written or refused together.
 */
@Service
public class SeatReservations {

    private final SeatRepository seats;
    private final WaitingList waitingList;
    private final Events events;
    private final TransactionalOperator tx;

    SeatReservations(SeatRepository seats, WaitingList waitingList, Events events, TransactionalOperator tx) {
        this.seats = seats;
        this.waitingList = waitingList;
        this.events = events;
        this.tx = tx;
    }

    /** Reserves {@code count} free seats for the invitation; 409 {@code not-enough-seats} when fewer are free. */
    public Mono<Void> reserve(UUID eventId, UUID invitationId, int count) {
        return seats.reserve(eventId, invitationId, count)
                .flatMap(reserved -> reserved < count
                        ? Mono.<Void>error(new ConflictException(
                                "not-enough-seats",
                                "Only " + reserved + " free seats are left; this invitation asks for " + count + "."))
                        : Mono.<Void>empty())
                .as(tx::transactional);
    }

    /**
     * Ends an invitation's reservation: unused seats go back to everyone (and to the waiting list at once);
     * seats its registrations hold stay held but lose the mark, so they return to everyone if cancelled
     * later. Emits how many unused seats were freed.
     */
    public Mono<Long> release(UUID eventId, UUID invitationId) {
        return seats.unreserveFree(invitationId)
                .flatMap(freed -> seats.unreserveHeld(invitationId)
                        .then(freed > 0 ? events.find(eventId).flatMap(waitingList::promote) : Mono.just(0))
                        .thenReturn(freed))
                .as(tx::transactional);
    }

    /**
     * Gives back the seats an invitation reserved and nobody took: they go to the waiting list at once, then to
     * everyone; the seats its registrations hold stay the invitation's. Emits how many were given back.
     */
    public Mono<Long> releaseUnused(UUID eventId, UUID invitationId) {
        return seats.unreserveFree(invitationId)
                .flatMap(freed -> (freed > 0 ? events.find(eventId).flatMap(waitingList::promote) : Mono.just(0))
                        .thenReturn(freed))
                .as(tx::transactional);
    }

    /** Capacity split into held, invited and free seats. */
    public Mono<SeatSplit> split(UUID eventId) {
        return seats.split(eventId);
    }
}
