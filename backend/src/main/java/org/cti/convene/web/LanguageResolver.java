package org.cti.convene.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * Picks the page language: an explicit {@code ?lang=} (the switcher, remembered in a cookie), then the
 * cookie, then the browser's {@code Accept-Language}, then English. Only languages with a full bundle
 * are offered.
 */
@Component("localeContextResolver")
public class LanguageResolver implements LocaleContextResolver {

    public static final List<Locale> SUPPORTED =
            List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"), Locale.forLanguageTag("ar"));
    static final String COOKIE = "convene_lang";

    @Override
    public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
        String explicit = exchange.getRequest().getQueryParams().getFirst("lang");
        Locale chosen = supported(explicit);
        if (chosen != null) {
            exchange.getResponse()
                    .addCookie(ResponseCookie.from(COOKIE, chosen.getLanguage())
                            .path("/")
                            .maxAge(Duration.ofDays(365))
                            .sameSite("Lax")
                            .httpOnly(true)
                            .build());
            return new SimpleLocaleContext(chosen);
        }
        HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
        chosen = cookie == null ? null : supported(cookie.getValue());
        if (chosen != null) {
            return new SimpleLocaleContext(chosen);
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(
                    String.join(",", exchange.getRequest().getHeaders().getOrEmpty("Accept-Language")));
        } catch (IllegalArgumentException e) {
            ranges = List.of();
        }
        Locale best = Locale.lookup(ranges, SUPPORTED);
        return new SimpleLocaleContext(best == null ? Locale.ENGLISH : best);
    }

    @Override
    public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
        throw new UnsupportedOperationException("the language is chosen with ?lang=");
    }

    static Locale supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(language))
                .findFirst()
                .orElse(null);
    }

    public static boolean isRightToLeft(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }
}
