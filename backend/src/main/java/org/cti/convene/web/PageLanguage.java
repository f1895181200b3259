package org.cti.convene.web;

import java.util.List;
import org.cti.convene.common.Language;
import org.springframework.web.server.ServerWebExchange;

/**
 * The page's language as the layout draws it ({@code lang}, {@code dir}, the switcher), read when the page is
 * drawn rather than when its model is begun: a page about one person turns to that person's language once
 * its controller knows who they are ({@link LanguageResolver#forPerson}).
 */
public final class PageLanguage {

    private final ServerWebExchange exchange;

    PageLanguage(ServerWebExchange exchange) {
        this.exchange = exchange;
    }

    public Language current() {
        return Language.of(exchange.getLocaleContext().getLocale().getLanguage())
                .orElse(Language.DEFAULT);
    }

    public String code() {
        return current().code();
    }

    public String dir() {
        return current().rightToLeft() ? "rtl" : "ltr";
    }

    /** Every language, for the switcher. */
    public List<Language> all() {
        return List.of(Language.values());
    }
}
