package org.cti.convene.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.cti.convene.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Stateless routes do only what they need: no cookie (no session, no CSRF token) is handed out by assets, the
 * JSON API or the probes, and assets are revalidated by ETag instead of downloaded again.
 */
@IntegrationTest
class LeanRequestsTests {

    @Autowired
    WebTestClient client;

    @Test
    void aScriptIsServedOnceThenRevalidatedWithoutAnyCookie() {
        EntityExchangeResult<byte[]> first = client.get()
                .uri("/js/scanner.js")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.parseMediaType("text/javascript"))
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader()
                .valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
                .expectHeader()
                .doesNotExist(HttpHeaders.SET_COOKIE)
                .expectBody()
                .returnResult();
        assertThat(new String(first.getResponseBody())).contains("Convene door scanner");
        String etag = first.getResponseHeaders().getETag();
        assertThat(etag).startsWith("\"");

        client.get()
                .uri("/js/scanner.js")
                .header(HttpHeaders.IF_NONE_MATCH, etag)
                .exchange()
                .expectStatus()
                .isNotModified()
                .expectBody()
                .isEmpty();
        client.get()
                .uri("/css/convene.css")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.parseMediaType("text/css"));
    }

    @Test
    void anAssetThatDoesNotExistIsNotFound() {
        client.get().uri("/js/nothing-here.js").exchange().expectStatus().isNotFound();
    }

    @Test
    void theApiAndTheProbesHandOutNoCookie() {
        client.get()
                .uri("/api/v1/events")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .doesNotExist(HttpHeaders.SET_COOKIE);
        client.get()
                .uri("/actuator/health/liveness")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .doesNotExist(HttpHeaders.SET_COOKIE);
        client.get()
                .uri("/api/v1/admin/events")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .doesNotExist(HttpHeaders.SET_COOKIE);
    }

    @Test
    void delegatePagesGetACsrfCookieButNoSession() {
        EntityExchangeResult<byte[]> home = client.get()
                .uri("/")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult();
        assertThat(home.getResponseCookies().keySet()).doesNotContain("SESSION", "CONVENE_SESSION");
    }
}
