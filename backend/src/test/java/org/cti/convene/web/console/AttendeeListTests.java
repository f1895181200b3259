package org.cti.convene.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cti.convene.events.Events;
import org.cti.convene.registration.RegistrationStatus;
import org.cti.convene.registration.Registrations;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.ConsoleSession;
import org.cti.convene.support.Delegates;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The console's attendee list: search, filters, order, paging, moderation one by one and in bulk, exports. */
@IntegrationTest
class AttendeeListTests {

    private static final Pattern ROW_ID = Pattern.compile("name=\"ids\"[^>]*value=\"([0-9a-f-]{36})\"");

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Registrations registrations;

    @Autowired
    Events events;

    ConsoleSession organiser;
    UUID event;
    String path;
    UUID amina;
    UUID zoe;
    UUID grace;
    UUID olga;

    /** An event that needs approval, with four pending registrations from four States. */
    @BeforeEach
    void eventWithPendingRegistrations() {
        Staff.ensure(accounts);
        organiser = ConsoleSession.signIn(client, Staff.ORGANISER);
        event = PublishedEvents.open(Staff.as(client, Staff.ORGANISER), 30, true, true);
        path = "/console/events/" + event + "/registrations";
        amina = register(Delegates.person("Amina", "Diallo", "SN"));
        zoe = register(Delegates.person("Zoë", "Núñez", "MX"));
        // a speaker is a delegate the organisers gave that role
        Staff.as(client, Staff.ORGANISER)
                .put()
                .uri("/api/v1/admin/registrations/{id}/role", zoe)
                .bodyValue(Map.of("role", "SPEAKER"))
                .exchange()
                .expectStatus()
                .isOk();
        grace = register(Delegates.person("Grace", "Mensah", "GH"));
        Map<String, Object> withSession = Delegates.person("Ольга", "Петрова", "RU");
        withSession.put(
                "sessionIds",
                List.of(events.find(event).block().sessions().getFirst().id()));
        olga = register(withSession);
    }

    @Test
    void theListShowsEveryoneWithStatusTotalsExportsAndATickBoxPerRow() {
        String html = organiser.page(path);

        assertThat(html)
                .contains("<title>Registrations: Preventing torture in police custody · Convene</title>")
                .contains("Amina Diallo", "Zoë Núñez", "Grace Mensah", "Ольга Петрова")
                .contains("Senegal")
                .contains("<span class=\"count\">4</span> <span>Pending approval</span>")
                .contains("href=\"" + path + ".csv\"")
                .contains("href=\"" + path + ".xlsx\"")
                .contains("href=\"/console/events/" + event + "/counts\"")
                .contains("action=\"" + path + "/moderate\"")
                .contains("name=\"_csrf\"")
                .contains(
                        "<label class=\"visually-hidden\" for=\"select-" + amina + "\">Tick H.E. Amina Diallo</label>")
                .contains("action=\"" + path + "/" + amina + "/approve\"")
                .contains("href=\"" + path + "/" + amina + "/decline\"")
                .contains("aria-sort=\"ascending\"")
                .doesNotContain("style=");
        assertThat(ids(html)).containsExactly(amina, grace, zoe, olga);
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        assertThat(ids(organiser.page(path + "?q=nunez"))).containsExactly(zoe);
        assertThat(ids(organiser.page(path + "?q=ZOE"))).containsExactly(zoe);
        assertThat(ids(organiser.page(path + "?q=ольга"))).containsExactly(olga);
        String none = organiser.page(path + "?q=nobody-here");
        assertThat(ids(none)).isEmpty();
        assertThat(none)
                .contains("No registration matches this search and these filters.")
                .contains("value=\"nobody-here\"");
    }

    @Test
    void filtersByCountryRoleStatusAndSession() {
        UUID session = events.find(event).block().sessions().getFirst().id();
        assertThat(ids(organiser.page(path + "?country=SN"))).containsExactly(amina);
        assertThat(ids(organiser.page(path + "?role=SPEAKER"))).containsExactly(zoe);
        assertThat(ids(organiser.page(path + "?session=" + session))).containsExactly(olga);
        assertThat(ids(organiser.page(path + "?status=CONFIRMED"))).isEmpty();
        String pending = organiser.page(path + "?status=PENDING_APPROVAL&country=GH");
        assertThat(ids(pending)).containsExactly(grace);
        assertThat(pending)
                .contains("<option value=\"GH\" selected=\"selected\">Ghana</option>")
                .contains("href=\"" + path + ".csv?status=PENDING_APPROVAL&amp;country=GH\"");
        assertThat(ids(organiser.page(path + "?status=nonsense&country=%3Cx%3E")))
                .as("unreadable filters are ignored")
                .hasSize(4);
    }

    @Test
    void sortsByCountryStatusAndDateBothWays() {
        assertThat(ids(organiser.page(path + "?sort=country"))).containsExactly(grace, zoe, olga, amina);
        assertThat(ids(organiser.page(path + "?sort=country&dir=desc"))).containsExactly(amina, olga, zoe, grace);
        assertThat(ids(organiser.page(path + "?sort=registered"))).containsExactly(amina, zoe, grace, olga);
        assertThat(ids(organiser.page(path + "?sort=registered&dir=desc"))).containsExactly(olga, grace, zoe, amina);
        String byCountry = organiser.page(path + "?sort=country");
        assertThat(byCountry).contains("href=\"" + path + "?sort=country&amp;dir=desc\"");
        assertThat(byCountry)
                .contains("<th scope=\"col\" aria-sort=\"ascending\"><a href=\"" + path
                        + "?sort=country&amp;dir=desc\">Country</a></th>");
    }

    @Test
    void pagesKeepTheFilters() {
        for (int i = 0; i < 8; i++) {
            register(Delegates.person("Extra", "Person" + i, "FR"));
        }

        String first = organiser.page(path + "?size=10");
        assertThat(ids(first)).hasSize(10);
        assertThat(first).contains("Page 1 of 2").contains("href=\"" + path + "?page=2&amp;size=10\"");
        String second = organiser.page(path + "?size=10&page=2");
        assertThat(ids(second)).hasSize(2);
        assertThat(second).contains("Page 2 of 2").contains("rel=\"prev\"");
        assertThat(ids(organiser.page(path + "?country=FR&size=10&page=1"))).hasSize(8);
        assertThat(organiser.page(path + "?country=FR&size=10")).doesNotContain("Page 1 of");
        List<UUID> both = new ArrayList<>(ids(first));
        both.addAll(ids(second));
        assertThat(both).doesNotHaveDuplicates().hasSize(12).contains(amina, grace, zoe, olga);
    }

    @Test
    void bulkApprovalThroughTheFormComesBackToTheSameView() {
        EntityExchangeResult<String> result = organiser.post(
                path + "/moderate",
                Map.of(
                        "ids", List.of(amina.toString(), zoe.toString()),
                        "decision", "approve",
                        "reason", "",
                        "back", "q=a&sort=country"));

        assertThat(result.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        String location = result.getResponseHeaders().getLocation().toString();
        assertThat(location).isEqualTo(path + "?q=a&sort=country&done=approved&changed=2&refused=0");
        assertThat(status(amina)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(status(zoe)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(status(grace)).isEqualTo(RegistrationStatus.PENDING_APPROVAL);
        assertThat(organiser.page(location))
                .contains("class=\"notice ok\"")
                .contains("Approved: 2.")
                .contains("value=\"a\"");
    }

    @Test
    void bulkDeclineSendsTheReasonAndCountsWhatCouldNotChange() {
        organiser.post(path + "/" + amina + "/approve", Map.of("back", ""));
        UUID elsewhere = UUID.randomUUID();

        EntityExchangeResult<String> result = organiser.post(
                path + "/moderate",
                Map.of(
                        "ids",
                                List.of(
                                        grace.toString(),
                                        olga.toString(),
                                        amina.toString(),
                                        elsewhere.toString(),
                                        "junk"),
                        "decision", "decline",
                        "reason", "The room is reserved for States parties.",
                        "back", ""));

        assertThat(result.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(result.getResponseHeaders().getLocation()).hasToString(path + "?done=declined&changed=2&refused=2");
        assertThat(status(grace)).isEqualTo(RegistrationStatus.DECLINED);
        assertThat(status(olga)).isEqualTo(RegistrationStatus.DECLINED);
        assertThat(status(amina)).as("confirmed: cancel, not decline").isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(organiser.page(path + "?done=declined&changed=2&refused=2"))
                .contains("class=\"notice bad\"")
                .contains("Declined: 2.")
                .contains("Not changed: 2.");
    }

    @Test
    void bulkFormsThatCannotBeActedOnComeBackWithTheirMessage() {
        EntityExchangeResult<String> none =
                organiser.post(path + "/moderate", Map.of("decision", "approve", "back", "country=SN"));
        assertThat(none.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(none.getResponseBody())
                .contains("class=\"error-summary\"")
                .contains("href=\"#bulk-actions\"")
                .contains("Tick at least one registration in the list first.")
                .contains("<option value=\"SN\" selected=\"selected\">Senegal</option>");

        EntityExchangeResult<String> reason = organiser.post(
                path + "/moderate",
                Map.of(
                        "ids",
                        List.of(grace.toString()),
                        "decision",
                        "approve",
                        "reason",
                        "Typed, then Enter",
                        "back",
                        ""));
        assertThat(reason.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(reason.getResponseBody())
                .contains("href=\"#reason\"")
                .contains("A reason is sent only when declining.")
                .contains("value=\"Typed, then Enter\"")
                .containsPattern("id=\"select-" + grace + "\" value=\"" + grace + "\" checked=\"checked\"");
        assertThat(status(grace)).isEqualTo(RegistrationStatus.PENDING_APPROVAL);
    }

    @Test
    void bulkWithoutTheCsrfTokenIsRefused() {
        organiser.page(path);
        EntityExchangeResult<String> forged = organiser.postWithoutCsrf(
                path + "/moderate", Map.of("ids", List.of(amina.toString()), "decision", "approve"));

        assertThat(forged.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(amina)).isEqualTo(RegistrationStatus.PENDING_APPROVAL);
    }

    @Test
    void oneByOneApproveAndDeclineWithAConfirmationPage() {
        EntityExchangeResult<String> approved =
                organiser.post(path + "/" + zoe + "/approve", Map.of("back", "role=SPEAKER"));
        assertThat(approved.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(approved.getResponseHeaders().getLocation())
                .hasToString(path + "?role=SPEAKER&done=approved&changed=1&refused=0");
        assertThat(status(zoe)).isEqualTo(RegistrationStatus.CONFIRMED);

        String confirm = organiser.page(path + "/" + grace + "/decline?country=GH");
        assertThat(confirm)
                .contains("Decline this registration?")
                .contains("Grace Mensah")
                .contains("action=\"" + path + "/" + grace + "/decline\"")
                .contains("name=\"back\" value=\"country=GH\"")
                .contains("<label for=\"reason\">");
        assertThat(status(grace)).as("looking is not declining").isEqualTo(RegistrationStatus.PENDING_APPROVAL);

        EntityExchangeResult<String> declined = organiser.post(
                path + "/" + grace + "/decline",
                Map.of("reason", "Seats are for States parties.", "back", "country=GH"));
        assertThat(declined.getResponseHeaders().getLocation())
                .hasToString(path + "?country=GH&done=declined&changed=1&refused=0");
        assertThat(status(grace)).isEqualTo(RegistrationStatus.DECLINED);

        EntityExchangeResult<String> again = organiser.post(path + "/" + zoe + "/decline", Map.of("back", ""));
        assertThat(again.getResponseHeaders().getLocation())
                .as("a confirmed registration cannot be declined")
                .hasToString(path + "?done=declined&changed=0&refused=1");
    }

    @Test
    void theConsoleServesTheExportsWithItsSessionWhichTheApiDoesNotRead() {
        String session = organiser.sessionId();
        EntityExchangeResult<byte[]> csv = client.get()
                .uri(path + ".csv?country=SN&q=amina")
                .cookie(ConsoleSession.SESSION_COOKIE, session)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .returnResult();
        assertThat(csv.getResponseHeaders().getContentType())
                .isEqualTo(MediaType.parseMediaType("text/csv;charset=UTF-8"));
        assertThat(csv.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo(
                        "attachment; filename=\"" + events.find(event).block().slug() + "-registrations.csv\"");
        String text = new String(csv.getResponseBody(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(2);
        assertThat(text).contains("Amina").doesNotContain("Grace");

        client.get()
                .uri(path + ".xlsx?role=SPEAKER")
                .cookie(ConsoleSession.SESSION_COOKIE, session)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        client.get()
                .uri("/api/v1/admin/events/{id}/registrations.csv", event)
                .cookie(ConsoleSession.SESSION_COOKIE, session)
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void theCountsPageShowsCountriesAndRegions() {
        String html = organiser.page("/console/events/" + event + "/counts");

        assertThat(html)
                .contains("Who is coming from where")
                .contains("<th scope=\"row\">Africa</th>")
                .contains("<th scope=\"row\">Oceania</th>")
                .contains("href=\"" + path + "?country=SN\"")
                .contains(">Ghana</a>")
                .doesNotContain("style=");
        assertThat(organiser.page("/console/events/" + event))
                .contains("href=\"" + path + "\"")
                .contains("href=\"/console/events/" + event + "/counts\"")
                .contains("href=\"/console/mail?event=" + event + "\"");
    }

    @Test
    void anOrganiserOfAnotherEventGets404AndCheckInStaff403() {
        UUID other = PublishedEvents.open(Staff.as(client, Staff.ORGANISER), 5, true, false);
        ConsoleSession partner = ConsoleSession.signIn(client, Staff.scopedOrganiser(accounts, other));

        for (String page : List.of(
                path,
                path + ".csv",
                path + ".xlsx",
                "/console/events/" + event + "/counts",
                path + "/" + amina + "/decline")) {
            assertThat(partner.get(page).getStatus()).as(page).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(partner.post(path + "/moderate", Map.of("ids", amina.toString(), "decision", "approve"))
                        .getStatus())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(partner.post(path + "/" + amina + "/approve", Map.of()).getStatus())
                .isEqualTo(HttpStatus.NOT_FOUND);
        String otherPath = "/console/events/" + other + "/registrations";
        assertThat(partner.post(otherPath + "/" + amina + "/approve", Map.of()).getStatus())
                .as("a registration of another event through one's own")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(partner.page(otherPath)).contains("Nobody has registered yet.");
        assertThat(status(amina)).isEqualTo(RegistrationStatus.PENDING_APPROVAL);

        ConsoleSession door = ConsoleSession.signIn(client, Staff.CHECKIN);
        assertThat(door.get(path).getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(door.page("/console/events/" + event)).doesNotContain("href=\"" + path + "\"");
    }

    private UUID register(Map<String, Object> body) {
        body.put("email", "console-" + UUID.randomUUID() + "@example.org");
        Map<?, ?> created = client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return UUID.fromString((String) created.get("id"));
    }

    private RegistrationStatus status(UUID id) {
        return registrations.find(id).block().status();
    }

    private static List<UUID> ids(String html) {
        List<UUID> ids = new ArrayList<>();
        Matcher m = ROW_ID.matcher(html);
        while (m.find()) {
            ids.add(UUID.fromString(m.group(1)));
        }
        return ids;
    }
}
