package org.cti.convene.web;

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

    /**
     * Takes the request and the locale, not the exchange: WebFlux treats a void method with a
     * {@code ServerWebExchange} parameter as one that wrote the response itself, and the empty result then
     * cancels the other model attribute methods of the same request, the CSRF token's among them.
     */
    @ModelAttribute
    void page(ServerHttpRequest request, Locale locale, Model model) {
        Locale lang = locale == null ? Locale.ENGLISH : locale;
        model.addAttribute("lang", lang.getLanguage());
        model.addAttribute("dir", LanguageResolver.isRightToLeft(lang) ? "rtl" : "ltr");
        model.addAttribute("languages", LanguageResolver.SUPPORTED);
        model.addAttribute("currentPath", request.getPath().value());
    }

    /** Makes th:action emit the hidden _csrf field in WebFlux. */
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
