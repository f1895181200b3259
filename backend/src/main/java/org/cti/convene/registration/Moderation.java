package org.cti.convene.registration;

import java.util.List;
import java.util.UUID;
import org.cti.convene.common.ConflictException;
import org.cti.convene.common.DomainEvents;
import org.cti.convene.common.NotFoundException;
import org.cti.convene.events.Events;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Organisers approve or decline registrations, one by one or in bulk. */
@Service
public class Moderation {

    public record Outcome(UUID id, RegistrationStatus status, String problem) {}

    private final RegistrationRepository registrations;
    private final SeatRepository seats;
    private final WaitingList waitingList;
    private final Events events;
    private final DomainEvents domainEvents;
    private final TransactionalOperator tx;

    Moderation(
            RegistrationRepository registrations,
            SeatRepository seats,
            WaitingList waitingList,
            Events events,
            DomainEvents domainEvents,
            TransactionalOperator tx) {
        this.registrations = registrations;
        this.seats = seats;
        this.waitingList = waitingList;
        this.events = events;
        this.domainEvents = domainEvents;
        this.tx = tx;
    }

    public Mono<Registration> approve(UUID id) {
        return registrations
                .lock(id)
                .switchIfEmpty(Mono.error(() -> notFound(id)))
                .flatMap(r -> {
                    if (r.status() == RegistrationStatus.CONFIRMED) {
                        return Mono.just(r);
                    }
                    if (r.status() != RegistrationStatus.PENDING_APPROVAL) {
                        return Mono.error(new ConflictException(
                                "not-pending",
                                "Only registrations pending approval can be approved; this one is " + r.status()
                                        + "."));
                    }
                    return registrations
                            .setStatus(id, RegistrationStatus.CONFIRMED)
                            .then(registrations.findById(id))
                            .flatMap(after -> domainEvents
                                    .publish(new RegistrationApproved(after))
                                    .thenReturn(after));
                })
                .as(tx::transactional);
    }

    /** Declines a pending or waiting registration; a held seat goes to the waiting list. */
    public Mono<Registration> decline(UUID id, String reason) {
        return registrations
                .lock(id)
                .switchIfEmpty(Mono.error(() -> notFound(id)))
                .flatMap(r -> {
                    if (r.status() == RegistrationStatus.DECLINED) {
                        return Mono.just(r);
                    }
                    if (r.status() != RegistrationStatus.PENDING_APPROVAL
                            && r.status() != RegistrationStatus.WAITLISTED) {
                        return Mono.error(new ConflictException(
                                "not-pending",
                                "Only pending or waiting registrations can be declined; this one is " + r.status()
                                        + ". Cancel a confirmed registration instead."));
                    }
                    return registrations
                            .setStatus(id, RegistrationStatus.DECLINED)
                            .then(seats.release(id))
                            .then(seats.leaveSessions(id))
                            .then(events.find(r.eventId()))
                            .flatMap(event -> r.status().holdsSeat() ? waitingList.promote(event) : Mono.just(0))
                            .then(registrations.findById(id))
                            .flatMap(after -> domainEvents
                                    .publish(new RegistrationDeclined(after, blank(reason)))
                                    .thenReturn(after));
                })
                .as(tx::transactional);
    }

    /** Each id in its own transaction: one refusal does not undo the others. */
    public Flux<Outcome> approveAll(List<UUID> ids) {
        return Flux.fromIterable(ids)
                .concatMap(id -> approve(id)
                        .map(r -> new Outcome(r.id(), r.status(), null))
                        .onErrorResume(e -> Mono.just(new Outcome(id, null, e.getMessage()))));
    }

    public Flux<Outcome> declineAll(List<UUID> ids, String reason) {
        return Flux.fromIterable(ids)
                .concatMap(id -> decline(id, reason)
                        .map(r -> new Outcome(r.id(), r.status(), null))
                        .onErrorResume(e -> Mono.just(new Outcome(id, null, e.getMessage()))));
    }

    /**
     * The event a registration belongs to, for per-event access checks: an unknown id gets the same neutral 404
     * as an id of an event the caller may not see.
     */
    public Mono<UUID> eventOf(UUID registrationId) {
        return registrations
                .findById(registrationId)
                .map(Registration::eventId)
                .switchIfEmpty(Mono.error(NotFoundException::nothingHere));
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No registration with id " + id + ".");
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
