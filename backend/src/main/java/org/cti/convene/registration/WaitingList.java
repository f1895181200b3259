package org.cti.convene.registration;

import java.util.List;
import java.util.UUID;
import org.cti.convene.common.DomainEvents;
import org.cti.convene.events.Event;
import org.cti.convene.events.EventSession;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Serves the waiting list in arrival order whenever seats free up, inside the transaction that freed
 * them. A delegation is promoted together or not at all, and the list is strictly first come, first
 * served: a delegation at the head that does not fit yet blocks those behind it.
 */
@Component
class WaitingList {

    private static final int MAX_PROMOTIONS_PER_CHANGE = 10_000;

    private final RegistrationRepository registrations;
    private final SeatRepository seats;
    private final DomainEvents domainEvents;

    WaitingList(RegistrationRepository registrations, SeatRepository seats, DomainEvents domainEvents) {
        this.registrations = registrations;
        this.seats = seats;
        this.domainEvents = domainEvents;
    }

    /** Promotes as many waiting registrations as free seats allow; emits how many were promoted. */
    Mono<Integer> promote(Event event) {
        return seats.lockPromotions(event.id()).then(promoteNext(event, 0));
    }

    private Mono<Integer> promoteNext(Event event, int promotedSoFar) {
        if (promotedSoFar >= MAX_PROMOTIONS_PER_CHANGE) {
            return Mono.just(promotedSoFar);
        }
        return registrations.lockWaitlistHead(event.id()).collectList().flatMap(head -> {
            if (head.isEmpty()) {
                return Mono.just(promotedSoFar);
            }
            return seats.lockFree(event.id(), event.capacity(), head.size(), null)
                    .flatMap(free -> {
                        if (free.size() < head.size()) {
                            return Mono.just(promotedSoFar);
                        }
                        RegistrationStatus next = event.approvalRequired()
                                ? RegistrationStatus.PENDING_APPROVAL
                                : RegistrationStatus.CONFIRMED;
                        return Flux.range(0, head.size())
                                .concatMap(i -> promoteOne(event, head.get(i), free.get(i), next))
                                .then(Mono.defer(() -> promoteNext(event, promotedSoFar + head.size())));
                    });
        });
    }

    private Mono<Void> promoteOne(Event event, Registration waiting, int seatNo, RegistrationStatus next) {
        return seats.assign(event.id(), seatNo, waiting.id())
                .then(registrations.setStatus(waiting.id(), next))
                .then(keepSessionsThatFit(event, waiting))
                .then(registrations.findById(waiting.id()))
                .flatMap(promoted -> domainEvents.publish(new RegistrationPromoted(promoted)));
    }

    /** Session sign-ups of a waiting registration did not count; now they do, if there is still room. */
    private Mono<Void> keepSessionsThatFit(Event event, Registration waiting) {
        List<UUID> chosen = waiting.sessionIds();
        if (chosen.isEmpty()) {
            return Mono.empty();
        }
        return Flux.fromIterable(event.sessions())
                .filter(s -> s.capacity() != null && chosen.contains(s.id()))
                .concatMap(s -> fits(s, waiting.id()))
                .then();
    }

    private Mono<Void> fits(EventSession session, UUID registrationId) {
        return seats.lockSession(session.id())
                .then(seats.sessionTaken(session.id()))
                .flatMap(taken ->
                        taken > session.capacity() ? seats.leaveSession(session.id(), registrationId) : Mono.empty());
    }
}
