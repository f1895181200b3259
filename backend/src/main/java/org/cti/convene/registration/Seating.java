package org.cti.convene.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cti.convene.common.ConflictException;
import org.cti.convene.common.DomainEvents;
import org.cti.convene.events.Event;
import org.cti.convene.events.EventSession;
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
    private final ManageTokens tokens;
    private final DomainEvents domainEvents;
    private final Clock clock;
    private final String consentVersion;

    Seating(
            RegistrationRepository registrations,
            SeatRepository seats,
            ManageTokens tokens,
            DomainEvents domainEvents,
            Clock clock,
            @Value("${convene.privacy.notice-version:2026-11}") String consentVersion) {
        this.registrations = registrations;
        this.seats = seats;
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
                        UUID id = UUID.randomUUID();
                        Registration r = new Registration(
                                id,
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
                                admission.invitationId(),
                                p.sessionsOrEmpty(),
                                null,
                                now,
                                now,
                                0,
                                1);
                        seated.add(new Seated(r, tokens.registration(id, 1)));
                    }
                    return Flux.range(0, seated.size())
                            .concatMap(i -> insert(event, seated.get(i), status.holdsSeat() ? free.get(i) : null))
                            .collectList();
                });
    }

    /** The replacement of a delegate: same status and place in the waiting list, no new seat claimed. */
    Mono<Seated> substitute(Event event, Registration old, RegistrationRequest p) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        Registration r = new Registration(
                id,
                event.id(),
                old.status(),
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
                old.delegationId(),
                old.invitationId(),
                p.sessionsOrEmpty(),
                null,
                now,
                now,
                old.arrival(),
                1);
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
        Mono<Void> seat = seatNo == null ? Mono.empty() : seats.assign(event.id(), seatNo, r.id());
        return registrations
                .insert(r, ManageTokens.hash(s.manageToken()), SearchText.forRegistration(r))
                .onErrorMap(DuplicateKeyException.class, e -> alreadyRegistered(r.email()))
                .then(seat)
                .then(signUpForSessions(event, r))
                .then(registrations.findById(r.id()))
                .flatMap(stored -> stored.status() == RegistrationStatus.WAITLISTED
                        ? registrations
                                .waitlistPosition(event.id(), stored.arrival())
                                .map(stored::withWaitlistPosition)
                        : Mono.just(stored))
                .flatMap(stored ->
                        domainEvents.publish(announcement(stored)).thenReturn(new Seated(stored, s.manageToken())));
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
