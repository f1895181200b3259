package org.cti.convene.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cti.convene.common.Language;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * Picks the page language among the {@link Language}s Convene speaks: the reader's own choice first (the
 * switcher's {@code ?lang=}, remembered in a cookie, so that a form sent after switching comes back in the
 * language chosen); then, on a page about one person (their private page, their invitation), the language that
 * person chose when registering or was invited in, whatever the browser says; then the browser's
 * {@code Accept-Language}; then English.
 */
@Component("localeContextResolver")
public class LanguageResolver implements LocaleContextResolver {

    static final String COOKIE = "convene_lang";
    private static final String PERSON_LANGUAGE = LanguageResolver.class.getName() + ".person";

    @Override
    public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
        Optional<Language> explicit =
                Language.of(exchange.getRequest().getQueryParams().getFirst("lang"));
        if (explicit.isPresent()) {
            // asked again by the view and by pages about a person: one cookie is enough
            exchange.getResponse().getCookies().remove(COOKIE);
            exchange.getResponse()
                    .addCookie(ResponseCookie.from(COOKIE, explicit.get().code())
                            .path("/")
                            .maxAge(Duration.ofDays(365))
                            .sameSite("Lax")
                            .httpOnly(true)
                            .build());
            return new SimpleLocaleContext(explicit.get().locale());
        }
        HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
        Optional<Language> remembered = Language.of(cookie == null ? null : cookie.getValue());
        if (remembered.isPresent()) {
            return new SimpleLocaleContext(remembered.get().locale());
        }
        Language person = exchange.getAttribute(PERSON_LANGUAGE);
        if (person != null) {
            return new SimpleLocaleContext(person.locale());
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(
                    String.join(",", exchange.getRequest().getHeaders().getOrEmpty("Accept-Language")));
        } catch (IllegalArgumentException e) {
            ranges = List.of();
        }
        Locale best = Locale.lookup(ranges, Language.locales());
        return new SimpleLocaleContext(best == null ? Language.DEFAULT.locale() : best);
    }

    @Override
    public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
        throw new UnsupportedOperationException("the language is chosen with ?lang=");
    }

    /**
     * The language of a page about one person, once the page knows who: the language that person chose,
     * unless the reader chose another with the switcher. The rest of the request (the template, the model)
     * follows it.
     */
    public static Locale forPerson(ServerWebExchange exchange, String personLanguage) {
        Language.of(personLanguage).ifPresent(l -> exchange.getAttributes().put(PERSON_LANGUAGE, l));
        return exchange.getLocaleContext().getLocale();
    }
}
