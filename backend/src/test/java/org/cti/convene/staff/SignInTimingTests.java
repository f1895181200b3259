package org.cti.convene.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cti.convene.common.StaffRole;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.SettableClock;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A wrong sign-in takes as long for an address without an account as for an account with a wrong password:
 * both cost one password-hash check, so timing does not tell which staff e-mails exist.
 */
@IntegrationTest
class SignInTimingTests {

    private static final int TRIES = 5;

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    SettableClock clock;

    @BeforeEach
    void freshBuckets() {
        // failures of other tests from this address must not throttle these attempts
        clock.advance(Duration.ofMinutes(5));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anUnknownAddressCostsAsMuchAsAWrongPassword() {
        String known = "timing-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        accounts.createIfAbsent(known, "Timing Test", Staff.PASSWORD, StaffRole.ORGANISER, Set.of())
                .block();
        signIn(known, "warm-up-wrong-password");

        long wrongPassword = median(known);
        long unknown = median("nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example");

        assertThat(unknown)
                .as("unknown address %d µs against wrong password %d µs", unknown, wrongPassword)
                .isGreaterThan(wrongPassword * 3 / 10);
    }

    private long median(String email) {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            long start = System.nanoTime();
            signIn(email, "not-the-password-" + i);
            micros.add((System.nanoTime() - start) / 1000);
        }
        micros.sort(Long::compare);
        return micros.get(TRIES / 2);
    }

    private void signIn(String email, String password) {
        client.get()
                .uri("/api/v1/admin/me")
                .headers(h -> h.setBasicAuth(email, password))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }
}
