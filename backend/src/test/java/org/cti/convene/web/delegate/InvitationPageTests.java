package org.cti.convene.web.delegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cti.convene.support.BrowserSession.form;

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

/** The invitation page: what a personal and a delegation invitation show, and a person accepting. */
@IntegrationTest
class InvitationPageTests {

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
    void aPersonalInvitationShowsTheEventAndTheInviteesOwnForm() {
        UUID event = InvitedEvents.event(organiser, 10);
        String token = InvitedEvents.token(
                invitations, InvitedEvents.invite(organiser, event, InvitedEvents.person("Ana Pérez", "es")));
        BrowserSession browser = new BrowserSession(client, "en");

        assertThat(browser.get("/invitations/" + token).html())
                .as("the page speaks the invitation's language, whatever the browser says")
                .contains("lang=\"es\"");
        Page page = browser.get("/invitations/" + token + "?lang=en");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().getFirst("Cache-Control")).isEqualTo("no-store");
        assertThat(page.headers().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.html())
                .contains("<h1>You are invited</h1>")
                .contains("Ana Pérez")
                .contains("Preventing torture in police custody")
                .contains("Palais des Nations, Room XXIII")
                .contains("Europe/Zurich")
                .contains("Programme")
                .contains("Opening")
                .contains("1 granted, 0 used, 1 left")
                .contains("Answer by")
                .contains("action=\"/invitations/" + token + "\"")
                .contains("href=\"/invitations/" + token + "/decline\"")
                .doesNotContain("delegates[0]");
        assertThat(page.field("givenName")).contains("autocomplete=\"given-name\"");
        assertThat(page.html()).containsPattern("<option value=\"es\"[^>]*selected");
        assertThat(page.input("formKey")).matches("[0-9a-f-]{36}");
        assertThat(page.html()).contains("<label for=\"consent\"");
        assertThat(status(token)).as("the first view marks it opened").isEqualTo("OPENED");
    }

    @Test
    void aDelegationInvitationShowsOneBlockPerSeatLeftAndReadsRightToLeftInArabic() {
        UUID event = InvitedEvents.event(organiser, 10);
        String token = InvitedEvents.token(
                invitations, InvitedEvents.invite(organiser, event, InvitedEvents.delegation("GH", 2)));
        BrowserSession browser = new BrowserSession(client, "ar");

        Page page = browser.get("/invitations/" + token + "?lang=ar");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html())
                .contains("lang=\"ar\"")
                .contains("dir=\"rtl\"")
                .contains("دعوة لوفد غانا")
                .contains("Permanent Mission GH")
                .contains("name=\"delegates[1].givenName\"")
                .doesNotContain("name=\"delegates[2].givenName\"")
                .doesNotContain("delegates[0].countryCode")
                .contains("href=\"/invitations/" + token + "?lang=en\"");
        assertThat(page.field("delegates[0].givenName")).contains("autocomplete=\"off\"");

        Page english = browser.get("/invitations/" + token + "?lang=en&rows=9");
        assertThat(english.html())
                .as("never more blocks than seats left")
                .contains("name=\"delegates[1].givenName\"")
                .doesNotContain("delegates[2]")
                .contains("Invitation for the delegation of Ghana");
    }

    @Test
    void aPersonAcceptsAndSeesTheirPrivateLinkOnce() {
        UUID event = InvitedEvents.event(organiser, 10);
        String token = InvitedEvents.token(
                invitations, InvitedEvents.invite(organiser, event, InvitedEvents.person("Ana Pérez", "es")));
        BrowserSession browser = new BrowserSession(client, "en");
        Page page = browser.get("/invitations/" + token + "?lang=en");
        MultiValueMap<String, String> ana = form(
                "_csrf", page.input("_csrf"),
                "formKey", page.input("formKey"),
                "givenName", "Ana",
                "familyName", "Pérez",
                "countryCode", "ES",
                "email", InvitedEvents.email("ana.perez"),
                "language", "es",
                "role", "DELEGATE");

        Page refused = browser.post("/invitations/" + token, ana);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("href=\"#consent\"").contains("id=\"consent-error\"");
        assertThat(refused.input("givenName")).isEqualTo("Ana");

        ana.set("consent", "true");
        Page confirmation = browser.post("/invitations/" + token, ana);
        assertThat(confirmation.status()).isEqualTo(200);
        assertThat(confirmation.headers().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(confirmation.headers().getFirst("Cache-Control")).isEqualTo("no-store");
        assertThat(confirmation.headers().getLocation()).isNull();
        assertThat(confirmation.html())
                .contains("Thank you, the registration is received")
                .contains("Ana Pérez")
                .contains("status CONFIRMED");
        String link = confirmation.link("/my/registration?token=");

        Page again = browser.post("/invitations/" + token, ana);
        assertThat(again.status()).as("a double submit registers once").isEqualTo(200);
        assertThat(again.link("/my/registration?token=")).isEqualTo(link);

        ana.set("formKey", UUID.randomUUID().toString());
        ana.set("email", InvitedEvents.email("someone.else"));
        Page used = browser.post("/invitations/" + token, ana);
        assertThat(used.status())
                .as("a personal invitation registers one person")
                .isEqualTo(409);
        assertThat(used.html()).contains("All seats are already used").contains("Nothing was registered");

        Page mine = browser.get(link);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.html()).contains("Ana").contains("status CONFIRMED");

        Page after = browser.get("/invitations/" + token);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.html())
                .contains("All seats are used")
                .contains("1 granted, 1 used, 0 left")
                .doesNotContain("name=\"formKey\"")
                .doesNotContain("/decline\"");
        assertThat(status(token)).isEqualTo("ACCEPTED");
    }

    @Test
    void anUnknownLinkIsAReadableNotFoundPage() {
        Page page = new BrowserSession(client, "fr").get("/invitations/not-a-real-token");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html()).contains("Ce lien d’invitation ne fonctionne pas");
        assertThat(new BrowserSession(client, "en")
                        .get("/invitations/not-a-real-token/decline")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aFormWithoutTheCsrfFieldIsRefused() {
        UUID event = InvitedEvents.event(organiser, 10);
        String token = InvitedEvents.token(
                invitations, InvitedEvents.invite(organiser, event, InvitedEvents.person("Ana Pérez", "es")));
        BrowserSession browser = new BrowserSession(client, "en");
        browser.get("/invitations/" + token);

        assertThat(browser.postAsIs("/invitations/" + token + "/decline", form("reason", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(status(token)).isEqualTo("OPENED");
    }

    private String status(String token) {
        Map<?, ?> view = client.get()
                .uri("/api/v1/invitations/{t}", token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return (String) view.get("status");
    }
}
