package org.cti.convene.web.delegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cti.convene.support.BrowserSession.form;

import java.util.Map;
import java.util.UUID;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.BrowserSession;
import org.cti.convene.support.BrowserSession.Page;
import org.cti.convene.support.Delegates;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;

/** "My registration" behind the private link: status, changes, cancelling, and the waiting list moving. */
@IntegrationTest
class MyRegistrationPageTests {

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
    void showsTheStatusThePlaceOnTheWaitingListAndTheEventInVenueTime() {
        UUID event = PublishedEvents.open(organiser, 1, true, false);
        register(event, Delegates.person("First", "Comer", "CH"));
        register(event, Delegates.person("Second", "Comer", "FR"));
        String third = register(event, Delegates.person("Third", "Comer", "SN"));

        Page page = new BrowserSession(client, "en").get(link(third) + "&lang=en");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html())
                .contains("On the waiting list")
                .contains("You are number 2 on the waiting list")
                .contains("Preventing torture in police custody")
                .contains("Europe/Zurich")
                .contains("13:00")
                .contains("/my/registration/calendar.ics?token=" + third)
                .doesNotContain("badge.pdf")
                .contains("action=\"/my/registration/cancel-confirmation\"");
        assertThat(page.headers().getCacheControl()).isEqualTo("no-store");
        assertThat(page.headers().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        // the language switcher keeps the private page
        assertThat(page.html()).contains("href=\"/my/registration?token=" + third + "&amp;lang=fr\"");
    }

    @Test
    void thePageSpeaksTheDelegatesLanguageUntilTheReaderChoosesAnother() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        String token = register(event, Delegates.person("Fatou", "Sow", "SN"));
        BrowserSession english = new BrowserSession(client, "en");

        assertThat(english.get(link(token)).html())
                .as("Fatou registered in French; her link opens in French on an English browser")
                .contains("lang=\"fr\"")
                .contains("Sénégal");
        assertThat(english.get(link(token) + "&lang=es").html())
                .as("the switcher still works")
                .contains("lang=\"es\"");
        assertThat(english.get(link(token)).html())
                .as("and the choice is remembered")
                .contains("lang=\"es\"");
    }

    @Test
    void aConfirmedDelegateGetsTheBadgeLink() {
        UUID event = PublishedEvents.open(organiser, 5, true, false);
        String token = register(event, Delegates.amina());

        Page page = new BrowserSession(client, "fr").get(link(token));

        assertThat(page.html())
                .contains("Confirmée")
                .contains("/my/registration/badge.pdf?token=" + token)
                .contains("Sénégal");
    }

    @Test
    void changesDetailsButNotTheEmail() {
        UUID event = PublishedEvents.open(organiser, 5, true, false);
        Map<String, Object> amina = Delegates.amina();
        String token = register(event, amina);
        BrowserSession browser = new BrowserSession(client, "en");
        Page page = browser.get(link(token));
        assertThat(page.html()).doesNotContain("name=\"email\"");

        MultiValueMap<String, String> changes = current(page);
        changes.set("badgeName", "أمينة ديالو");
        changes.set("organisation", "Ministry of Foreign Affairs");
        changes.set("visaLetter", "true");
        changes.add("email", "someone.else@example.org");
        Page saved = browser.post("/my/registration", changes);

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo("/my/registration?token=" + token + "&done=saved");
        Page after = browser.get(saved.location());
        assertThat(after.html())
                .contains("Your changes are saved.")
                .contains("أمينة ديالو")
                .contains("Ministry of Foreign Affairs")
                .contains(((String) amina.get("email")));
    }

    @Test
    void anInvalidChangeComesBackWithTheMessages() {
        UUID event = PublishedEvents.open(organiser, 5, true, false);
        String token = register(event, Delegates.amina());
        BrowserSession browser = new BrowserSession(client, "fr");
        MultiValueMap<String, String> changes = current(browser.get(link(token)));
        changes.set("givenName", "");
        changes.set("phone", "call me");

        Page again = browser.post("/my/registration", changes);

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.input("phone")).isEqualTo("call me");
        assertThat(again.html())
                .contains("Ce champ est obligatoire.")
                .contains("Uniquement des chiffres")
                .contains("href=\"#givenName\"");
    }

    @Test
    void cancellingAsksFirstThenGivesTheSeatToTheWaitingList() {
        UUID event = PublishedEvents.open(organiser, 1, true, false);
        String first = register(event, Delegates.person("First", "Comer", "CH"));
        String second = register(event, Delegates.person("Second", "Comer", "FR"));
        String third = register(event, Delegates.person("Third", "Comer", "SN"));
        BrowserSession browser = new BrowserSession(client, "en");
        browser.get(link(first));

        Page confirm = browser.post("/my/registration/cancel-confirmation", form("token", first));
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.html()).contains("Cancel your registration?").contains("action=\"/my/registration/cancel\"");
        assertThat(new BrowserSession(client, "en").get(link(first)).html()).contains("status CONFIRMED");

        Page cancelled = browser.post("/my/registration/cancel", form("token", first));
        assertThat(cancelled.status()).isEqualTo(303);
        assertThat(browser.get(cancelled.location()).html())
                .contains("Your registration is cancelled.")
                .contains("status CANCELLED")
                .doesNotContain("action=\"/my/registration/cancel-confirmation\"");

        assertThat(browser.get(link(second)).html()).contains("status CONFIRMED");
        assertThat(browser.get(link(third)).html()).contains("You are number 1 on the waiting list");
    }

    @Test
    void anUnknownLinkSaysSoWithoutAStackOfDetails() {
        Page page = new BrowserSession(client, "es").get("/my/registration?token=not-a-token");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html()).contains("Este enlace no funciona");
    }

    /** The change form as the browser would send it unchanged. */
    private static MultiValueMap<String, String> current(Page page) {
        MultiValueMap<String, String> form = form("token", page.input("token"));
        for (String name :
                new String[] {"honorific", "givenName", "familyName", "badgeName", "function", "organisation", "phone"
                }) {
            form.add(name, page.input(name));
        }
        form.add("countryCode", selected(page, "countryCode"));
        form.add("language", selected(page, "language"));
        return form;
    }

    private static String selected(Page page, String select) {
        var m = java.util.regex.Pattern.compile(
                        "name=\"" + select + "\"[\\s\\S]*?<option value=\"([^\"]*)\"[^>]*selected")
                .matcher(page.html());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private String register(UUID event, Map<String, Object> person) {
        Map<?, ?> result = client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(person)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return (String) result.get("manageToken");
    }

    private static String link(String token) {
        return "/my/registration?token=" + token;
    }
}
