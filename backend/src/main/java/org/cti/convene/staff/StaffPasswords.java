package org.cti.convene.staff;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.cti.convene.common.ConflictException;
import org.cti.convene.common.DomainEvents;
import org.cti.convene.common.InvalidInputException;
import org.cti.convene.common.NotFoundException;
import org.cti.convene.common.RateLimits;
import org.cti.convene.common.StaffUser;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Choosing passwords: through an invitation or reset link, or signed in. A new password ends every session of
 * the account but the one that chose it is asked to sign in again, so a stolen session dies with the old
 * password.
 */
@Service
public class StaffPasswords {

    /** Who a valid link is for, for the page that asks for the password. */
    public record LinkHolder(String email, String name, StaffLinkPurpose purpose) {}

    /** Reset mails per address: a stranger cannot bury a colleague's inbox in them. */
    static final RateLimits.Limit RESET_MAILS = new RateLimits.Limit("password-reset", 3, Duration.ofMinutes(15));

    private final StaffAccountRepository accounts;
    private final RateLimits limits;
    private final StaffLinks links;
    private final SessionRepository sessions;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final DomainEvents events;
    private final TransactionalOperator tx;
    private final Clock clock;

    StaffPasswords(
            StaffAccountRepository accounts,
            StaffLinks links,
            SessionRepository sessions,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            DomainEvents events,
            TransactionalOperator tx,
            Clock clock,
            RateLimits limits) {
        this.limits = limits;
        this.accounts = accounts;
        this.links = links;
        this.sessions = sessions;
        this.policy = policy;
        this.encoder = encoder;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Mails a reset link if an enabled account has that address, and does nothing otherwise: the caller's
     * answer is the same either way, so nobody learns who has an account.
     */
    public Mono<Void> requestReset(String email) {
        String normalised = StaffAccounts.normalise(email);
        if (!limits.wait(RESET_MAILS, normalised).isZero()) {
            return Mono.empty(); // a fourth request within the quarter hour sends nothing, and says so to nobody
        }
        limits.take(RESET_MAILS, normalised);
        return accounts.findByEmail(normalised)
                .filter(StaffAccountRepository.Stored::enabled)
                .flatMap(this::sendReset)
                .then();
    }

    /** An administrator sends a reset link to a colleague. */
    public Mono<Void> sendReset(UUID accountId) {
        return accounts.find(accountId)
                .switchIfEmpty(Mono.error(new NotFoundException("No member of staff with id " + accountId + ".")))
                .flatMap(stored -> stored.enabled()
                        ? sendReset(stored)
                        : Mono.error(new ConflictException("staff-disabled", "Enable the account first.")));
    }

    private Mono<Void> sendReset(StaffAccountRepository.Stored stored) {
        return links.create(stored.id(), StaffLinkPurpose.PASSWORD_RESET)
                .flatMap(link -> events.publish(new StaffEvents.PasswordResetRequested(stored.account(), link)))
                .as(tx::transactional);
    }

    /** Who the link is for, if it is open. */
    public Mono<LinkHolder> holder(String token) {
        return links.find(token)
                .flatMap(open -> accounts.find(open.accountId())
                        .filter(StaffAccountRepository.Stored::enabled)
                        .map(a -> new LinkHolder(a.email(), a.name(), open.purpose())));
    }

    /**
     * Sets the password through a link, which is then used up. A refused password leaves the link open, so the
     * colleague can try another.
     */
    public Mono<StaffAccount> choose(String token, String password) {
        return holder(token)
                .switchIfEmpty(Mono.error(new NotFoundException("This link has expired or was used already.")))
                .flatMap(holder -> hash(password, holder.email()))
                .flatMap(hash -> links.consume(token)
                        .switchIfEmpty(Mono.error(new NotFoundException("This link has expired or was used already.")))
                        .flatMap(open -> accounts.setPassword(open.accountId(), hash, clock.instant())
                                .then(sessions.closeAll(open.accountId()))
                                .then(accounts.find(open.accountId()))
                                .flatMap(after -> events.publish(
                                                new StaffEvents.PasswordChosen(after.account(), open.purpose()))
                                        .thenReturn(after.account())))
                        .as(tx::transactional));
    }

    /** A signed-in member of staff changes their password, proving they know the current one. */
    public Mono<Void> change(StaffUser user, String current, String replacement) {
        return accounts.find(user.id())
                .filter(a -> a.passwordHash() != null)
                .switchIfEmpty(Mono.error(new NotFoundException("No such account.")))
                .flatMap(stored -> Mono.fromCallable(
                                () -> encoder.matches(current == null ? "" : current, stored.passwordHash()))
                        .subscribeOn(Schedulers.boundedElastic())
                        .flatMap(matches -> matches
                                ? hash(replacement, stored.email())
                                : Mono.error(new InvalidInputException(
                                        "currentPassword", "password.current", "The current password is not right.")))
                        .flatMap(hash -> accounts.setPassword(stored.id(), hash, clock.instant())
                                .then(sessions.closeAll(stored.id()))
                                .then(events.publish(new StaffEvents.PasswordChosen(stored.account(), null)))
                                .as(tx::transactional)));
    }

    private Mono<String> hash(String password, String email) {
        var refusal = policy.refusal(password, email);
        if (refusal.isPresent()) {
            return Mono.error(new InvalidInputException(
                    "password", refusal.get(), message(refusal.get()), PasswordPolicy.MIN_LENGTH));
        }
        return Mono.fromCallable(() -> encoder.encode(password)).subscribeOn(Schedulers.boundedElastic());
    }

    private static String message(String code) {
        return switch (code) {
            case "password.too-short" -> "Choose a password of at least 12 characters.";
            case "password.too-long" -> "Choose a password of at most 72 bytes.";
            case "password.common" -> "This password is too common; choose one nobody would guess.";
            default -> "The password must not contain your e-mail address.";
        };
    }
}
