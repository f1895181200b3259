package org.cti.convene.web.delegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cti.convene.support.BrowserSession.form;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
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

/** A delegation's contact registers its people through the invitation page, in several visits, within its seats. */
@IntegrationTest
class InvitationPageDelegationTests {

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
    void threeSeatsTakeTwoPeopleThenOneMoreAndRefuseAFourth() {
        UUID event = InvitedEvents.event(organiser, 10);
        String token = InvitedEvents.token(
                invitations, InvitedEvents.invite(organiser, event, InvitedEvents.delegation("GH", 3)));
        String page = "/invitations/" + token;
        BrowserSession browser = new BrowserSession(client, "en");

        // first visit: blocks 1 and 3 filled, block 2 left empty; a mistake first
        Page first = browser.get(page);
        assertThat(first.html()).contains("3 granted, 0 used, 3 left").contains("name=\"delegates[2].givenName\"");
        MultiValueMap<String, String> two =
                form("_csrf", first.input("_csrf"), "formKey", first.input("formKey"), "rows", "3", "consent", "true");
        delegate(two, 0, "Kwame", "Asante");
        delegate(two, 2, "Efua", "Owusu");
        two.set("delegates[2].givenName", "");
        Page mistake = browser.post(page, two);
        assertThat(mistake.status()).isEqualTo(400);
        assertThat(mistake.html()).contains("href=\"#delegates-2-givenName\"").contains("Delegate 3, Given name");
        assertThat(mistake.input("delegates[0].givenName")).isEqualTo("Kwame");
        assertThat(seatsUsed(token)).isZero();

        two.set("delegates[2].givenName", "Efua");
        Page confirmation = browser.post(page, two);
        assertThat(confirmation.status()).isEqualTo(200);
        assertThat(confirmation.html())
                .contains("Kwame Asante")
                .contains("Efua Owusu")
                .contains("Seats left on this invitation: 1.");
        assertThat(links(confirmation)).hasSize(2);

        Page repeated = browser.post(page, two);
        assertThat(repeated.status()).as("a double submit registers once").isEqualTo(200);
        assertThat(links(repeated)).isEqualTo(links(confirmation));
        assertThat(seatsUsed(token)).isEqualTo(2);

        // second visit: one block for the one seat left; two people are too many
        Page second = browser.get(page);
        assertThat(second.html())
                .contains("3 granted, 2 used, 1 left")
                .containsPattern("Kwame Asante[\\s\\S]*?status CONFIRMED")
                .contains("name=\"delegates[0].givenName\"")
                .doesNotContain("name=\"delegates[1].givenName\"");
        MultiValueMap<String, String> tooMany =
                form("formKey", second.input("formKey"), "rows", "2", "consent", "true");
        delegate(tooMany, 0, "Yaw", "Boateng");
        delegate(tooMany, 1, "Akua", "Mensah");
        Page overBudget = browser.post(page, tooMany);
        assertThat(overBudget.status()).isEqualTo(409);
        assertThat(overBudget.html())
                .contains("Not enough seats left")
                .contains("Nothing was registered: the form listed more people than this invitation has seats left "
                        + "(people in the form: 2; seats left: 1).")
                .as("the typed form comes back")
                .contains("value=\"Akua\"");
        assertThat(seatsUsed(token)).isEqualTo(2);

        MultiValueMap<String, String> third = form(
                "_csrf", second.input("_csrf"), "formKey", second.input("formKey"), "rows", "1", "consent", "true");
        delegate(third, 0, "Yaw", "Boateng");
        Page done = browser.post(page, third);
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.html()).contains("Yaw Boateng").contains("All the seats of this invitation are now used.");
        assertThat(seatsUsed(token)).isEqualTo(3);

        // a fourth from a form left open in another tab: refused, nothing written
        MultiValueMap<String, String> fourth = form(
                "_csrf",
                second.input("_csrf"),
                "formKey",
                UUID.randomUUID().toString(),
                "rows",
                "1",
                "consent",
                "true");
        delegate(fourth, 0, "Kofi", "Annan");
        Page refused = browser.post(page, fourth);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html())
                .contains("All seats are already used")
                .contains("Nothing was registered: everyone this invitation has seats for is registered already.")
                .contains("3 granted, 3 used, 0 left")
                .doesNotContain("name=\"delegates[0].givenName\"");
        assertThat(seatsUsed(token)).isEqualTo(3);
        assertThat(attendees(event)).hasSize(3).noneMatch(name -> name.contains("Annan"));

        Page full = browser.get(page);
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.html()).contains("All seats are used").doesNotContain("name=\"formKey\"");
    }

    @Test
    void aDelegationGivesBackTheSeatsItWillNotUseFromItsPage() {
        UUID event = InvitedEvents.event(organiser, 10);
        String token = InvitedEvents.token(
                invitations, InvitedEvents.invite(organiser, event, InvitedEvents.delegation("KE", 3)));
        String page = "/invitations/" + token;
        BrowserSession browser = new BrowserSession(client, "en");
        Page first = browser.get(page);
        assertThat(first.html()).doesNotContain("give-back-seats");
        MultiValueMap<String, String> one =
                form("_csrf", first.input("_csrf"), "formKey", first.input("formKey"), "rows", "1", "consent", "true");
        delegate(one, 0, "Wanjiru", "Kamau");
        assertThat(browser.post(page, one).status()).isEqualTo(200);

        Page accepted = browser.get(page);
        assertThat(accepted.html()).contains("3 granted, 1 used, 2 left", "Give back the 2 seat(s) we will not use");
        Page back = browser.post(page + "/give-back-seats", form("_csrf", accepted.input("_csrf")));
        assertThat(back.status()).isEqualTo(303);
        assertThat(browser.get(page).html())
                .contains("1 granted, 1 used, 0 left")
                .doesNotContain("give-back-seats");
    }

    @Test
    void anEmptyFormAndAnAddressAlreadyRegisteredAreShownNextToTheFields() {
        UUID event = InvitedEvents.event(organiser, 10);
        String token = InvitedEvents.token(
                invitations, InvitedEvents.invite(organiser, event, InvitedEvents.delegation("SN", 3)));
        String page = "/invitations/" + token;
        BrowserSession browser = new BrowserSession(client, "fr");
        Page form = browser.get(page + "?lang=fr");

        Page empty = browser.post(page, form("formKey", form.input("formKey"), "rows", "3", "consent", "true"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.html()).contains("href=\"#delegates\"").contains("id=\"delegates\"");

        MultiValueMap<String, String> one =
                form("_csrf", form.input("_csrf"), "formKey", form.input("formKey"), "rows", "3", "consent", "true");
        delegate(one, 0, "Amina", "Diallo");
        assertThat(browser.post(page, one).status()).isEqualTo(200);

        Page again = browser.get(page);
        MultiValueMap<String, String> same = form("formKey", again.input("formKey"), "rows", "2", "consent", "true");
        delegate(same, 0, "Moussa", "Ndiaye");
        delegate(same, 1, "Amina", "Diallo");
        same.set("delegates[1].email", one.getFirst("delegates[0].email"));
        Page refused = browser.post(page, same);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html())
                .contains("href=\"#delegates-1-email\"")
                .contains("Cette adresse électronique est déjà inscrite à cet événement.");
        assertThat(seatsUsed(token)).isEqualTo(1);
    }

    private static void delegate(MultiValueMap<String, String> form, int i, String given, String family) {
        String p = "delegates[" + i + "].";
        form.set(p + "honorific", "H.E.");
        form.set(p + "givenName", given);
        form.set(p + "familyName", family);
        form.set(p + "function", "Counsellor");
        form.set(p + "email", InvitedEvents.email(given + "." + family));
        form.set(p + "language", "en");
        form.set(p + "role", "DELEGATE");
    }

    private static List<String> links(Page page) {
        return Pattern.compile("href=\"(/my/registration\\?token=[^\"]+)\"")
                .matcher(page.html())
                .results()
                .map(m -> m.group(1))
                .toList();
    }

    private int seatsUsed(String token) {
        Map<?, ?> view = client.get()
                .uri("/api/v1/invitations/{t}", token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return (Integer) view.get("seatsUsed");
    }

    private List<String> attendees(UUID event) {
        List<?> items = (List<?>) organiser
                .get()
                .uri("/api/v1/admin/events/{id}/registrations", event)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("items");
        return items.stream()
                .map(r -> ((Map<?, ?>) r).get("givenName") + " " + ((Map<?, ?>) r).get("familyName"))
                .toList();
    }
}
