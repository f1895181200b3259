package org.cti.convene.web;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.reactive.result.view.CsrfRequestDataValueProcessor;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** What every page's layout needs: language and direction, the language switcher, the CSRF token. */
@ControllerAdvice(basePackageClasses = PageModelAdvice.class)
class PageModelAdvice {

    /** The language of the page, read when the layout is drawn (see {@link PageLanguage}). */
    @ModelAttribute("pageLanguage")
    PageLanguage pageLanguage(ServerWebExchange exchange) {
        return new PageLanguage(exchange);
    }

    /** Where the language switcher's links lead: this page, in another language. */
    @ModelAttribute("currentPath")
    String currentPath(ServerHttpRequest request) {
        return request.getPath().value();
    }

    /**
     * Makes th:action emit the hidden _csrf field in WebFlux. The token lives in an HttpOnly cookie
     * ({@code SecurityConfiguration}), not in a server-side session, so anonymous readers and crawlers cost
     * no session even though every page may carry a form.
     */
    @ModelAttribute
    Mono<CsrfToken> csrfToken(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        if (token == null) {
            return Mono.empty();
        }
        return token.doOnSuccess(t -> {
            if (t != null) {
                exchange.getAttributes().put(CsrfRequestDataValueProcessor.DEFAULT_CSRF_ATTR_NAME, t);
            }
        });
    }
}
