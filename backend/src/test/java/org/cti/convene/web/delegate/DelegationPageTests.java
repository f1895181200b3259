package org.cti.convene.web.delegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cti.convene.support.BrowserSession.form;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.BrowserSession;
import org.cti.convene.support.BrowserSession.Page;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;

/** A head of delegation registers a State's delegates in one form, then manages them from a private page. */
@IntegrationTest
class DelegationPageTests {

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    WebTestClient organiser;

    @BeforeEach
    void signIn() {
        Staff.ensure(accounts);
        organiser = Staff.as(client, Staff.ORGANISER);
    }

    @Test
    void startsWithThreeBlocksAndGivesMoreWithoutJavaScript() {
        UUID event = PublishedEvents.open(organiser, 20, true, false);
        BrowserSession browser = new BrowserSession(client, "en");

        Page three = browser.get("/events/" + event + "/delegation");
        assertThat(three.html())
                .contains("name=\"delegates[2].givenName\"")
                .doesNotContain("delegates[3]")
                .contains("Delegate 3")
                .containsPattern("href=\"/events/reg-[0-9a-f]+/delegation\\?rows=6\"");
        assertThat(three.field("delegates[0].givenName")).contains("autocomplete=\"off\"");
        assertThat(three.html()).contains("<label for=\"delegates-1-familyName\"");

        Page six = browser.get(three.link("/events/" + slug(three) + "/delegation?rows="));
        assertThat(six.html()).contains("name=\"delegates[5].givenName\"").doesNotContain("delegates[6]");
        assertThat(six.input("rows")).isEqualTo("6");
    }

    @Test
    void registersTwoDelegatesAndTheHeadSeesThemOnTheirPage() {
        UUID event = PublishedEvents.open(organiser, 20, true, false);
        BrowserSession browser = new BrowserSession(client, "en");
        Page form = browser.get("/events/" + event + "/delegation");
        MultiValueMap<String, String> fields = delegation(form.input("formKey"));
        fields.set("delegates[2].email", "not-an-email");

        Page refused = browser.post("/events/" + event + "/delegation", fields);
        assertThat(refused.status()).isEqualTo(400);
        // the API numbers the two delegates it was sent; the form numbers its blocks, the empty one included
        assertThat(refused.html())
                .contains("href=\"#delegates-2-email\"")
                .contains("Delegate 3, E-mail")
                .contains("id=\"delegates-2-email-error\"");
        assertThat(refused.input("delegates[0].givenName")).isEqualTo("Kwame");
        assertThat(refused.input("head.name")).isEqualTo("Ama Mensah");

        fields.set(
                "delegates[2].email",
                "efua.owusu." + UUID.randomUUID().toString().substring(0, 6) + "@example.org");
        Page confirmation = browser.post("/events/" + event + "/delegation", fields);
        assertThat(confirmation.status()).isEqualTo(200);
        assertThat(confirmation.html())
                .contains("Your delegation is registered")
                .contains("Kwame Asante")
                .contains("Efua Owusu")
                .contains("/my/delegation?token=");
        assertThat(confirmation.headers().getFirst("Referrer-Policy")).isEqualTo("no-referrer");

        Page head = browser.get(confirmation.link("/my/delegation?token="));
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.html())
                .contains("Ghana")
                .contains("Ama Mensah")
                .contains("Kwame Asante")
                .contains("Efua Owusu");
        assertThat(Pattern.compile("status CONFIRMED")
                        .matcher(head.html())
                        .results()
                        .count())
                .isEqualTo(2);
    }

    @Test
    void theHeadReplacesOneDelegateWhoKeepsTheSeat() {
        UUID event = PublishedEvents.open(organiser, 20, true, false);
        BrowserSession browser = new BrowserSession(client, "en");
        Page form = browser.get("/events/" + event + "/delegation");
        Page confirmation = browser.post("/events/" + event + "/delegation", delegation(form.input("formKey")));
        String headLink = confirmation.link("/my/delegation?token=");
        Page head = browser.get(headLink);
        String token = head.input("token");
        String kwame = registrationIdAfter(head, "Kwame Asante");

        Page substitute = browser.post("/my/delegation/substitute-form", form("token", token, "registrationId", kwame));
        assertThat(substitute.status()).isEqualTo(200);
        assertThat(substitute.html()).contains("Replace H.E. Kwame Asante").contains("name=\"replacement.givenName\"");

        Page done = browser.post(
                "/my/delegation/substitute",
                form(
                        "token",
                        token,
                        "registrationId",
                        kwame,
                        "replacement.givenName",
                        "Yaw",
                        "replacement.familyName",
                        "Boateng",
                        "replacement.email",
                        "yaw.boateng." + UUID.randomUUID().toString().substring(0, 6) + "@example.org",
                        "replacement.language",
                        "en",
                        "replacement.role",
                        "EXPERT",
                        "consent",
                        "true"));
        assertThat(done.status()).isEqualTo(303);

        Page after = browser.get(done.location());
        assertThat(after.html()).contains("The delegate has been replaced.").contains("Yaw Boateng");
        assertThat(after.html()).containsPattern("Kwame Asante[\\s\\S]*?status CANCELLED");
        assertThat(after.html()).containsPattern("Yaw Boateng[\\s\\S]*?status CONFIRMED");

        Page again = browser.post("/my/delegation/substitute-form", form("token", token, "registrationId", kwame));
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.html()).contains("already been replaced or cancelled");
    }

    @Test
    void theHeadCancelsOneDelegateAfterConfirming() {
        UUID event = PublishedEvents.open(organiser, 20, true, false);
        BrowserSession browser = new BrowserSession(client, "fr");
        Page form = browser.get("/events/" + event + "/delegation");
        Page head = browser.get(browser.post("/events/" + event + "/delegation", delegation(form.input("formKey")))
                .link("/my/delegation?token="));
        String token = head.input("token");
        String efua = registrationIdAfter(head, "Efua Owusu");

        Page confirm = browser.post("/my/delegation/cancel-confirmation", form("token", token, "registrationId", efua));
        assertThat(confirm.html()).contains("Annuler cette personne déléguée ?");
        Page done = browser.post("/my/delegation/cancel", form("token", token, "registrationId", efua));

        assertThat(browser.get(done.location()).html())
                .contains("L’inscription de la personne déléguée est annulée.")
                .containsPattern("Efua Owusu[\\s\\S]*?status CANCELLED");
    }

    /** Head of the Ghanaian delegation with two delegates in blocks 1 and 3; block 2 stays empty. */
    private static MultiValueMap<String, String> delegation(String formKey) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        return form(
                "formKey",
                formKey,
                "rows",
                "3",
                "countryCode",
                "GH",
                "head.name",
                "Ama Mensah",
                "head.email",
                "ama.mensah." + suffix + "@example.org",
                "head.language",
                "en",
                "consent",
                "true",
                "delegates[0].honorific",
                "H.E.",
                "delegates[0].givenName",
                "Kwame",
                "delegates[0].familyName",
                "Asante",
                "delegates[0].email",
                "kwame.asante." + suffix + "@example.org",
                "delegates[0].language",
                "en",
                "delegates[0].role",
                "DELEGATE",
                "delegates[1].language",
                "en",
                "delegates[1].role",
                "DELEGATE",
                "delegates[2].givenName",
                "Efua",
                "delegates[2].familyName",
                "Owusu",
                "delegates[2].email",
                "efua.owusu." + suffix + "@example.org",
                "delegates[2].language",
                "fr",
                "delegates[2].role",
                "EXPERT",
                "delegates[2].visaLetter",
                "true");
    }

    private static String slug(Page page) {
        Matcher m = Pattern.compile("/events/(reg-[0-9a-f]+)/delegation").matcher(page.html());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String registrationIdAfter(Page page, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + "[\\s\\S]*?name=\"registrationId\" value=\"([0-9a-f-]{36})\"")
                .matcher(page.html());
        assertThat(m.find()).as("a delegate named %s", name).isTrue();
        return m.group(1);
    }
}
