package org.cti.convene.common;

import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.ISpringWebFluxTemplateEngine;
import reactor.core.publisher.Mono;

/**
 * Last line for every failure that escapes a handler: API clients (paths under {@code /api} or anyone
 * asking for JSON) get problem+json, browsers get the readable error page with the same wording.
 * Ordered before Boot's default handler so no framework error body is ever written.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ProblemExceptionHandler implements WebExceptionHandler {

    private final ProblemMapper mapper;
    private final ProblemWriter writer;
    private final ISpringWebFluxTemplateEngine templates;

    ProblemExceptionHandler(ProblemMapper mapper, ProblemWriter writer, ISpringWebFluxTemplateEngine templates) {
        this.mapper = mapper;
        this.writer = writer;
        this.templates = templates;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        String path = exchange.getRequest().getPath().value();
        Problem problem = mapper.toProblem(ex, path);
        if (problem.status() == 503) {
            // what a client needs to come back without hammering: the database case has no exception of its own
            exchange.getResponse()
                    .getHeaders()
                    .set(
                            "Retry-After",
                            ex instanceof UnavailableException u ? String.valueOf(u.retryAfterSeconds()) : "2");
        }
        if (ex instanceof MethodNotAllowedException m) {
            exchange.getResponse().getHeaders().setAllow(m.getSupportedMethods());
        }
        if (wantsHtml(exchange, path)) {
            return page(exchange, problem);
        }
        return writer.write(exchange, problem);
    }

    private static boolean wantsHtml(ServerWebExchange exchange, String path) {
        if (path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/")) {
            return false;
        }
        List<MediaType> accept = exchange.getRequest().getHeaders().getAccept();
        return accept.stream().anyMatch(m -> m.isCompatibleWith(MediaType.TEXT_HTML) && !m.isWildcardType());
    }

    private Mono<Void> page(ServerWebExchange exchange, Problem problem) {
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatus.valueOf(problem.status()));
        response.getHeaders().setContentType(MediaType.parseMediaType("text/html;charset=UTF-8"));
        response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
        Context context = new Context(exchange.getLocaleContext().getLocale());
        context.setVariables(Map.of("problem", problem));
        String html = templates.process("error", context);
        return response.writeWith(
                Mono.just(response.bufferFactory().wrap(html.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }
}
