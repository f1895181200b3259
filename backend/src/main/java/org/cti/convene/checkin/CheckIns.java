package org.cti.convene.checkin;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cti.convene.badges.BadgeClaim;
import org.cti.convene.badges.BadgeVerifier;
import org.cti.convene.badges.VerifiedBadge;
import org.cti.convene.checkin.Attendance.RecentScan;
import org.cti.convene.checkin.Attendance.SessionAttendance;
import org.cti.convene.common.StaffUser;
import org.cti.convene.events.Event;
import org.cti.convene.events.EventSession;
import org.cti.convene.events.Events;
import org.cti.convene.registration.AttendeeLists;
import org.cti.convene.registration.AttendeeQuery;
import org.cti.convene.registration.BadgeState;
import org.cti.convene.registration.RegistrationStatus;
import org.cti.convene.registration.Registrations;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Scans badges at the door and keeps count. A scan is answered in this order: the signature (no database),
 * the staff member's event scope, the registration's current badge version, the door's event, the person's
 * status, the session; then the presence is recorded, at most once per event and once per session whatever
 * the number of doors. Every scan, refused or not, goes to the scan trail with who scanned it and when.
 */
@Service
public class CheckIns {

    static final int LAST_SCANS = 20;

    private final BadgeVerifier verifier;
    private final Registrations registrations;
    private final AttendeeLists attendees;
    private final Events events;
    private final CheckInRepository repository;
    private final Clock clock;

    CheckIns(
            BadgeVerifier verifier,
            Registrations registrations,
            AttendeeLists attendees,
            Events events,
            CheckInRepository repository,
            Clock clock) {
        this.verifier = verifier;
        this.registrations = registrations;
        this.attendees = attendees;
        this.events = events;
        this.repository = repository;
        this.clock = clock;
    }

    /** One scan: what was scanned, by whom, and the claim inside once its signature checked out. */
    private record Attempt(ScanRequest request, StaffUser staff, BadgeClaim claim) {

        /** The event the scan is logged under: the badge's when known, otherwise the door's (may be null). */
        UUID event() {
            return claim != null ? claim.eventId() : request.eventId();
        }

        UUID registration() {
            return claim == null ? null : claim.registrationId();
        }

        Attempt withoutClaim() {
            return new Attempt(request, staff, null);
        }
    }

    /** Never fails for what a scanner may send: a bad payload is an {@code INVALID} answer, not an error. */
    public Mono<CheckInResult> scan(ScanRequest request, StaffUser staff) {
        return switch (verifier.verify(request.payload())) {
            case VerifiedBadge.Invalid invalid ->
                refuse(
                        new Attempt(request, staff, null),
                        CheckInOutcome.INVALID,
                        CheckInReason.of(invalid.reason()),
                        null);
            case VerifiedBadge.Valid valid -> check(new Attempt(request, staff, valid.claim()));
        };
    }

    private Mono<CheckInResult> check(Attempt attempt) {
        BadgeClaim claim = attempt.claim();
        if (!attempt.staff().mayWorkOn(claim.eventId())) {
            // the door learns nothing about an event its staff may not see, not even the name on the badge,
            // and that event's trail gets nothing either: the scan is logged at the door's event
            return refuse(attempt.withoutClaim(), CheckInOutcome.WRONG_EVENT, CheckInReason.OTHER_EVENT, null);
        }
        return registrations
                .badgeState(claim.registrationId())
                .filter(state -> state.eventId().equals(claim.eventId()))
                .flatMap(state -> decide(attempt, state))
                .switchIfEmpty(Mono.defer(
                        () -> refuse(attempt, CheckInOutcome.INVALID, CheckInReason.UNKNOWN_REGISTRATION, null)));
    }

    private Mono<CheckInResult> decide(Attempt attempt, BadgeState state) {
        ScannedPerson person = person(state);
        UUID event = attempt.claim().eventId();
        UUID door = attempt.request().eventId();
        UUID session = attempt.request().sessionId();
        if (attempt.claim().version() != state.badgeVersion()) {
            return refuse(attempt, CheckInOutcome.INVALID, CheckInReason.REVOKED, null);
        }
        if (door != null && !door.equals(event)) {
            // logged at the door's event, whose organisers need not see who is registered for the other one
            return refuse(attempt.withoutClaim(), CheckInOutcome.WRONG_EVENT, CheckInReason.OTHER_EVENT, person);
        }
        if (state.status() != RegistrationStatus.CONFIRMED) {
            return refuse(attempt, CheckInOutcome.NOT_CONFIRMED, CheckInReason.of(state.status()), person);
        }
        Mono<Boolean> sessionOfEvent = session == null
                ? Mono.just(true)
                : events.find(event).map(e -> e.sessions().stream().anyMatch(s -> s.id().equals(session)));
        return sessionOfEvent.flatMap(ok -> ok
                ? admit(attempt, person)
                : refuse(attempt, CheckInOutcome.WRONG_EVENT, CheckInReason.SESSION_OF_OTHER_EVENT, person));
    }

    private Mono<CheckInResult> admit(Attempt attempt, ScannedPerson person) {
        UUID registration = attempt.registration();
        UUID session = attempt.request().sessionId();
        return repository
                .admit(attempt.event(), registration, session, clock.instant(), attempt.staff())
                .switchIfEmpty(Mono.defer(() -> repository.presence(registration, session)))
                .map(presence -> new CheckInResult(
                        presence.fresh() ? CheckInOutcome.ADMITTED : CheckInOutcome.ALREADY_CHECKED_IN,
                        null,
                        person,
                        presence.at(),
                        presence.by()));
    }

    private Mono<CheckInResult> refuse(
            Attempt attempt, CheckInOutcome outcome, CheckInReason reason, ScannedPerson person) {
        CheckInResult refused = CheckInResult.refused(outcome, reason, person);
        return trailed(attempt)
                .flatMap(logged -> logged
                        ? repository
                                .logRefusal(
                                        attempt.event(),
                                        attempt.registration(),
                                        attempt.request().sessionId(),
                                        outcome,
                                        reason,
                                        clock.instant(),
                                        attempt.staff())
                                .thenReturn(refused)
                        : Mono.just(refused));
    }

    /**
     * Whether a refusal goes to the trail. A badge's event is known (its claim is signed); a door's is only what
     * the scanner sent: an event that does not exist, or that the staff member may not work on, gets no row, so
     * that nobody can fill the trail (and the audit log it feeds) of any id or of another event.
     */
    private Mono<Boolean> trailed(Attempt attempt) {
        UUID door = attempt.request().eventId();
        if (attempt.claim() != null || door == null) {
            return Mono.just(true);
        }
        if (!attempt.staff().mayWorkOn(door)) {
            return Mono.just(false);
        }
        return events.exists(door);
    }

    /** The event's attendance now; the caller checks that the staff member may see the event. */
    public Mono<Attendance> attendance(UUID eventId) {
        return events.find(eventId)
                .flatMap(event -> Mono.zip(
                                confirmed(eventId, null),
                                repository.presences(eventId),
                                sessions(event),
                                repository.scanTotals(eventId),
                                lastScans(eventId))
                        .map(t -> {
                            Map<UUID, Long> presences = t.getT2();
                            List<SessionAttendance> sessions = t.getT3().stream()
                                    .map(s -> new SessionAttendance(
                                            s.session().id(),
                                            s.session().title(),
                                            s.session().startsAt(),
                                            s.session().room(),
                                            s.signedUp(),
                                            presences.getOrDefault(s.session().id(), 0L)))
                                    .toList();
                            return new Attendance(
                                    eventId,
                                    t.getT1(),
                                    presences.getOrDefault(null, 0L),
                                    sessions,
                                    t.getT4(),
                                    t.getT5(),
                                    clock.instant());
                        }));
    }

    private record SignedUp(EventSession session, long signedUp) {}

    private Mono<List<SignedUp>> sessions(Event event) {
        return Flux.fromIterable(event.sessions())
                .sort(Comparator.comparing(EventSession::startsAt))
                .concatMap(s -> confirmed(event.id(), s.id()).map(n -> new SignedUp(s, n)))
                .collectList();
    }

    private Mono<Long> confirmed(UUID eventId, UUID sessionId) {
        return attendees.count(
                eventId, new AttendeeQuery(RegistrationStatus.CONFIRMED, null, null, sessionId, null, 0, 1));
    }

    private Mono<List<RecentScan>> lastScans(UUID eventId) {
        return repository.lastScans(eventId, LAST_SCANS).collectList().flatMap(scans -> {
            List<UUID> ids = scans.stream()
                    .map(CheckInRepository.LoggedScan::registrationId)
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .toList();
            return registrations
                    .badgeStates(ids)
                    .collectMap(BadgeState::registrationId, Function.identity())
                    .map(people -> scans.stream()
                            .map(s -> new RecentScan(
                                    s.at(),
                                    s.result(),
                                    s.reason(),
                                    s.sessionId(),
                                    s.registrationId() == null || !people.containsKey(s.registrationId())
                                            ? null
                                            : person(people.get(s.registrationId())),
                                    s.by()))
                            .collect(Collectors.toList()));
        });
    }

    private static ScannedPerson person(BadgeState state) {
        return new ScannedPerson(
                state.badgeName(), state.countryCode(), state.role().name(), state.organisation());
    }
}
