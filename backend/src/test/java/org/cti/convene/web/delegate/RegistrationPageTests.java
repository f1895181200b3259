package org.cti.convene.web.delegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cti.convene.support.BrowserSession.form;

import java.util.Map;
import java.util.UUID;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.BrowserSession;
import org.cti.convene.support.BrowserSession.Page;
import org.cti.convene.support.Delegates;
import org.cti.convene.support.EventFixtures;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;

/** The public registration form, driven as a phone browser would: fetch the form, fill it in, send it. */
@IntegrationTest
class RegistrationPageTests {

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

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "fr", "es", "ar"})
    void theCountryControlOffersExactlyTheUnsStatesUnderTheirUnNames(String language) {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Page page = new BrowserSession(client, language).get("/events/" + event + "/register");

        var select = org.jsoup.Jsoup.parse(page.html()).selectFirst("select[name=countryCode]");
        var options = select.select("option[value~=^[A-Z]{2}$]");
        assertThat(options).hasSize(195);
        assertThat(options.eachAttr("value")).doesNotContain("AQ", "BV", "TW", "HK");
        String russia = select.selectFirst("option[value=RU]").text();
        assertThat(russia)
                .isEqualTo(
                        switch (language) {
                            case "fr" -> "Fédération de Russie";
                            case "es" -> "Federación de Rusia";
                            case "ar" -> "الاتحاد الروسي";
                            default -> "Russian Federation";
                        });
    }

    @Test
    void theFormHasEverySpecFieldLabelledAndMarked() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Page page = new BrowserSession(client, "en").get("/events/" + event + "/register");

        assertThat(page.status()).isEqualTo(200);
        for (String name : new String[] {
            "honorific",
            "givenName",
            "familyName",
            "badgeName",
            "function",
            "organisation",
            "countryCode",
            "email",
            "phone",
            "language",
            "dietary",
            "accessibility",
            "visaLetter",
            "consent",
            "sessionIds"
        }) {
            assertThat(page.field(name)).as(name).isNotNull();
        }
        for (String id : new String[] {
            "honorific",
            "givenName",
            "familyName",
            "badgeName",
            "function",
            "organisation",
            "countryCode",
            "email",
            "phone",
            "language",
            "dietary",
            "accessibility",
            "visaLetter",
            "consent",
            "sessionIds-0"
        }) {
            assertThat(page.html()).as("label for %s", id).contains("<label for=\"" + id + "\"");
        }
        assertThat(page.field("phone")).contains("type=\"tel\"").contains("autocomplete=\"tel\"");
        assertThat(page.field("email")).contains("type=\"email\"").contains("autocomplete=\"email\"");
        assertThat(page.field("givenName"))
                .contains("autocomplete=\"given-name\"")
                .contains("required");
        assertThat(page.field("familyName")).contains("autocomplete=\"family-name\"");
        assertThat(page.field("organisation")).contains("autocomplete=\"organization\"");
        assertThat(page.html())
                .contains("(required)")
                .contains("<legend>")
                .contains("href=\"/privacy\"")
                .contains("<option value=\"SN\">Senegal</option>")
                .as("people registering themselves are delegates; organisers give the other roles")
                .doesNotContain("name=\"role\"")
                .contains("Opening")
                .containsPattern("action=\"/events/reg-[0-9a-f]+/resend-link\"");
        assertThat(page.input("_csrf")).isNotBlank();
        assertThat(UUID.fromString(page.input("formKey"))).isNotNull();
        // the mail language starts as the page's
        assertThat(page.html()).containsPattern("<option value=\"en\"[^>]*selected");
    }

    @Test
    void inArabicTheFormIsRightToLeftWithCountriesNamedInArabic() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Page page = new BrowserSession(client, "ar").get("/events/" + event + "/register");

        assertThat(page.html())
                .contains("lang=\"ar\" dir=\"rtl\"")
                .contains("الاسم الشخصي")
                .contains("(إلزامي)")
                .contains("<option value=\"SN\">السنغال</option>")
                .containsPattern("<option value=\"ar\"[^>]*selected");
    }

    @Test
    void aPostWithoutTheCsrfFieldIsRefused() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        BrowserSession browser = new BrowserSession(client, "en");
        Page form = browser.get("/events/" + event + "/register");
        MultiValueMap<String, String> fields = valid(Delegates.amina(), form.input("formKey"));

        assertThat(browser.postAsIs("/events/" + event + "/register", fields).status())
                .isEqualTo(403);
        assertThat(count(event)).isZero();
    }

    @Test
    void aValidFormRegistersAndShowsTheConfirmationWithThePrivateLink() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        BrowserSession browser = new BrowserSession(client, "en");
        Page form = browser.get("/events/" + event + "/register");
        MultiValueMap<String, String> fields = valid(Delegates.amina(), form.input("formKey"));
        fields.add("sessionIds", sessionId(form));

        Page confirmation = browser.post("/events/" + event + "/register", fields);

        assertThat(confirmation.status()).isEqualTo(200);
        assertThat(confirmation.html())
                .contains("You are registered")
                .contains("status CONFIRMED")
                .contains("/my/registration?token=")
                .contains("calendar.ics")
                .contains("calendar.google.com");
        assertThat(confirmation.headers().getCacheControl()).contains("no-store");
        assertThat(confirmation.headers().getFirst("Referrer-Policy")).isEqualTo("no-referrer");

        Page mine = browser.get(confirmation.link("/my/registration?token="));
        assertThat(mine.html())
                .contains("Amina")
                .contains("Diallo")
                .contains("Opening")
                .as("the private page speaks Amina's language, French, whatever the browser says")
                .contains("lang=\"fr\"")
                .contains("Sénégal");
    }

    @Test
    void whenFullTheConfirmationGivesThePlaceOnTheWaitingList() {
        UUID event = PublishedEvents.open(organiser, 1, true, false);
        register(event, Delegates.person("First", "Comer", "CH"));
        BrowserSession browser = new BrowserSession(client, "fr");
        Page form = browser.get("/events/" + event + "/register");

        Page confirmation = browser.post(
                "/events/" + event + "/register",
                valid(Delegates.person("Second", "Comer", "FR"), form.input("formKey")));

        assertThat(confirmation.html())
                .contains("Vous êtes sur la liste d’attente")
                .contains("Vous êtes numéro 1 sur la liste d’attente");
    }

    @Test
    void anInvalidFormComesBackWithWhatWasTypedAndAMessageAtEachField() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        BrowserSession browser = new BrowserSession(client, "en");
        Page form = browser.get("/events/" + event + "/register");
        MultiValueMap<String, String> fields = form(
                "formKey",
                form.input("formKey"),
                "givenName",
                "Амина",
                "familyName",
                "",
                "organisation",
                "Ministère de la Justice & des Droits",
                "countryCode",
                "SN",
                "email",
                "not-an-email",
                "phone",
                "+221 33 000 00 00",
                "language",
                "fr",
                "role",
                "DELEGATE",
                "dietary",
                "halal");

        Page again = browser.post("/events/" + event + "/register", fields);

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.field("givenName")).contains("value=\"Амина\"");
        assertThat(again.input("organisation")).isEqualTo("Ministère de la Justice & des Droits");
        assertThat(again.input("email")).isEqualTo("not-an-email");
        assertThat(again.html()).contains(">halal</textarea>").containsPattern("<option value=\"fr\"[^>]*selected");
        assertThat(again.field("familyName"))
                .contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"familyName-error\"");
        assertThat(again.field("email")).contains("aria-describedby=\"email-hint email-error\"");
        assertThat(again.html())
                .contains("<title>Error: ")
                .contains("class=\"error-summary\"")
                .contains("href=\"#familyName\"")
                .contains("href=\"#email\"")
                .contains("href=\"#consent\"")
                .contains("id=\"familyName-error\">This field is required.</p>")
                .contains("Enter an e-mail address such as name@example.org.")
                .contains("Agreeing to the privacy notice is needed to register.");
        assertThat(count(event)).isZero();
    }

    @Test
    void errorsAreInThePageLanguage() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        BrowserSession browser = new BrowserSession(client, "es");
        Page form = browser.get("/events/" + event + "/register");
        Map<String, Object> amina = Delegates.amina();
        amina.put("familyName", "");

        Page again = browser.post("/events/" + event + "/register", valid(amina, form.input("formKey")));

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.html()).contains("Apellidos — Este campo es obligatorio.");
    }

    @Test
    void aDoubleSubmittedFormRegistersOnce() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        BrowserSession browser = new BrowserSession(client, "en");
        Page form = browser.get("/events/" + event + "/register");
        MultiValueMap<String, String> fields = valid(Delegates.amina(), form.input("formKey"));
        fields.add("_csrf", form.input("_csrf"));

        Page first = browser.post("/events/" + event + "/register", fields);
        Page second = browser.post("/events/" + event + "/register", fields);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.link("/my/registration?token=")).isEqualTo(first.link("/my/registration?token="));
        assertThat(count(event)).isEqualTo(1);
    }

    @Test
    void aSecondRegistrationWithTheSameEmailOffersToSendTheLinkAgain() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<String, Object> amina = Delegates.amina();
        register(event, amina);
        BrowserSession browser = new BrowserSession(client, "en");
        Page form = browser.get("/events/" + event + "/register");

        Page refused = browser.post("/events/" + event + "/register", valid(amina, form.input("formKey")));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html())
                .contains("You are already registered")
                .containsPattern("action=\"/events/reg-[0-9a-f]+/resend-link\"");
        assertThat(refused.input("email")).isEqualTo(amina.get("email"));

        String csrf = refused.input("_csrf");
        Page sent = browser.post(
                "/events/" + event + "/resend-link", form("_csrf", csrf, "email", (String) amina.get("email")));
        Page unknown =
                browser.post("/events/" + event + "/resend-link", form("_csrf", csrf, "email", "nobody@example.org"));
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.html()).contains("If this address is registered");
        assertThat(unknown.html()).contains("If this address is registered");
    }

    @Test
    void anInvitationOnlyEventExplainsInsteadOfShowingTheForm() {
        Map<String, Object> body = EventFixtures.sideEvent(EventFixtures.slug("invited"));
        body.put("access", "INVITATION_ONLY");
        UUID event = PublishedEvents.publish(organiser, body);

        Page page = new BrowserSession(client, "fr").get("/events/" + event + "/register");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.html())
                .contains("Sur invitation uniquement")
                .contains("secretariat@example.org")
                .doesNotContain("name=\"givenName\"");
    }

    @Test
    void thePrivacyNoticeIsThereInEachLanguage() {
        assertThat(new BrowserSession(client, "en").get("/privacy").html()).contains("Privacy notice");
        assertThat(new BrowserSession(client, "ar").get("/privacy").html())
                .contains("إشعار الخصوصية")
                .contains("dir=\"rtl\"");
    }

    static MultiValueMap<String, String> valid(Map<String, Object> person, String formKey) {
        MultiValueMap<String, String> form = form("formKey", formKey);
        person.forEach((name, value) -> {
            if (value instanceof Boolean b) {
                if (b) {
                    form.add(name, "true");
                }
            } else {
                form.add(name, String.valueOf(value));
            }
        });
        return form;
    }

    private static String sessionId(Page form) {
        var m = java.util.regex.Pattern.compile("name=\"sessionIds\"\\s+value=\"([0-9a-f-]{36})\"")
                .matcher(form.html());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private void register(UUID event, Map<String, Object> person) {
        client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(person)
                .exchange()
                .expectStatus()
                .isCreated();
    }

    private long count(UUID event) {
        Map<?, ?> page = organiser
                .get()
                .uri("/api/v1/admin/events/{id}/registrations", event)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return ((Number) page.get("total")).longValue();
    }
}
