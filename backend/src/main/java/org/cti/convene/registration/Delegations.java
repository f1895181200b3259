package org.cti.convene.registration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cti.convene.common.DomainEvents;
import org.cti.convene.common.FieldViolation;
import org.cti.convene.common.IdempotencyKeys;
import org.cti.convene.common.InputValidator;
import org.cti.convene.common.NotFoundException;
import org.cti.convene.events.Events;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Heads of delegation register a State's delegates together, manage them and substitute one for another. */
@Service
public class Delegations {

    private final Events events;
    private final DelegationRepository delegations;
    private final RegistrationRepository registrations;
    private final SeatRepository seats;
    private final Seating seating;
    private final RegistrationRules rules;
    private final Registrations single;
    private final ManageTokens tokens;
    private final InputValidator validator;
    private final IdempotencyKeys idempotency;
    private final DomainEvents domainEvents;
    private final TransactionalOperator tx;
    private final Clock clock;

    Delegations(
            Events events,
            DelegationRepository delegations,
            RegistrationRepository registrations,
            SeatRepository seats,
            Seating seating,
            RegistrationRules rules,
            Registrations single,
            ManageTokens tokens,
            InputValidator validator,
            IdempotencyKeys idempotency,
            DomainEvents domainEvents,
            TransactionalOperator tx,
            Clock clock) {
        this.events = events;
        this.delegations = delegations;
        this.registrations = registrations;
        this.seats = seats;
        this.seating = seating;
        this.rules = rules;
        this.single = single;
        this.tokens = tokens;
        this.validator = validator;
        this.idempotency = idempotency;
        this.domainEvents = domainEvents;
        this.tx = tx;
        this.clock = clock;
    }

    public Mono<DelegationResult> register(UUID eventId, DelegationRequest request, String idempotencyKey) {
        return events.find(eventId)
                .doOnNext(event -> {
                    rules.checkOpen(event, Admission.PUBLIC, clock.instant());
                    List<FieldViolation> v = new ArrayList<>(validator.violations(request));
                    InputValidator.refuseIfAny(v);
                    for (int i = 0; i < request.delegates().size(); i++) {
                        RegistrationRequest d = request.delegates().get(i);
                        rules.checkInput(event, d, "delegates[" + i + "].");
                        if (!request.countryCode().equals(d.countryCode())) {
                            v.add(FieldViolation.of(
                                    "delegates[" + i + "].countryCode",
                                    "delegation-country",
                                    "must be the delegation's country, " + request.countryCode(),
                                    request.countryCode()));
                        }
                    }
                    InputValidator.refuseIfAny(v);
                })
                .flatMap(event -> idempotency
                        .once(
                                "delegation:" + eventId,
                                idempotencyKey,
                                request,
                                DelegationResult.class,
                                () -> {
                                    UUID id = UUID.randomUUID();
                                    String token = tokens.delegation(id, 1);
                                    return delegations
                                            .insert(id, eventId, request, ManageTokens.hash(token))
                                            .then(domainEvents.publish(new DelegationLinkRequested(
                                                    id,
                                                    eventId,
                                                    request.head().name().strip(),
                                                    request.head()
                                                            .email()
                                                            .strip()
                                                            .toLowerCase(java.util.Locale.ROOT),
                                                    request.head().language(),
                                                    false)))
                                            .then(seating.seat(event, request.delegates(), Admission.PUBLIC, id))
                                            .map(seated -> new DelegationResult(
                                                    id,
                                                    seated.getFirst()
                                                            .registration()
                                                            .status(),
                                                    null,
                                                    seated.stream()
                                                            .map(s -> s.result().withoutToken())
                                                            .toList()));
                                },
                                Mono::just)
                        .as(tx::transactional))
                .map(this::withTokens);
    }

    /** The current private link token of a delegation (for the mail that carries it). */
    public String manageToken(UUID delegationId) {
        return tokens.delegation(delegationId, 1);
    }

    /**
     * Sends the private link again to the head of any delegation of the event with that e-mail; says nothing
     * about whether there is one.
     */
    public Mono<Void> resendLink(UUID eventId, String email) {
        String normalised = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
        return delegations
                .byHeadEmail(eventId, normalised)
                .concatMap(domainEvents::publish)
                .then()
                .as(tx::transactional);
    }

    public Mono<Delegation> byToken(String token) {
        return byTokenLocked(token).as(tx::transactional);
    }

    /** Replaces a delegate: the newcomer takes over the seat (or the place on the waiting list). */
    public Mono<RegistrationResult> substitute(String token, SubstitutionRequest request) {
        InputValidator.refuseIfAny(validator.violations(request));
        return byTokenLocked(token)
                .flatMap(delegation -> {
                    Registration old = delegation.delegates().stream()
                            .filter(r -> r.id().equals(request.registrationId())
                                    && r.status().isLive())
                            .findFirst()
                            .orElse(null);
                    if (old == null) {
                        return Mono.error(new NotFoundException(
                                "No current delegate with id " + request.registrationId() + " in this delegation."));
                    }
                    if (!delegation.countryCode().equals(request.replacement().countryCode())) {
                        return Mono.error(new org.cti.convene.common.InvalidInputException(
                                "replacement.countryCode",
                                "must be the delegation's country, " + delegation.countryCode()));
                    }
                    return events.find(delegation.eventId()).flatMap(event -> {
                        rules.checkInput(event, request.replacement(), "replacement.");
                        return registrations
                                .setStatus(old.id(), RegistrationStatus.CANCELLED)
                                .then(seating.substitute(event, old, request.replacement()))
                                .flatMap(seated -> seats.transfer(
                                                old.id(), seated.registration().id())
                                        .then(seats.leaveSessions(old.id()))
                                        .then(registrations.markSubstituted(
                                                old.id(), seated.registration().id()))
                                        .then(registrations.findById(old.id()))
                                        .flatMap(replaced -> domainEvents.publish(
                                                new RegistrationSubstituted(replaced, seated.registration())))
                                        .thenReturn(seated.result()));
                    });
                })
                .as(tx::transactional);
    }

    /** The head cancels one delegate; the seat goes to the waiting list. */
    public Mono<Registration> cancelDelegate(String token, UUID registrationId) {
        return byTokenLocked(token)
                .flatMap(delegation -> delegation.delegates().stream().anyMatch(r -> r.id().equals(registrationId))
                        ? single.cancel(registrationId, RegistrationCancelled::new)
                        : Mono.error(new NotFoundException("No delegate with id " + registrationId + " here.")))
                .as(tx::transactional);
    }

    private Mono<Delegation> byTokenLocked(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Mono.error(Registrations.unknownToken());
        }
        return delegations
                .lockByTokenHash(ManageTokens.hash(token))
                .switchIfEmpty(Mono.error(Registrations::unknownToken))
                .flatMap(d -> registrations
                        .findByDelegation(d.id())
                        .collectList()
                        .map(list -> new Delegation(
                                d.id(),
                                d.eventId(),
                                d.countryCode(),
                                d.headName(),
                                d.headEmail(),
                                d.headLanguage(),
                                list)));
    }

    private DelegationResult withTokens(DelegationResult r) {
        return new DelegationResult(
                r.delegationId(),
                r.status(),
                tokens.delegation(r.delegationId(), 1),
                r.registrations().stream()
                        .map(x -> new RegistrationResult(
                                x.id(), x.status(), tokens.registration(x.id(), 1), x.waitlistPosition()))
                        .toList());
    }
}
