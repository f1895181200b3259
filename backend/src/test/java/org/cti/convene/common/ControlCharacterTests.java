package org.cti.convene.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.invitations.Invitations;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.BrowserSession;
import org.cti.convene.support.Delegates;
import org.cti.convene.support.EventFixtures;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.InvitedEvents;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

/**
 * Text that PostgreSQL cannot store (NUL) or that no person types (the other C0 control characters) is refused
 * as bad input, on the field that carries it; so are form bodies that cannot be decoded or are too large. None
 * of it is a 500.
 */
@IntegrationTest
class ControlCharacterTests {

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Invitations invitations;

    @LocalServerPort
    int port;

    WebTestClient organiser;

    @BeforeEach
    void signIn() {
        Staff.ensure(accounts);
        organiser = Staff.as(client, Staff.ORGANISER);
    }

    @Test
    void aNulInAnyJsonTextIsA400NamingTheField() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<String, Object> amina = Delegates.amina();
        amina.put("givenName", "Ami\u0000na");
        invalid(
                client.post()
                        .uri("/api/v1/events/{id}/registrations", event)
                        .bodyValue(amina)
                        .exchange(),
                "givenName");

        Map<String, Object> body = EventFixtures.sideEvent(EventFixtures.slug("nul"));
        body.put("title", Map.of("en", "Bell\u0007"));
        invalid(organiser.post().uri("/api/v1/admin/events").bodyValue(body).exchange(), "title.en");

        invalid(
                organiser
                        .patch()
                        .uri("/api/v1/admin/events/{id}", event)
                        .contentType(MediaType.parseMediaType("application/merge-patch+json"))
                        .bodyValue(Map.of("venue", Map.of("name", "Room\u0000XX")))
                        .exchange(),
                "venue.name");

        UUID invited = InvitedEvents.event(organiser, 5);
        UUID invitation = InvitedEvents.invite(organiser, invited, InvitedEvents.person("Ana Pérez", "es"));
        invalid(
                client.post()
                        .uri("/api/v1/invitations/{t}/decline", InvitedEvents.token(invitations, invitation))
                        .bodyValue(Map.of("reason", "No\u0000"))
                        .exchange(),
                "reason");
    }

    @Test
    void aNulInAnInvitationFileNamesItsRow() {
        UUID invited = InvitedEvents.event(organiser, 5);
        invalid(
                organiser
                        .post()
                        .uri(u -> u.path("/api/v1/admin/events/{id}/invitations")
                                .queryParam("expiresAt", "{expiresAt}")
                                .build(invited, InvitedEvents.inDays(10).toString()))
                        .contentType(MediaType.parseMediaType("text/csv"))
                        .bodyValue("type,name,email,language\nPERSON,A\u0000na,ana.nul@example.org,es\n")
                        .exchange(),
                "rows[2]");
    }

    @Test
    void lineBreaksAndTabsStayWelcomeInTextThatHasLines() {
        Map<String, Object> body = EventFixtures.sideEvent(EventFixtures.slug("lines"));
        body.put("description", Map.of("en", "First line\r\nSecond line\n\tindented"));
        organiser
                .post()
                .uri("/api/v1/admin/events")
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.description.en")
                .isEqualTo("First line\r\nSecond line\n\tindented");
    }

    @Test
    void controlCharactersInAQueryOrAPathAreA400() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        organiser
                .get()
                .uri(raw("/api/v1/admin/events/" + event + "/registrations?q=%00"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("q");
        client.get()
                .uri(raw("/api/v1/events/a%00b"))
                .exchange()
                .expectStatus()
                .value(status -> assertThat(status).isIn(400, 404));
    }

    @Test
    void aNulInAFormIsAReadablePageNot500() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        BrowserSession browser = new BrowserSession(client, "en");
        BrowserSession.Page form = browser.get("/events/" + event + "/register");
        var fields = BrowserSession.form(
                "formKey",
                form.input("formKey"),
                "givenName",
                "Ami\u0000na",
                "familyName",
                "Diallo",
                "countryCode",
                "SN",
                "email",
                "amina-nul@example.org",
                "language",
                "fr",
                "consent",
                "true");

        BrowserSession.Page refused = browser.post("/events/" + event + "/register", fields);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.headers().getContentType().isCompatibleWith(MediaType.TEXT_HTML))
                .isTrue();
        assertThat(refused.html()).contains("givenName").doesNotContain("Exception");
    }

    @Test
    void aBadPercentEscapeIs400AndAnOversizedFormIs413() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        postRawForm("/events/" + event + "/register", "givenName=%zz&familyName=%E2%28")
                .expectStatus()
                .isBadRequest();
        postRawForm("/events/" + event + "/register", "givenName=" + "a".repeat(300 * 1024))
                .expectStatus()
                .value(status -> assertThat(status)
                        .as("read, then refused for its CSRF token")
                        .isEqualTo(403));
        postRawForm("/events/" + event + "/register", "givenName=" + "a".repeat(2 * 1024 * 1024))
                .expectStatus()
                .isEqualTo(413);
        // without a length, the body is only found too large while it is read
        byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        client.post()
                .uri("/events/" + event + "/register")
                .accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromDataBuffers(Flux.range(0, 20)
                        .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(
                                i == 0 ? "givenName=".getBytes(StandardCharsets.US_ASCII) : chunk))))
                .exchange()
                .expectStatus()
                .isEqualTo(413);
        postRawForm("/console/login", "username=%zz&password=x").expectStatus().isBadRequest();
    }

    /** The address exactly as written, percent-escapes included. */
    private URI raw(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    private WebTestClient.ResponseSpec postRawForm(String path, String body) {
        return client.post()
                .uri(path)
                .accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue(body.getBytes(StandardCharsets.US_ASCII))
                .exchange();
    }

    private static void invalid(WebTestClient.ResponseSpec response, String field) {
        response.expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == '" + field + "')].code")
                .isEqualTo(List.of("control-characters"));
    }
}
