package org.cti.convene.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.invitations.Invitations;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.BrowserSession;
import org.cti.convene.support.Delegates;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.InvitedEvents;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;

/**
 * Whoever registers themself (publicly, as a head of delegation, through an invitation) is a delegate; the
 * other roles printed on badges (speaker, expert, organiser, press) are given by the organisers.
 */
@IntegrationTest
class SelfAssignedRoleTests {

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
    void thePublicApiRegistersDelegatesOnly() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        for (String role : List.of("ORGANISER", "SPEAKER", "EXPERT", "PRESS")) {
            Map<String, Object> body = Delegates.amina();
            body.put("role", role);
            refused(
                    client.post()
                            .uri("/api/v1/events/{id}/registrations", event)
                            .bodyValue(body)
                            .exchange(),
                    "role");
        }
        assertThat(total(event)).as("nothing was written").isZero();

        Map<String, Object> unsaid = Delegates.amina();
        unsaid.remove("role");
        for (Map<String, Object> body : List.of(Delegates.amina(), unsaid)) {
            client.post()
                    .uri("/api/v1/events/{id}/registrations", event)
                    .bodyValue(body)
                    .exchange()
                    .expectStatus()
                    .isCreated();
        }
    }

    @Test
    void neitherAHeadOfDelegationNorAnInviteeChoosesARole() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        List<Map<String, Object>> delegates = List.of(
                Delegates.person("Kwame", "Mensah", "GH"),
                withRole(Delegates.person("Ama", "Owusu", "GH"), "ORGANISER"));
        refused(
                client.post()
                        .uri("/api/v1/events/{id}/delegations", event)
                        .bodyValue(Map.of(
                                "countryCode",
                                "GH",
                                "head",
                                Map.of("name", "Mission of Ghana", "email", "head-gh@example.org", "language", "en"),
                                "delegates",
                                delegates))
                        .exchange(),
                "delegates[1].role");

        Map<?, ?> seated = client.post()
                .uri("/api/v1/events/{id}/delegations", event)
                .bodyValue(Map.of(
                        "countryCode",
                        "GH",
                        "head",
                        Map.of("name", "Mission of Ghana", "email", "head-gh@example.org", "language", "en"),
                        "delegates",
                        List.of(Delegates.person("Kwame", "Mensah", "GH"))))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        Map<?, ?> kwame = (Map<?, ?>) ((List<?>) seated.get("registrations")).getFirst();
        refused(
                client.post()
                        .uri("/api/v1/delegations/me/substitutions")
                        .header("X-Manage-Token", (String) seated.get("manageToken"))
                        .bodyValue(Map.of(
                                "registrationId",
                                kwame.get("id"),
                                "replacement",
                                withRole(Delegates.person("Kofi", "Annan", "GH"), "SPEAKER")))
                        .exchange(),
                "replacement.role");

        UUID invitedEvent = InvitedEvents.event(organiser, 10);
        UUID invitation = InvitedEvents.invite(organiser, invitedEvent, InvitedEvents.person("Ana Pérez", "es"));
        refused(
                client.post()
                        .uri("/api/v1/invitations/{t}/accept", InvitedEvents.token(invitations, invitation))
                        .bodyValue(Map.of(
                                "registrations", List.of(withRole(Delegates.person("Ana", "Pérez", "ES"), "PRESS"))))
                        .exchange(),
                "registrations[0].role");
    }

    @Test
    void theFormCannotChooseARoleEither() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        BrowserSession browser = new BrowserSession(client, "en");
        BrowserSession.Page form = browser.get("/events/" + event + "/register");
        assertThat(form.html()).doesNotContain("name=\"role\"");
        MultiValueMap<String, String> fields = BrowserSession.form("formKey", form.input("formKey"));
        withRole(Delegates.amina(), "SPEAKER").forEach((name, value) -> {
            if (!(value instanceof Boolean b) || b) {
                fields.add(name, String.valueOf(value));
            }
        });

        assertThat(browser.post("/events/" + event + "/register", fields).status())
                .isEqualTo(200);
        assertThat(roles(event)).containsExactly("DELEGATE");
    }

    @Test
    void organisersGiveRolesAndTheNewRoleRevokesTheOldBadge() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<?, ?> registered = client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(Delegates.amina())
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        Object id = registered.get("id");

        organiser
                .put()
                .uri("/api/v1/admin/registrations/{id}/role", id)
                .bodyValue(Map.of("role", "SPEAKER"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.role")
                .isEqualTo("SPEAKER")
                .jsonPath("$.badgeVersion")
                .isEqualTo(2);
        // the delegate's own changes keep the role the organisers gave
        client.patch()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", (String) registered.get("manageToken"))
                .bodyValue(Map.of("function", "Minister"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.role")
                .isEqualTo("SPEAKER");

        refused(
                organiser
                        .put()
                        .uri("/api/v1/admin/registrations/{id}/role", id)
                        .bodyValue(Map.of("role", "KING"))
                        .exchange(),
                "role");
        UUID another = PublishedEvents.open(organiser, 10, true, false);
        WebTestClient otherEvents = Staff.as(client, Staff.scopedOrganiser(accounts, another));
        otherEvents
                .put()
                .uri("/api/v1/admin/registrations/{id}/role", id)
                .bodyValue(Map.of("role", "ORGANISER"))
                .exchange()
                .expectStatus()
                .isNotFound();
        Staff.as(client, Staff.CHECKIN)
                .put()
                .uri("/api/v1/admin/registrations/{id}/role", id)
                .bodyValue(Map.of("role", "ORGANISER"))
                .exchange()
                .expectStatus()
                .isForbidden();
        assertThat(roles(event)).containsExactly("SPEAKER");
    }

    private static Map<String, Object> withRole(Map<String, Object> person, String role) {
        Map<String, Object> copy = new HashMap<>(person);
        copy.put("role", role);
        return copy;
    }

    private static void refused(WebTestClient.ResponseSpec response, String field) {
        response.expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == '" + field + "')]")
                .exists();
    }

    private long total(UUID event) {
        return ((Number) attendees(event).get("total")).longValue();
    }

    private List<String> roles(UUID event) {
        return ((List<?>) attendees(event).get("items"))
                .stream().map(r -> String.valueOf(((Map<?, ?>) r).get("role"))).toList();
    }

    private Map<?, ?> attendees(UUID event) {
        return organiser
                .get()
                .uri("/api/v1/admin/events/{id}/registrations", event)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }
}
