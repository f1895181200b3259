package org.cti.convene.web.delegate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * The private links of the delegate pages ({@code /my/registration?token=…}) and the responses that carry
 * them: never cached, never handed on in a Referer, and shown in full so that they can be copied elsewhere.
 */
@Component
class PrivateLinks {

    static final String MY_REGISTRATION = "/my/registration";
    static final String MY_DELEGATION = "/my/delegation";

    private final String baseUrl;

    PrivateLinks(@Value("${convene.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
    }

    /** A private link as the page shows it, so that it can be copied into a note or another device. */
    String absolute(String pathAndQuery) {
        return baseUrl + pathAndQuery;
    }

    static String link(String path, String token) {
        return UriComponentsBuilder.fromPath(path)
                .queryParam("token", token)
                .encode()
                .build()
                .toUriString();
    }

    /**
     * A page that shows a private link must not hand it on: no Referer to the calendar sites it links to
     * or anywhere else, and no copy in a shared cache or the browser's disk cache.
     */
    static Rendering.Builder<?> privately(Rendering.Builder<?> page) {
        return page.header(HttpHeaders.CACHE_CONTROL, "no-store").header("Referrer-Policy", "no-referrer");
    }

    /** Back to a private page after a change (303, so that a reload does not repeat the POST). */
    static Mono<Rendering> seeOther(String path, String token, String done) {
        String url = UriComponentsBuilder.fromPath(path)
                .queryParam("token", token)
                .queryParam("done", done)
                .encode()
                .build()
                .toUriString();
        return Mono.just(privately(Rendering.redirectTo(url).status(HttpStatus.SEE_OTHER))
                .build());
    }
}
