package org.cti.convene.common;

import java.net.InetSocketAddress;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Puts the client's address into the Reactor context of every request, ahead of security, so that the sign-in
 * throttle and the audit trail can say where a request came from without passing the exchange around. Behind
 * a reverse proxy set {@code SERVER_FORWARD_HEADERS_STRATEGY=framework}, so that this is the client's address
 * and not the proxy's.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestOrigin implements WebFilter {

    private static final String KEY = RequestOrigin.class.getName();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        String address = remote == null || remote.getAddress() == null
                ? "unknown"
                : remote.getAddress().getHostAddress();
        return chain.filter(exchange).contextWrite(c -> c.put(KEY, address));
    }

    /** Whether a web request is being served (and not, say, a scheduled job). */
    public static Mono<Boolean> inRequest() {
        return Mono.deferContextual(c -> Mono.just(c.hasKey(KEY)));
    }

    /** The address of the request being served, or "unknown" outside one (a scheduled job). */
    public static Mono<String> address() {
        return Mono.deferContextual(c -> Mono.just(c.getOrDefault(KEY, "unknown")));
    }
}
