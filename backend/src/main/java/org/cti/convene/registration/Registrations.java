package org.cti.convene.registration;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cti.convene.common.ConflictException;
import org.cti.convene.common.DomainEvents;
import org.cti.convene.common.DomainException;
import org.cti.convene.common.IdempotencyKeys;
import org.cti.convene.common.NotFoundException;
import org.cti.convene.events.Event;
import org.cti.convene.events.EventCache;
import org.cti.convene.events.Events;
import org.cti.convene.events.RevisedEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Delegates register, see, change and cancel their registration with their private link. */
@Service
public class Registrations {

    private final Events events;
    private final EventCache eventCache;
    private final RegistrationRepository registrations;
    private final SeatRepository seats;
    private final Seating seating;
    private final WaitingList waitingList;
    private final RegistrationRules rules;
    private final ManageTokens tokens;
    private final IdempotencyKeys idempotency;
    private final DomainEvents domainEvents;
    private final TransactionalOperator tx;
    private final Clock clock;

    private final BadgeStateRepository badgeStates;

    Registrations(
            Events events,
            EventCache eventCache,
            RegistrationRepository registrations,
            SeatRepository seats,
            Seating seating,
            WaitingList waitingList,
            RegistrationRules rules,
            ManageTokens tokens,
            IdempotencyKeys idempotency,
            DomainEvents domainEvents,
            TransactionalOperator tx,
            Clock clock,
            BadgeStateRepository badgeStates) {
        this.badgeStates = badgeStates;
        this.events = events;
        this.eventCache = eventCache;
        this.registrations = registrations;
        this.seats = seats;
        this.seating = seating;
        this.waitingList = waitingList;
        this.rules = rules;
        this.tokens = tokens;
        this.idempotency = idempotency;
        this.domainEvents = domainEvents;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Why the public form of the event would be refused now (closed, not open yet, by invitation, over…), so
     * that a page can say it before the delegate types anything; {@link #register} decides again on submit.
     */
    public Optional<DomainException> publicRefusal(Event event) {
        try {
            rules.checkOpen(event, Admission.PUBLIC, clock.instant());
            return Optional.empty();
        } catch (DomainException refused) {
            return Optional.of(refused);
        }
    }

    /**
     * Public registration; a repeat with the same {@code Idempotency-Key} and body returns the first result. The
     * event comes from memory and its rules are checked there; the statement that claims the seat checks that the
     * event is still at that revision, and if an organiser changed it meanwhile (on any instance) the event is
     * read again and the rules decided again.
     */
    public Mono<RegistrationResult> register(UUID eventId, RegistrationRequest request, String idempotencyKey) {
        return eventCache
                .current(eventId)
                .doOnNext(current -> checkPublic(current, request))
                .flatMap(current -> idempotency
                        .once(
                                "registration:" + eventId,
                                idempotencyKey,
                                request,
                                RegistrationResult.class,
                                () -> seatOne(current, request)
                                        .switchIfEmpty(Mono.defer(() -> eventCache
                                                .reload(eventId)
                                                .doOnNext(fresh -> checkPublic(fresh, request))
                                                .flatMap(fresh -> seatOne(fresh, request))))
                                        .switchIfEmpty(Mono.error(() -> new ConflictException(
                                                "event-changed",
                                                "The event changed while you registered; please send it again.")))
                                        .map(seated -> seated.result().withoutToken()),
                                Mono::just)
                        .as(tx::transactional))
                .map(this::withTokenNow);
    }

    private Mono<Seating.Seated> seatOne(RevisedEvent current, RegistrationRequest request) {
        return eventCache.deciding(current, seating.seatOne(current, request));
    }

    private void checkPublic(RevisedEvent current, RegistrationRequest request) {
        rules.checkOpen(current.event(), Admission.PUBLIC, clock.instant());
        rules.checkInput(current.event(), request, "");
    }

    /**
     * Registers people through an invitation: no public window, the invitation's reserved seats first.
     * Runs in the caller's transaction (the invitations feature checks its seat budget in the same one).
     */
    public Mono<List<RegistrationResult>> registerInvited(
            Event event, List<RegistrationRequest> people, Admission admission) {
        return Mono.fromRunnable(() -> {
                    rules.checkOpen(event, admission, clock.instant());
                    for (int i = 0; i < people.size(); i++) {
                        rules.checkInput(event, people.get(i), "registrations[" + i + "].");
                    }
                })
                .then(seating.seat(event, people, admission, null))
                .map(seated -> seated.stream().map(Seating.Seated::result).toList());
    }

    public Mono<Registration> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Mono.error(unknownToken());
        }
        return registrations
                .findByTokenHash(ManageTokens.hash(token))
                .switchIfEmpty(Mono.error(Registrations::unknownToken))
                .flatMap(this::withPosition);
    }

    public Mono<Registration> find(UUID id) {
        return registrations
                .findById(id)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("No registration with id " + id + ".")))
                .flatMap(this::withPosition);
    }

    /** The badge-relevant state of a registration (one primary-key lookup, for check-in); empty when unknown. */
    public Mono<BadgeState> badgeState(UUID id) {
        return badgeStates.findBadgeState(id);
    }

    /** {@link #badgeState} for several registrations at once, in no particular order; unknown ids are skipped. */
    public Flux<BadgeState> badgeStates(Collection<UUID> ids) {
        return ids.isEmpty() ? Flux.empty() : badgeStates.findBadgeStates(List.copyOf(ids));
    }

    /** Changes the delegate's details (never the e-mail); a new name on the badge revokes the old badge. */
    public Mono<Registration> change(String token, RegistrationChanges changes) {
        return byToken(token)
                .flatMap(found -> registrations.lock(found.id()))
                .flatMap(before -> {
                    if (!before.status().isLive()) {
                        return Mono.error(new ConflictException(
                                "registration-closed",
                                "This registration is " + before.status() + " and can no longer be changed."));
                    }
                    Registration after = changes.applyTo(before, rules);
                    boolean reissue = !after.badgeName().equals(before.badgeName());
                    Registration stored = reissue ? changes.withBadgeVersion(after, before.badgeVersion() + 1) : after;
                    return registrations
                            .updateDetails(stored, SearchText.forRegistration(stored))
                            .then(registrations.findById(before.id()))
                            .flatMap(updated -> domainEvents
                                    .publish(new RegistrationDetailsChanged(before, updated, reissue))
                                    .thenReturn(updated));
                })
                .as(tx::transactional)
                .flatMap(this::withPosition);
    }

    /** The delegate cancels; the seat goes to the first on the waiting list in the same transaction. */
    public Mono<Registration> cancel(String token) {
        return byToken(token).flatMap(found -> cancel(found.id(), RegistrationCancelled::new));
    }

    Mono<Registration> cancel(UUID id, java.util.function.Function<Registration, Object> announcement) {
        return registrations
                .lock(id)
                .flatMap(before -> {
                    if (!before.status().isLive()) {
                        return Mono.error(new ConflictException(
                                "already-cancelled",
                                "This registration is already "
                                        + before.status().name().toLowerCase() + "."));
                    }
                    return registrations
                            .setStatus(id, RegistrationStatus.CANCELLED)
                            .then(seats.release(id))
                            .then(seats.leaveSessions(id))
                            .then(events.find(before.eventId()))
                            .flatMap(event -> before.status().holdsSeat() ? waitingList.promote(event) : Mono.just(0))
                            .then(registrations.findById(id))
                            .flatMap(after -> domainEvents
                                    .publish(announcement.apply(after))
                                    .thenReturn(after));
                })
                .as(tx::transactional);
    }

    /**
     * An organiser cancels a live registration (for instance when revoking the invitation it came
     * through); the seat goes to the first on the waiting list, in the caller's transaction if there is one.
     */
    public Mono<Registration> cancelByOrganiser(UUID id, String reason) {
        return cancel(id, after -> new RegistrationCancelledByOrganiser(after, reason))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("No registration with id " + id + ".")));
    }

    /** Everyone registered through an invitation, in arrival order, whatever their status. */
    public Flux<Registration> ofInvitation(UUID invitationId) {
        return registrations.findByInvitation(invitationId).concatMap(this::withPosition);
    }

    /**
     * Sends the private link again to a live registration with that e-mail. Says nothing about whether
     * one exists, so the endpoint cannot be used to find out who registered.
     */
    public Mono<Void> resendLink(UUID eventId, String email) {
        String normalised = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
        return registrations
                .findLiveByEmail(eventId, normalised)
                .flatMap(r -> domainEvents.publish(new ManageLinkRequested(r)))
                .as(tx::transactional)
                .then();
    }

    /**
     * The registrations of this e-mail that a calendar feed shows: confirmed ones, and cancelled or declined ones,
     * which subscribed calendars must see as cancelled to remove them.
     */
    public Flux<Registration> forCalendarOf(String email) {
        return registrations.findForCalendarByEmail(email);
    }

    /** The current private link token of a registration (for the mails that carry it). */
    public String manageToken(Registration r) {
        return tokens.registration(r.id(), r.tokenVersion());
    }

    private RegistrationResult withTokenNow(RegistrationResult result) {
        return result.manageToken() != null
                ? result
                : new RegistrationResult(
                        result.id(), result.status(), tokens.registration(result.id(), 1), result.waitlistPosition());
    }

    private Mono<Registration> withPosition(Registration r) {
        return r.status() == RegistrationStatus.WAITLISTED
                ? registrations.waitlistPosition(r.eventId(), r.arrival()).map(r::withWaitlistPosition)
                : Mono.just(r);
    }

    static NotFoundException unknownToken() {
        return new NotFoundException("This private link is not valid (any more). Ask for your link to be sent again.");
    }
}
