package org.cti.convene.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import reactor.core.publisher.Mono;

class RememberedCredentialsTests {

    final AtomicInteger verifications = new AtomicInteger();
    final AtomicLong now = new AtomicLong();

    /** Stands in for bcrypt: counts how often the expensive check runs; "secret" is the only right password. */
    final ReactiveAuthenticationManager bcrypt = attempt -> {
        verifications.incrementAndGet();
        if (!"secret".equals(attempt.getCredentials())) {
            return Mono.error(new BadCredentialsException("bad credentials"));
        }
        return Mono.just(UsernamePasswordAuthenticationToken.authenticated(
                attempt.getName(), "hash", List.of(new SimpleGrantedAuthority("ROLE_CHECKIN"))));
    };

    final RememberedCredentials remembered = new RememberedCredentials(bcrypt, Duration.ofSeconds(60), now::get);

    @Test
    void theSameCredentialsWithinTheTtlAreCheckedOnce() {
        Authentication first =
                remembered.authenticate(attempt("door@test", "secret")).block();
        Authentication second =
                remembered.authenticate(attempt("door@test", "secret")).block();

        assertThat(first.isAuthenticated()).isTrue();
        assertThat(second).isSameAs(first);
        assertThat(verifications).hasValue(1);
    }

    @Test
    void afterTheTtlTheyAreCheckedAgain() {
        remembered.authenticate(attempt("door@test", "secret")).block();
        now.addAndGet(Duration.ofSeconds(61).toNanos());
        remembered.authenticate(attempt("door@test", "secret")).block();

        assertThat(verifications).hasValue(2);
    }

    @Test
    void wrongPasswordsAreNeverRememberedAndAnotherPasswordIsNotTheRememberedOne() {
        remembered.authenticate(attempt("door@test", "secret")).block();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> remembered
                            .authenticate(attempt("door@test", "guess"))
                            .block())
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() ->
                        remembered.authenticate(attempt("other@test", "guess")).block())
                .isInstanceOf(BadCredentialsException.class);

        assertThat(verifications).hasValue(5);
    }

    @Test
    void aZeroTtlRemembersNothing() {
        RememberedCredentials off = new RememberedCredentials(bcrypt, Duration.ZERO, now::get);
        off.authenticate(attempt("door@test", "secret")).block();
        off.authenticate(attempt("door@test", "secret")).block();

        assertThat(verifications).hasValue(2);
    }

    private static Authentication attempt(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
