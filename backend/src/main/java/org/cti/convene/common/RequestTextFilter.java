package org.cti.convene.common;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;

/**
 * Checks the text of a request before anything reads it: the path, the query parameters and the fields of an
 * urlencoded form. A control character ({@link ControlCharacters}) is a 400 naming the parameter or field; a
 * percent-escape that does not decode is a 400; a form too large to read is a 413. Without this, each of them
 * reached PostgreSQL or the form reader and came back as a 500.
 *
 * <p>Runs right after {@link RequestSizeLimitFilter} and before Spring Security, whose CSRF check reads the
 * form too. The form is read once: the exchange keeps what was read for the handler.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestTextFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        try {
            List<FieldViolation> violations = new ArrayList<>();
            checkPath(exchange.getRequest().getPath().value(), violations);
            check(exchange.getRequest().getQueryParams(), violations);
            InputValidator.refuseIfAny(violations);
        } catch (IllegalArgumentException undecodable) {
            return Mono.error(malformed("The address has a percent-escape that does not decode."));
        }
        if (!MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(
                exchange.getRequest().getHeaders().getContentType())) {
            return chain.filter(exchange);
        }
        return exchange.getFormData()
                .onErrorMap(DataBufferLimitException.class, e -> new PayloadTooLargeException(e))
                .onErrorMap(
                        IllegalArgumentException.class,
                        e -> malformed("The form has a percent-escape that does not decode."))
                .flatMap(form -> {
                    List<FieldViolation> violations = new ArrayList<>();
                    check(form, violations);
                    InputValidator.refuseIfAny(violations);
                    return chain.filter(exchange);
                });
    }

    private static void checkPath(String rawPath, List<FieldViolation> violations) {
        if (rawPath.indexOf('%') >= 0 && ControlCharacters.in(UriUtils.decode(rawPath, StandardCharsets.UTF_8))) {
            violations.add(ControlCharacters.violation("path"));
        }
    }

    private static void check(MultiValueMap<String, String> values, List<FieldViolation> violations) {
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            String name = entry.getKey();
            boolean bad =
                    ControlCharacters.in(name) || entry.getValue().stream().anyMatch(ControlCharacters::in);
            if (bad) {
                violations.add(ControlCharacters.violation(ControlCharacters.in(name) ? "parameter" : name));
            }
        }
    }

    /** Mapped to the usual 400 {@code malformed-request} problem. */
    private static ServerWebInputException malformed(String reason) {
        return new ServerWebInputException(reason);
    }
}
