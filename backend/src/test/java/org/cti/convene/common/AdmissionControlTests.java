package org.cti.convene.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Past its limit an instance answers at once with 503 and Retry-After, and the request goes no further. */
class AdmissionControlTests {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AdmissionControl admission = new AdmissionControl(2, meters);
    private final AtomicInteger reachedHandlers = new AtomicInteger();

    /** A handler that takes as long as the test wants: what a registration waiting on the database looks like. */
    private final WebFilterChain slow = exchange -> {
        reachedHandlers.incrementAndGet();
        return Mono.never();
    };

    @Test
    void theRequestOverTheLimitIsRefusedAtOnceAndReachesNothing() {
        Disposable first = admission.filter(post(), slow).subscribe();
        Disposable second = admission.filter(post(), slow).subscribe();
        assertThat(admission.inFlight()).isEqualTo(2);

        MockServerWebExchange third = post();
        StepVerifier.create(admission.filter(third, slow))
                .expectErrorSatisfies(e -> assertThat(e)
                        .isInstanceOfSatisfying(
                                UnavailableException.class,
                                u -> assertThat(u.retryAfterSeconds()).isEqualTo(1))
                        .hasMessageContaining("again"))
                .verify();
        assertThat(third.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(reachedHandlers).hasValue(2);
        assertThat(meters.counter("convene.requests.refused").count()).isEqualTo(1);

        // a request that ends (or whose client goes away) gives its place back
        first.dispose();
        Disposable fourth = admission.filter(post(), slow).subscribe();
        assertThat(reachedHandlers).hasValue(3);
        second.dispose();
        fourth.dispose();
        assertThat(admission.inFlight()).isZero();
    }

    @Test
    void probesAreAnsweredEvenWhenTheInstanceIsFull() {
        Disposable first = admission.filter(post(), slow).subscribe();
        Disposable second = admission.filter(post(), slow).subscribe();
        MockServerWebExchange probe =
                MockServerWebExchange.from(MockServerHttpRequest.get("/actuator/health/readiness"));
        StepVerifier.create(admission.filter(probe, exchange -> Mono.empty())).verifyComplete();
        first.dispose();
        second.dispose();
    }

    private static MockServerWebExchange post() {
        return MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/events/x/registrations"));
    }
}
