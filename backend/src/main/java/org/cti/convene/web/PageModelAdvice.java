package org.cti.convene.web;

import java.util.Locale;
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

    @ModelAttribute
    void page(ServerWebExchange exchange, Model model) {
        Locale locale = exchange.getLocaleContext().getLocale();
        Locale lang = locale == null ? Locale.ENGLISH : locale;
        model.addAttribute("lang", lang.getLanguage());
        model.addAttribute("dir", LanguageResolver.isRightToLeft(lang) ? "rtl" : "ltr");
        model.addAttribute("languages", LanguageResolver.SUPPORTED);
        model.addAttribute("currentPath", exchange.getRequest().getPath().value());
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
