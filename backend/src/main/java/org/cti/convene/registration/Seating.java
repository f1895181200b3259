package org.cti.convene.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.cti.convene.common.ConflictException;
import org.cti.convene.common.DomainEvents;
import org.cti.convene.events.Event;
import org.cti.convene.events.EventSession;
import org.cti.convene.events.RevisedEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Takes seats for one person or a whole delegation, inside the caller's transaction: all of them get a
 * seat, or all of them wait, or (without a waiting list) the request is refused and nothing is written.
 */
@Component
class Seating {

    private final RegistrationRepository registrations;
    private final SeatRepository seats;
    private final SeatClaims claims;
    private final ManageTokens tokens;
    private final DomainEvents domainEvents;
    private final Clock clock;
    private final String consentVersion;

    Seating(
            RegistrationRepository registrations,
            SeatRepository seats,
            SeatClaims claims,
            ManageTokens tokens,
            DomainEvents domainEvents,
            Clock clock,
            @Value("${convene.privacy.notice-version:2026-11}") String consentVersion) {
        this.registrations = registrations;
        this.seats = seats;
        this.claims = claims;
        this.tokens = tokens;
        this.domainEvents = domainEvents;
        this.clock = clock;
        this.consentVersion = consentVersion;
    }

    record Seated(Registration registration, String manageToken) {
        RegistrationResult result() {
            return new RegistrationResult(
                    registration.id(), registration.status(), manageToken, registration.waitlistPosition());
        }
    }

    Mono<List<Seated>> seat(Event event, List<RegistrationRequest> people, Admission admission, UUID delegationId) {
        int wanted = people.size();
        return seats.lockFree(event.id(), event.capacity(), wanted, admission.reservedFor())
                .flatMap(free -> {
                    RegistrationStatus status;
                    if (free.size() == wanted) {
                        status = event.approvalRequired() && !admission.skipApproval()
                                ? RegistrationStatus.PENDING_APPROVAL
                                : RegistrationStatus.CONFIRMED;
                    } else if (admission.reservedFor() != null) {
                        return Mono.error(new ConflictException(
                                "invitation-seats-used",
                                "This invitation has no seats left for " + wanted + " more "
                                        + (wanted == 1 ? "person." : "people.")));
                    } else if (event.waitlist()) {
                        status = RegistrationStatus.WAITLISTED;
                    } else {
                        return Mono.error(new ConflictException("event-full", "This event is full."));
                    }
                    Instant now = clock.instant();
                    List<Seated> seated = new ArrayList<>();
                    for (RegistrationRequest p : people) {
                        Registration r = newRegistration(event, p, status, delegationId, admission.invitationId(), now);
                        seated.add(new Seated(r, tokens.registration(r.id(), 1)));
                    }
                    return Flux.range(0, seated.size())
                            .concatMap(i -> insert(event, seated.get(i), status.holdsSeat() ? free.get(i) : null))
                            .collectList();
                });
    }

    /**
     * One person through the public form, on the event as {@code current} decided it: seat claim, row and seat in
     * one statement, or a place on the waiting list in a second. Empty when the event's revision moved on (the
     * caller reloads it and decides again); nothing is written then.
     */
    Mono<Seated> seatOne(RevisedEvent current, RegistrationRequest p) {
        Event event = current.event();
        RegistrationStatus seatedStatus =
                event.approvalRequired() ? RegistrationStatus.PENDING_APPROVAL : RegistrationStatus.CONFIRMED;
        Registration r = newRegistration(event, p, seatedStatus, null, null, clock.instant());
        String token = tokens.registration(r.id(), 1);
        byte[] hash = ManageTokens.hash(token);
        String search = SearchText.forRegistration(r);
        int start = event.capacity() <= 1 ? 1 : ThreadLocalRandom.current().nextInt(1, event.capacity() + 1);
        return claims.claim(r, hash, search, current.revision(), start)
                .onErrorMap(DuplicateKeyException.class, e -> alreadyRegistered(r.email()))
                .flatMap(claim -> switch (claim) {
                    case SeatClaims.Claim.Stale stale -> Mono.<Registration>empty();
                    case SeatClaims.Claim.Seated seated -> Mono.just(r.placed(seatedStatus, seated.arrival(), null));
                    case SeatClaims.Claim.NoSeat none -> {
                        if (!event.waitlist()) {
                            yield Mono.error(new ConflictException("event-full", "This event is full."));
                        }
                        Registration waiting = r.placed(RegistrationStatus.WAITLISTED, 0, null);
                        yield claims.wait(waiting, hash, search, current.revision())
                                .onErrorMap(DuplicateKeyException.class, e -> alreadyRegistered(r.email()))
                                .flatMap(w -> w.stale()
                                        ? Mono.<Registration>empty()
                                        : Mono.just(waiting.placed(
                                                RegistrationStatus.WAITLISTED, w.arrival(), w.position())));
                    }
                })
                .flatMap(stored -> signUpForSessions(event, stored).then(announce(stored, token)));
    }

    /** The replacement of a delegate: same status and place in the waiting list, no new seat claimed. */
    Mono<Seated> substitute(Event event, Registration old, RegistrationRequest p) {
        Registration r =
                newRegistration(event, p, old.status(), old.delegationId(), old.invitationId(), clock.instant());
        UUID id = r.id();
        String token = tokens.registration(id, 1);
        return registrations
                .insert(r, ManageTokens.hash(token), SearchText.forRegistration(r))
                .onErrorMap(DuplicateKeyException.class, e -> alreadyRegistered(r.email()))
                .then(registrations.keepArrival(id, old.arrival()))
                .then(signUpForSessions(event, r))
                .then(registrations.findById(id))
                .map(stored -> new Seated(stored, token));
    }

    private Mono<Seated> insert(Event event, Seated s, Integer seatNo) {
        Registration r = s.registration();
        boolean waiting = r.status() == RegistrationStatus.WAITLISTED;
        Mono<Void> seat = seatNo == null ? Mono.empty() : seats.assign(event.id(), seatNo, r.id());
        return (waiting ? claims.queueOnWaitingList(event.id()) : Mono.<Void>empty())
                .then(registrations.insert(r, ManageTokens.hash(s.manageToken()), SearchText.forRegistration(r)))
                .onErrorMap(DuplicateKeyException.class, e -> alreadyRegistered(r.email()))
                .then(seat)
                .then(signUpForSessions(event, r))
                .then(registrations.findById(r.id()))
                .flatMap(stored -> waiting
                        ? registrations
                                .waitlistPosition(event.id(), stored.arrival())
                                .map(stored::withWaitlistPosition)
                        : Mono.just(stored))
                .flatMap(stored -> announce(stored, s.manageToken()));
    }

    /** Announces the new registration (its mail and audit entry are written in the same transaction). */
    private Mono<Seated> announce(Registration stored, String token) {
        return domainEvents.publish(announcement(stored)).thenReturn(new Seated(stored, token));
    }

    /** A new registration with nothing stored yet: the database gives its arrival number when it is written. */
    private Registration newRegistration(
            Event event,
            RegistrationRequest p,
            RegistrationStatus status,
            UUID delegationId,
            UUID invitationId,
            Instant now) {
        return new Registration(
                UUID.randomUUID(),
                event.id(),
                status,
                blank(p.honorific()),
                p.givenName().strip(),
                p.familyName().strip(),
                p.effectiveBadgeName(),
                blank(p.function()),
                blank(p.organisation()),
                p.countryCode(),
                p.normalisedEmail(),
                blank(p.phone()),
                p.language(),
                p.effectiveRole(),
                blank(p.dietary()),
                blank(p.accessibility()),
                Boolean.TRUE.equals(p.visaLetter()),
                now,
                consentVersion,
                1,
                delegationId,
                invitationId,
                p.sessionsOrEmpty(),
                null,
                now,
                now,
                0,
                1);
    }

    private Mono<Void> signUpForSessions(Event event, Registration r) {
        return Flux.fromIterable(r.sessionIds())
                .concatMap(sessionId -> {
                    EventSession session = event.sessions().stream()
                            .filter(s -> s.id().equals(sessionId))
                            .findFirst()
                            .orElseThrow();
                    if (session.capacity() == null || !r.status().holdsSeat()) {
                        return seats.signUp(sessionId, r.id());
                    }
                    return seats.lockSession(sessionId)
                            .then(seats.sessionTaken(sessionId))
                            .flatMap(taken -> taken >= session.capacity()
                                    ? Mono.error(new ConflictException(
                                            "session-full",
                                            "The session \"" + session.titleIn(r.language()) + "\" is full."))
                                    : seats.signUp(sessionId, r.id()));
                })
                .then();
    }

    static ConflictException alreadyRegistered(String email) {
        return new ConflictException(
                "already-registered",
                "The e-mail " + email + " is already registered for this event. To receive your private link "
                        + "again, use \"Send my link again\" (POST /api/v1/events/{id}/registrations/resend-link).",
                email);
    }

    private static Object announcement(Registration r) {
        return switch (r.status()) {
            case CONFIRMED -> new RegistrationConfirmed(r);
            case PENDING_APPROVAL -> new RegistrationPendingApproval(r);
            case WAITLISTED -> new RegistrationWaitlisted(r);
            default -> throw new IllegalStateException("a new registration cannot be " + r.status());
        };
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
