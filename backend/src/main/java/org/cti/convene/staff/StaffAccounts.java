package org.cti.convene.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.cti.convene.common.ConflictException;
import org.cti.convene.common.DomainEvents;
import org.cti.convene.common.InputValidator;
import org.cti.convene.common.InvalidInputException;
import org.cti.convene.common.NotFoundException;
import org.cti.convene.common.StaffRole;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Staff accounts as administrators manage them: invite a colleague with a role and the events they may work
 * on, change that, disable and re-enable. There is always at least one enabled administrator.
 */
@Service
public class StaffAccounts {

    private final StaffAccountRepository accounts;
    private final StaffLinks links;
    private final SessionRepository sessions;
    private final InputValidator validator;
    private final PasswordEncoder passwords;
    private final DomainEvents events;
    private final TransactionalOperator tx;
    private final Clock clock;

    StaffAccounts(
            StaffAccountRepository accounts,
            StaffLinks links,
            SessionRepository sessions,
            InputValidator validator,
            PasswordEncoder passwords,
            DomainEvents events,
            TransactionalOperator tx,
            Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.sessions = sessions;
        this.validator = validator;
        this.passwords = passwords;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    public Flux<StaffAccount> list() {
        return accounts.list().map(StaffAccountRepository.Stored::account);
    }

    public Mono<StaffAccount> find(UUID id) {
        return stored(id).map(StaffAccountRepository.Stored::account);
    }

    /** Creates an invited account and mails the colleague a link to choose their password. */
    public Mono<StaffAccount> invite(StaffInvitation invitation) {
        InputValidator.refuseIfAny(validator.violations(invitation));
        refuseScopedAdministrator(invitation.role(), invitation.eventIds());
        var account = new StaffAccountRepository.NewAccount(
                UUID.randomUUID(),
                normalise(invitation.email()),
                invitation.name().strip(),
                null,
                invitation.role(),
                invitation.eventIds(),
                invitation.language() == null ? "en" : invitation.language(),
                clock.instant());
        Mono<StaffAccount> created = accounts.insert(account)
                .flatMap(inserted -> inserted
                        ? stored(account.id())
                        : Mono.error(new ConflictException(
                                "staff-exists", "A member of staff already has the address " + account.email() + ".")))
                .flatMap(stored -> links.create(stored.id(), StaffLinkPurpose.INVITATION)
                        .flatMap(link -> events.publish(new StaffEvents.Invited(stored.account(), link)))
                        .thenReturn(stored.account()));
        return created.as(tx::transactional)
                .onErrorMap(DataIntegrityViolationException.class, StaffAccounts::unknownEvent);
    }

    /** A new invitation link (the old one stops working) for an account that has not chosen a password. */
    public Mono<StaffAccount> resendInvitation(UUID id) {
        Mono<StaffAccount> resent = stored(id).flatMap(stored -> {
            if (stored.status() != StaffStatus.INVITED) {
                return Mono.error(new ConflictException(
                        "staff-not-invited", "This account has a password already; send a password reset instead."));
            }
            return links.create(id, StaffLinkPurpose.INVITATION)
                    .flatMap(link -> accounts.markInvited(id, clock.instant())
                            .then(events.publish(new StaffEvents.Invited(stored.account(), link))))
                    .thenReturn(stored.account());
        });
        return resent.as(tx::transactional);
    }

    /**
     * Changes role, scope or status. Disabling ends the account's sessions at once; a narrower role or scope
     * applies from the next request, since every request reads the account.
     */
    public Mono<StaffAccount> change(UUID id, StaffChange change) {
        InputValidator.refuseIfAny(validator.violations(change));
        Mono<StaffAccount> changed = accounts.lockActiveAdministrators()
                .flatMap(admins -> stored(id).flatMap(before -> {
                    StaffRole role = change.role() == null ? before.role() : change.role();
                    Set<UUID> scope = change.eventIds() == null
                            ? (before.allEvents() ? Set.of() : before.eventIds())
                            : Set.copyOf(change.eventIds());
                    boolean enabled = change.enabled() == null ? before.enabled() : change.enabled();
                    refuseScopedAdministrator(role, scope);
                    boolean losesAdmin = before.role() == StaffRole.ADMIN
                            && before.status() == StaffStatus.ACTIVE
                            && (role != StaffRole.ADMIN || !enabled);
                    if (losesAdmin && admins <= 1) {
                        return Mono.error(new ConflictException(
                                "last-administrator",
                                "The last administrator cannot be disabled or given another role."));
                    }
                    Instant now = clock.instant();
                    Mono<Void> write = accounts.update(id, role, enabled, now)
                            .then(change.eventIds() == null ? Mono.empty() : accounts.replaceScope(id, scope))
                            .then(enabled ? Mono.empty() : sessions.closeAll(id));
                    return write.then(stored(id))
                            .flatMap(after -> events.publish(new StaffEvents.Changed(before.account(), after.account()))
                                    .thenReturn(after.account()));
                }));
        return changed.as(tx::transactional)
                .onErrorMap(DataIntegrityViolationException.class, StaffAccounts::unknownEvent);
    }

    /** Creates an active account unless one has that e-mail (start-up administrator, demo data, tests). */
    public Mono<Boolean> createIfAbsent(
            String email, String name, String rawPassword, StaffRole role, Set<UUID> onlyEvents) {
        return Mono.fromCallable(() -> passwords.encode(rawPassword))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(hash -> accounts.insert(new StaffAccountRepository.NewAccount(
                        UUID.randomUUID(),
                        normalise(email),
                        name,
                        hash,
                        role,
                        Set.copyOf(onlyEvents),
                        "en",
                        clock.instant())))
                .as(tx::transactional);
    }

    public Mono<Boolean> exists(String email) {
        return accounts.findByEmail(normalise(email)).hasElement();
    }

    private Mono<StaffAccountRepository.Stored> stored(UUID id) {
        return accounts.find(id)
                .switchIfEmpty(Mono.error(new NotFoundException("No member of staff with id " + id + ".")));
    }

    private static void refuseScopedAdministrator(StaffRole role, Set<UUID> eventIds) {
        if (role == StaffRole.ADMIN && !eventIds.isEmpty()) {
            throw new InvalidInputException(
                    "eventIds", "admin-unscoped", "An administrator works on every event; leave eventIds empty.");
        }
    }

    private static Throwable unknownEvent(DataIntegrityViolationException e) {
        return new InvalidInputException("eventIds", "unknown-event", "One of the events does not exist.");
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
