package org.cti.convene.common;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses declared bodies over 1 MiB before anything reads them. Chunked bodies without a length are
 * caught by the codecs' in-memory limit ({@code spring.http.codecs.max-in-memory-size}, also 1 MiB), which maps
 * to the same 413 problem; for forms, {@link RequestTextFilter} maps it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter implements WebFilter {

    static final long MAX_BODY_BYTES = 1024 * 1024;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length > MAX_BODY_BYTES) {
            return Mono.error(new PayloadTooLargeException(null));
        }
        return chain.filter(exchange);
    }
}
