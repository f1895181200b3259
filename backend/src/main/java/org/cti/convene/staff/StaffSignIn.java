package org.cti.convene.staff;

import java.time.Clock;
import java.time.Duration;
import org.cti.convene.common.DomainEvents;
import org.cti.convene.common.RateLimits;
import org.cti.convene.common.RequestOrigin;
import org.cti.convene.common.StaffUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Checks an e-mail and password, for the console form and HTTP Basic alike. Failures are counted per account
 * and per address; past the limit every attempt, right or wrong, is refused until the bucket refills. An
 * unknown address costs the same bcrypt as a known one, so timing does not tell which accounts exist.
 */
@Component
class StaffSignIn implements ReactiveAuthenticationManager {

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final RateLimits limits;
    private final DomainEvents events;
    private final Clock clock;
    private final RateLimits.Limit perAccount;
    private final RateLimits.Limit perAddress;
    private final String dummyHash;

    StaffSignIn(
            StaffAccountRepository accounts,
            PasswordEncoder passwords,
            RateLimits limits,
            DomainEvents events,
            Clock clock,
            @Value("${convene.throttle.sign-in-account:10}") long perAccount,
            @Value("${convene.throttle.sign-in-address:30}") long perAddress,
            @Value("${convene.throttle.sign-in-period:1m}") Duration period) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
        this.perAccount = new RateLimits.Limit("sign-in-account", perAccount, period);
        this.perAddress = new RateLimits.Limit("sign-in-address", perAddress, period);
        this.dummyHash = passwords.encode("not the password of anyone at all");
    }

    @Override
    public Mono<Authentication> authenticate(Authentication attempt) {
        String email = StaffAccounts.normalise(attempt.getName());
        String password = attempt.getCredentials() instanceof String p ? p : "";
        return RequestOrigin.address().flatMap(address -> {
            Duration wait = max(limits.wait(perAccount, email), limits.wait(perAddress, address));
            if (!wait.isZero()) {
                return Mono.error(new SignInThrottledException(wait));
            }
            return accounts.findByEmail(email)
                    .map(java.util.Optional::of)
                    .defaultIfEmpty(java.util.Optional.empty())
                    .flatMap(found -> check(found.orElse(null), password)
                            .flatMap(ok -> ok ? succeeded(found.get()) : failed(found.orElse(null), email, address)));
        });
    }

    private Mono<Boolean> check(StaffAccountRepository.Stored account, String password) {
        String hash = account == null || account.passwordHash() == null ? dummyHash : account.passwordHash();
        return Mono.fromCallable(
                        () -> passwords.matches(password, hash) && account != null && account.passwordHash() != null)
                .subscribeOn(Schedulers.boundedElastic());
    }

    private Mono<Authentication> succeeded(StaffAccountRepository.Stored account) {
        if (!account.enabled()) {
            return failed(account, account.email(), null);
        }
        StaffUser user = account.user();
        return accounts.markSignedIn(account.id(), clock.instant())
                .then(events.publish(new StaffEvents.SignedIn(account.id(), account.email())))
                .thenReturn(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private Mono<Authentication> failed(StaffAccountRepository.Stored account, String email, String address) {
        limits.take(perAccount, email);
        if (address != null) {
            limits.take(perAddress, address);
        }
        String reason = account == null ? "unknown" : !account.enabled() ? "disabled" : "bad-password";
        return events.publish(new StaffEvents.SignInRefused(account == null ? null : account.id(), email, reason))
                .then(Mono.error(new BadCredentialsException("Wrong e-mail or password")));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
