package org.cti.convene.web;

import java.util.List;
import java.util.Locale;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.reactive.result.view.CsrfRequestDataValueProcessor;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** What every page's layout needs: language and direction, the language switcher, the CSRF token. */
@ControllerAdvice(basePackageClasses = PageModelAdvice.class)
class PageModelAdvice {

    /** Path prefixes of the pages that post forms. */
    static final List<String> FORM_AREAS = List.of("/console");

    /**
     * Takes the request, not the exchange: WebFlux treats a void method with a {@code ServerWebExchange}
     * argument as having written the response itself, which ends the model initialisation early and
     * silently skips the other model attribute methods (the CSRF token below among them).
     */
    @ModelAttribute
    void page(ServerHttpRequest request, Locale locale, Model model) {
        Locale lang = locale == null ? Locale.ENGLISH : locale;
        model.addAttribute("lang", lang.getLanguage());
        model.addAttribute("dir", LanguageResolver.isRightToLeft(lang) ? "rtl" : "ltr");
        model.addAttribute("languages", LanguageResolver.SUPPORTED);
        model.addAttribute("currentPath", request.getPath().value());
    }

    /**
     * Makes th:action emit the hidden _csrf field in WebFlux, on the pages that have forms. Resolving the
     * token stores it in a new session, so it is not done for every page: each anonymous reader of the
     * catalogue (and each crawler request) would otherwise hold a server-side session. Add the path of a
     * new area with forms here.
     */
    @ModelAttribute
    Mono<CsrfToken> csrfToken(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().value();
        if (FORM_AREAS.stream().noneMatch(area -> path.equals(area) || path.startsWith(area + "/"))) {
            return Mono.empty();
        }
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
