package org.cti.convene.web.delegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cti.convene.support.BrowserSession.form;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.invitations.Invitations;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.BrowserSession;
import org.cti.convene.support.BrowserSession.Page;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.InvitedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;

/**
 * Declining (a GET only asks: mail scanners open every link) and the invitations nobody can answer any more:
 * expired, withdrawn, declined. Each refusal is a readable page, and nothing is written.
 */
@IntegrationTest
class InvitationPageRefusalTests {

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Invitations invitations;

    WebTestClient organiser;

    @BeforeEach
    void signIn() {
        Staff.ensure(accounts);
        organiser = Staff.as(client, Staff.ORGANISER);
    }

    @Test
    void theDeclineLinkOnlyAsksAndThePostDeclines() {
        UUID event = InvitedEvents.event(organiser, 10);
        String token = InvitedEvents.token(
                invitations, InvitedEvents.invite(organiser, event, InvitedEvents.delegation("GH", 3)));
        BrowserSession browser = new BrowserSession(client, "en");

        Page ask = browser.get("/invitations/" + token + "/decline");
        Page askAgain = browser.get("/invitations/" + token + "/decline");
        assertThat(ask.status()).isEqualTo(200);
        assertThat(askAgain.status()).isEqualTo(200);
        assertThat(ask.headers().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(ask.html())
                .contains("Decline the invitation?")
                .contains("Permanent Mission GH")
                .contains("action=\"/invitations/" + token + "/decline\"")
                .contains("<label for=\"reason\"")
                .contains("name=\"_csrf\"");
        assertThat(status(token)).as("a GET declines nothing").isEqualTo("OPENED");
        assertThat(seats(event)).as("the seats stay reserved").isEqualTo(3);

        Page thanks = browser.post(
                "/invitations/" + token + "/decline", form("reason", "Our Minister is travelling that week."));
        assertThat(thanks.status()).isEqualTo(200);
        assertThat(thanks.html()).contains("Thank you for your answer").contains("secretariat@example.org");
        assertThat(status(token)).isEqualTo("DECLINED");
        assertThat(seats(event)).as("the seats go back to everyone").isZero();

        Page reloaded = browser.post(
                "/invitations/" + token + "/decline",
                form("reason", "Our Minister is travelling.", "_csrf", ask.input("_csrf")));
        assertThat(reloaded.status()).isEqualTo(200);
        assertThat(reloaded.html()).contains("Thank you for your answer");

        Page invitation = browser.get("/invitations/" + token);
        assertThat(invitation.status()).isEqualTo(409);
        assertThat(invitation.html()).contains("This invitation was declined").doesNotContain("name=\"formKey\"");
        Page declineAgain = browser.get("/invitations/" + token + "/decline");
        assertThat(declineAgain.html()).contains("This invitation was declined").doesNotContain("<textarea");

        Page accept =
                browser.post("/invitations/" + token, delegate(UUID.randomUUID().toString(), ask.input("_csrf")));
        assertThat(accept.status()).isEqualTo(409);
        assertThat(accept.html()).contains("This invitation was declined").contains("nothing was registered");
        assertThat(seatsUsed(token)).isZero();
    }

    @Test
    void anAcceptedInvitationCannotBeDeclined() {
        UUID event = InvitedEvents.event(organiser, 10);
        String token = InvitedEvents.token(
                invitations, InvitedEvents.invite(organiser, event, InvitedEvents.delegation("GH", 3)));
        BrowserSession browser = new BrowserSession(client, "en");
        Page page = browser.get("/invitations/" + token);
        assertThat(browser.post("/invitations/" + token, delegate(page.input("formKey"), page.input("_csrf")))
                        .status())
                .isEqualTo(200);

        Page ask = browser.get("/invitations/" + token + "/decline");
        assertThat(ask.html()).contains("This invitation was accepted").doesNotContain("<textarea");
        Page refused =
                browser.post("/invitations/" + token + "/decline", form("reason", "", "_csrf", page.input("_csrf")));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html()).contains("This invitation was accepted");
        assertThat(status(token)).isEqualTo("ACCEPTED");
    }

    @Test
    void anExpiredInvitationIsRefusedReadablyAndNothingIsWritten() throws InterruptedException {
        UUID event = InvitedEvents.event(organiser, 10);
        String token = InvitedEvents.token(
                invitations,
                InvitedEvents.invite(
                        organiser, event, OffsetDateTime.now().plusSeconds(3), InvitedEvents.delegation("GH", 2)));
        BrowserSession browser = new BrowserSession(client, "en");
        Page form = browser.get("/invitations/" + token);
        assertThat(form.html()).contains("name=\"formKey\"");
        Thread.sleep(3_500);

        Page refused = browser.post("/invitations/" + token, delegate(form.input("formKey"), form.input("_csrf")));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html())
                .contains("This invitation has expired")
                .contains("nothing was registered")
                .contains("secretariat@example.org")
                .doesNotContain("name=\"formKey\"");
        assertThat(seatsUsed(token)).isZero();

        Page page = browser.get("/invitations/" + token);
        assertThat(page.status()).isEqualTo(409);
        assertThat(page.html()).contains("This invitation has expired").doesNotContain("name=\"formKey\"");
        Page decline = browser.get("/invitations/" + token + "/decline");
        assertThat(decline.html()).contains("This invitation has expired").doesNotContain("<textarea");
        assertThat(browser.post("/invitations/" + token + "/decline", form("reason", "", "_csrf", form.input("_csrf")))
                        .status())
                .isEqualTo(409);
        assertThat(status(token)).isEqualTo("EXPIRED");
    }

    @Test
    void aWithdrawnInvitationIsRefusedReadablyAndNothingIsWritten() {
        UUID event = InvitedEvents.event(organiser, 10);
        UUID id = InvitedEvents.invite(organiser, event, InvitedEvents.person("Ana Pérez", "es"));
        String token = InvitedEvents.token(invitations, id);
        BrowserSession browser = new BrowserSession(client, "es");
        Page form = browser.get("/invitations/" + token);
        organiser
                .post()
                .uri("/api/v1/admin/invitations/{id}/revoke", id)
                .bodyValue(Map.of("keepRegistrations", true))
                .exchange()
                .expectStatus()
                .isOk();

        MultiValueMap<String, String> ana = form(
                "formKey", form.input("formKey"),
                "givenName", "Ana",
                "familyName", "Pérez",
                "countryCode", "ES",
                "email", InvitedEvents.email("ana"),
                "language", "es",
                "consent", "true");
        Page refused = browser.post("/invitations/" + token, ana);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html()).contains("Esta invitación ha sido retirada").contains("no se ha registrado nada");
        assertThat(seatsUsed(token)).isZero();
        assertThat(browser.get("/invitations/" + token).html())
                .contains("Esta invitación ha sido retirada")
                .doesNotContain("name=\"formKey\"");
    }

    private static MultiValueMap<String, String> delegate(String formKey, String csrf) {
        return form(
                "_csrf", csrf,
                "formKey", formKey,
                "rows", "1",
                "consent", "true",
                "delegates[0].givenName", "Kwame",
                "delegates[0].familyName", "Asante",
                "delegates[0].email", InvitedEvents.email("kwame"),
                "delegates[0].language", "en",
                "delegates[0].role", "DELEGATE");
    }

    private Map<?, ?> view(String token) {
        return client.get()
                .uri("/api/v1/invitations/{t}", token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    private String status(String token) {
        return (String) view(token).get("status");
    }

    private int seatsUsed(String token) {
        return (Integer) view(token).get("seatsUsed");
    }

    /** Seats reserved for invitations and not yet taken, as the organiser sees them. */
    private int seats(UUID event) {
        Map<?, ?> overview = organiser
                .get()
                .uri("/api/v1/admin/events/{id}/invitations", event)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return (Integer) ((Map<?, ?>) overview.get("seats")).get("invitedFree");
    }
}
