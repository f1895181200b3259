package org.cti.convene.common;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Bounds the requests an instance works on at once. Past the limit a request is answered at once with 503 and
 * {@code Retry-After}, before anything reads or writes: queued, it would only wait for the database pool and
 * time out on the client, and everyone behind it would wait longer too. Probes are never refused, so a busy
 * instance is not taken for a dead one. The limit is {@code convene.overload.max-in-flight}; by Little's law,
 * 96 requests at the pool's pace keep the slowest answers well under a second.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class AdmissionControl implements WebFilter {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final int limit;
    private final Counter refused;

    public AdmissionControl(@Value("${convene.overload.max-in-flight:96}") int limit, MeterRegistry meters) {
        if (limit < 1) {
            throw new IllegalStateException("convene.overload.max-in-flight must be at least 1: " + limit);
        }
        this.limit = limit;
        this.refused = Counter.builder("convene.requests.refused")
                .description("Requests answered 503 because the instance had as many in flight as it may")
                .register(meters);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getPath().value().startsWith("/actuator/health")) {
            return chain.filter(exchange);
        }
        if (inFlight.incrementAndGet() > limit) {
            inFlight.decrementAndGet();
            refused.increment();
            exchange.getResponse().getHeaders().set("Retry-After", "1");
            return Mono.error(new UnavailableException(
                    "overloaded", "Convene is very busy at this moment; please send this again in a second.", 1));
        }
        return chain.filter(exchange).doFinally(signal -> inFlight.decrementAndGet());
    }

    /** Requests this instance is working on now; the mail sender holds back while the instance is busy. */
    public int inFlight() {
        return inFlight.get();
    }
}
