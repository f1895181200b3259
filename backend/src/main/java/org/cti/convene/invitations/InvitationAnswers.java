package org.cti.convene.invitations;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cti.convene.common.ConflictException;
import org.cti.convene.common.DomainEvents;
import org.cti.convene.common.FieldViolation;
import org.cti.convene.common.IdempotencyKeys;
import org.cti.convene.common.InputValidator;
import org.cti.convene.common.InvalidInputException;
import org.cti.convene.events.Events;
import org.cti.convene.registration.Admission;
import org.cti.convene.registration.RegistrationRequest;
import org.cti.convene.registration.RegistrationResult;
import org.cti.convene.registration.Registrations;
import org.cti.convene.registration.SeatReservations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The invitee's side, reached with the link's token: read the invitation (which marks it opened), accept
 * by registering people, or decline. Every answer locks the invitation row first, so concurrent answers on
 * one token are taken one at a time and the seat budget holds; a refused answer writes nothing.
 */
@Service
public class InvitationAnswers {

    static final int MAX_PEOPLE_PER_ANSWER = 100;

    private final InvitationRepository invitations;
    private final Events events;
    private final Registrations registrations;
    private final SeatReservations seats;
    private final IdempotencyKeys idempotency;
    private final DomainEvents domainEvents;
    private final TransactionalOperator tx;
    private final Clock clock;

    InvitationAnswers(
            InvitationRepository invitations,
            Events events,
            Registrations registrations,
            SeatReservations seats,
            IdempotencyKeys idempotency,
            DomainEvents domainEvents,
            TransactionalOperator tx,
            Clock clock) {
        this.invitations = invitations;
        this.events = events;
        this.registrations = registrations;
        this.seats = seats;
        this.idempotency = idempotency;
        this.domainEvents = domainEvents;
        this.tx = tx;
        this.clock = clock;
    }

    /** The invitation behind the token with its event and whom it registered; the first view marks it OPENED. */
    public Mono<InvitationView> open(String token, UUID eventId) {
        return Mono.fromCallable(() -> InvitationTokens.hashOf(token))
                .flatMap(invitations::findByTokenHash)
                .switchIfEmpty(Mono.error(InvitationTokens::unknown))
                .doOnNext(invitation -> refuseOtherEvent(invitation, eventId))
                .flatMap(invitation -> invitation.status() == InvitationStatus.SENT
                        ? invitations.markOpened(invitation.id()).then(invitations.findById(invitation.id()))
                        : Mono.just(invitation))
                .flatMap(this::view)
                .as(tx::transactional);
    }

    /**
     * Registers the people sent: exactly one for a person, up to the seats left for a delegation (in as
     * many visits as needed). A repeat with the same {@code Idempotency-Key} and body returns the first result.
     */
    public Mono<InvitationAnswer.Accepted> accept(
            String token, InvitationAnswer.Accept request, String idempotencyKey) {
        return Mono.fromCallable(() -> InvitationTokens.hashOf(token))
                .doOnNext(hash -> checkShape(request))
                .flatMap(invitations::lockByTokenHash)
                .switchIfEmpty(Mono.error(InvitationTokens::unknown))
                .flatMap(invitation -> idempotency.once(
                        "invitation-accept:" + invitation.id(),
                        idempotencyKey,
                        request,
                        InvitationAnswer.Accepted.class,
                        () -> register(invitation, request),
                        Mono::just))
                .as(tx::transactional)
                .flatMap(this::withManageTokens);
    }

    private Mono<InvitationAnswer.Accepted> register(Invitation invitation, InvitationAnswer.Accept request) {
        List<RegistrationRequest> people = request.registrations();
        refuseUnlessAnswerable(invitation, request.eventId(), "accepted");
        checkPeople(invitation, people);
        Admission admission = new Admission(
                invitation.id(),
                invitation.type() == InvitationType.DELEGATION ? invitation.id() : null,
                invitation.skipApproval());
        return events.find(invitation.eventId())
                .flatMap(event -> registrations.registerInvited(event, people, admission))
                .flatMap(made -> invitations
                        .recordAccepted(invitation.id(), made.size())
                        .then(invitations.findById(invitation.id()))
                        .flatMap(after -> domainEvents
                                .publish(new InvitationAccepted(
                                        after,
                                        made.stream()
                                                .map(RegistrationResult::id)
                                                .toList()))
                                .thenReturn(new InvitationAnswer.Accepted(
                                        made.stream()
                                                .map(InvitationAnswers::withoutToken)
                                                .toList(),
                                        after.seatsLeft()))));
    }

    /** Declines, with an optional reason; a delegation's reserved seats go back to everyone at once. */
    public Mono<InvitationView> decline(String token, InvitationAnswer.Decline request) {
        String reason =
                request == null || request.reason() == null || request.reason().isBlank()
                        ? null
                        : request.reason().strip();
        if (reason != null && reason.length() > 2000) {
            return Mono.error(new InvalidInputException("reason", "Size", "must be at most 2000 characters", 2000, 0));
        }
        return Mono.fromCallable(() -> InvitationTokens.hashOf(token))
                .flatMap(invitations::lockByTokenHash)
                .switchIfEmpty(Mono.error(InvitationTokens::unknown))
                .flatMap(invitation -> {
                    refuseUnlessAnswerable(invitation, request == null ? null : request.eventId(), "declined");
                    if (invitation.status() == InvitationStatus.ACCEPTED) {
                        throw new ConflictException(
                                "invitation-accepted",
                                "This invitation was accepted; to withdraw, "
                                        + "cancel each registration with its private link.");
                    }
                    return invitations
                            .recordDeclined(invitation.id(), reason)
                            .then(
                                    invitation.type() == InvitationType.DELEGATION
                                            ? seats.release(invitation.eventId(), invitation.id())
                                                    .then()
                                            : Mono.empty())
                            .then(invitations.findById(invitation.id()))
                            .flatMap(after -> domainEvents
                                    .publish(new InvitationDeclined(after))
                                    .thenReturn(after));
                })
                .flatMap(this::view)
                .as(tx::transactional);
    }

    /**
     * A delegation that accepted gives back the seats it will not use: the invitation keeps the seats its
     * registrations hold, the others go to the waiting list or to everyone. Refused before an answer (decline
     * instead) and when nothing is left to give back.
     */
    public Mono<InvitationView> giveBackSeats(String token) {
        return Mono.fromCallable(() -> InvitationTokens.hashOf(token))
                .flatMap(invitations::lockByTokenHash)
                .switchIfEmpty(Mono.error(InvitationTokens::unknown))
                .flatMap(invitation -> {
                    if (invitation.type() != InvitationType.DELEGATION
                            || invitation.status() != InvitationStatus.ACCEPTED
                            || invitation.seatsLeft() <= 0) {
                        throw new ConflictException(
                                "no-seats-to-give-back",
                                "Only an accepted delegation invitation with seats left can give them back.");
                    }
                    int returned = invitation.seatsLeft() - (invitation.seatsUsed() == 0 ? 1 : 0);
                    return invitations
                            .shrinkToUsed(invitation.id(), clock.instant())
                            .then(seats.releaseUnused(invitation.eventId(), invitation.id()))
                            .then(invitations.findById(invitation.id()))
                            .flatMap(after -> domainEvents
                                    .publish(new InvitationSeatsReturned(after, returned))
                                    .thenReturn(after));
                })
                .flatMap(this::view)
                .as(tx::transactional);
    }

    private Mono<InvitationView> view(Invitation invitation) {
        return Mono.zip(
                        events.find(invitation.eventId()),
                        registrations.ofInvitation(invitation.id()).collectList())
                .map(t -> InvitationView.of(
                        invitation, answerable(invitation) && invitation.seatsLeft() > 0, t.getT1(), t.getT2()));
    }

    private boolean answerable(Invitation invitation) {
        return (invitation.status().awaitsAnswer() || invitation.status() == InvitationStatus.ACCEPTED)
                && !invitation.expiredAt(clock.instant());
    }

    private void refuseUnlessAnswerable(Invitation invitation, UUID eventId, String what) {
        refuseOtherEvent(invitation, eventId);
        switch (invitation.status()) {
            case REVOKED ->
                throw new ConflictException(
                        "invitation-revoked",
                        "The organisers have withdrawn this invitation; it can no longer be " + what + ".");
            case DECLINED ->
                throw new ConflictException(
                        "invitation-declined", "This invitation was declined; it can no longer be " + what + ".");
            default -> {
                // SENT, OPENED, ACCEPTED or EXPIRED: the deadline decides
            }
        }
        if (invitation.expiredAt(clock.instant())) {
            throw new ConflictException(
                    "invitation-expired",
                    "This invitation expired on "
                            + DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
                                    .format(invitation.expiresAt().atZone(ZoneId.of("UTC")))
                            + "; it can no longer be " + what + ". Ask the organisers to extend it.");
        }
    }

    private static void refuseOtherEvent(Invitation invitation, UUID eventId) {
        if (eventId != null && !eventId.equals(invitation.eventId())) {
            throw new ConflictException(
                    "invitation-for-another-event", "This invitation is for another event; nothing was registered.");
        }
    }

    private static void checkShape(InvitationAnswer.Accept request) {
        if (request == null
                || request.registrations() == null
                || request.registrations().isEmpty()) {
            throw new InvalidInputException("registrations", "NotEmpty", "must list at least one person to register");
        }
        if (request.registrations().size() > MAX_PEOPLE_PER_ANSWER) {
            throw new InvalidInputException(
                    "registrations",
                    "Size",
                    "must list at most " + MAX_PEOPLE_PER_ANSWER + " people",
                    MAX_PEOPLE_PER_ANSWER,
                    1);
        }
        for (int i = 0; i < request.registrations().size(); i++) {
            if (request.registrations().get(i) == null) {
                throw new InvalidInputException("registrations[" + i + "]", "NotNull", "must be a registration");
            }
        }
    }

    private static void checkPeople(Invitation invitation, List<RegistrationRequest> people) {
        if (invitation.type() == InvitationType.PERSON && people.size() != 1) {
            throw new InvalidInputException(
                    "registrations", "personal", "must list exactly one person: this invitation is personal");
        }
        if (people.size() > invitation.seatsLeft()) {
            throw new ConflictException(
                    "invitation-seats-used",
                    "This invitation has " + invitation.seatsLeft()
                            + " of its " + invitation.seats() + (invitation.seats() == 1 ? " seat" : " seats")
                            + " left; " + people.size() + (people.size() == 1 ? " person was" : " people were")
                            + " sent. Nothing was registered.");
        }
        if (invitation.type() == InvitationType.DELEGATION) {
            List<FieldViolation> v = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                if (!invitation.countryCode().equals(people.get(i).countryCode())) {
                    v.add(FieldViolation.of(
                            "registrations[" + i + "].countryCode",
                            "delegation-country",
                            "must be the delegation's country, " + invitation.countryCode(),
                            invitation.countryCode()));
                }
            }
            InputValidator.refuseIfAny(v);
        }
    }

    /** Manage tokens are never stored (not even for idempotent replays); they are derived again here. */
    private Mono<InvitationAnswer.Accepted> withManageTokens(InvitationAnswer.Accepted accepted) {
        return Flux.fromIterable(accepted.registrations())
                .concatMap(r -> registrations
                        .find(r.id())
                        .map(found -> new RegistrationResult(
                                r.id(), r.status(), registrations.manageToken(found), r.waitlistPosition())))
                .collectList()
                .map(list -> new InvitationAnswer.Accepted(list, accepted.seatsLeft()));
    }

    private static RegistrationResult withoutToken(RegistrationResult r) {
        return new RegistrationResult(r.id(), r.status(), null, r.waitlistPosition());
    }
}
