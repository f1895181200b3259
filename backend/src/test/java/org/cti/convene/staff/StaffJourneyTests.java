package org.cti.convene.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.support.CapturedMail;
import org.cti.convene.support.ConsoleSession;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.SettableClock;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A secretariat runs itself: an administrator invites a local partner scoped to one meeting, the partner sets a
 * password through the mailed link and sees that meeting only, everywhere.
 */
@IntegrationTest
class StaffJourneyTests {

    static final String PASSWORD = "correct horse battery staple 1";

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    SettableClock clock;

    @BeforeEach
    void staff() {
        Staff.ensure(accounts);
    }

    @AfterEach
    void time() {
        clock.reset();
    }

    @Test
    void anInvitedPartnerSetsAPasswordAndSeesOnlyTheirMeeting() {
        WebTestClient admin = Staff.as(client, Staff.ADMIN);
        UUID theirs = PublishedEvents.open(admin, 20, false, false);
        UUID other = PublishedEvents.open(admin, 20, false, false);
        String email = "partner-" + UUID.randomUUID().toString().substring(0, 8) + "@ngo.example";

        Map<String, Object> invited = admin.post()
                .uri("/api/v1/admin/staff")
                .bodyValue(Map.of(
                        "email", email, "name", "Local Partner", "role", "ORGANISER", "eventIds", List.of(theirs)))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
        assertThat(invited)
                .containsEntry("status", "INVITED")
                .containsEntry("role", "ORGANISER")
                .containsEntry("eventIds", List.of(theirs.toString()))
                .containsKey("id");
        admin.post()
                .uri("/api/v1/admin/staff")
                .bodyValue(Map.of("email", email.toUpperCase(), "name", "Again", "role", "ORGANISER"))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT);

        String link = mailedLink(email, "staff-invitation");
        String path = link.substring(link.indexOf("/console/"));
        ConsoleSession browser = ConsoleSession.anonymous(client);
        assertThat(browser.page(path)).contains(email).contains("name=\"password\"");

        var weak = browser.post(path, Map.of("password", "password2024!", "confirmation", "password2024!"));
        assertThat(weak.getStatus().value()).isEqualTo(422);
        assertThat(weak.getResponseBody()).contains("too common");
        var saved = browser.post(path, Map.of("password", PASSWORD, "confirmation", PASSWORD));
        assertThat(saved.getResponseHeaders().getLocation()).hasToString("/console/login?welcome");
        assertThat(browser.get(path).getStatus()).as("the link works once").isEqualTo(HttpStatus.NOT_FOUND);

        ConsoleSession partner = ConsoleSession.signIn(client, email, PASSWORD);
        String events = partner.page("/console/events");
        assertThat(events).contains(theirs.toString()).doesNotContain(other.toString());
        assertThat(partner.get("/console").getResponseHeaders().getLocation()).hasToString("/console/events");
        assertThat(partner.get("/console/events/" + other).getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(partner.get("/console/events/" + other + "/registrations").getStatus())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(partner.get("/console/staff").getStatus()).isEqualTo(HttpStatus.FORBIDDEN);

        WebTestClient api = client.mutate()
                .defaultHeaders(h -> h.setBasicAuth(email, PASSWORD))
                .build();
        for (String route : List.of(
                "",
                "/registrations",
                "/registrations.csv",
                "/registrations.xlsx",
                "/counts",
                "/badges.pdf",
                "/invitations")) {
            api.get()
                    .uri("/api/v1/admin/events/" + other + route)
                    .exchange()
                    .expectStatus()
                    .isNotFound();
        }
        api.get()
                .uri("/api/v1/admin/events/" + theirs + "/registrations")
                .exchange()
                .expectStatus()
                .isOk();
        api.get()
                .uri("/api/v1/admin/audit?eventId=" + other)
                .exchange()
                .expectStatus()
                .isNotFound();
        api.get().uri("/api/v1/admin/staff").exchange().expectStatus().isForbidden();
        List<?> listed = api.get()
                .uri("/api/v1/admin/events")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(List.class)
                .returnResult()
                .getResponseBody();
        assertThat(listed.toString()).contains(theirs.toString()).doesNotContain(other.toString());
    }

    @Test
    void twoAdministratorsInvitingTheSameAddressAtOnceMakeOneAccount() {
        String email = "twice-" + UUID.randomUUID().toString().substring(0, 8) + "@ngo.example";
        WebTestClient admin = Staff.as(client, Staff.ADMIN);
        List<Integer> statuses = reactor.core.publisher.Flux.range(0, 2)
                .flatMap(i -> reactor.core.publisher.Mono.fromCallable(() -> admin.post()
                                .uri("/api/v1/admin/staff")
                                .bodyValue(Map.of("email", email, "name", "Colleague " + i, "role", "CHECKIN"))
                                .exchange()
                                .returnResult(String.class)
                                .getStatus()
                                .value())
                        .subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()))
                .collectList()
                .block();
        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        assertThat(accounts.list().filter(a -> a.email().equals(email)).count().block())
                .isEqualTo(1);
    }

    @Test
    void anInvitationWithBadInputWritesNothing() {
        WebTestClient admin = Staff.as(client, Staff.ADMIN);
        long before = accounts.list().count().block();
        admin.post()
                .uri("/api/v1/admin/staff")
                .bodyValue(Map.of("email", "not-an-address", "name", "", "role", "ORGANISER"))
                .exchange()
                .expectStatus()
                .isBadRequest();
        admin.post()
                .uri("/api/v1/admin/staff")
                .bodyValue(Map.of(
                        "email",
                        "admin-scoped@ngo.example",
                        "name",
                        "Scoped admin",
                        "role",
                        "ADMIN",
                        "eventIds",
                        List.of(UUID.randomUUID())))
                .exchange()
                .expectStatus()
                .isBadRequest();
        admin.post()
                .uri("/api/v1/admin/staff")
                .bodyValue(Map.of(
                        "email",
                        "ghost-event@ngo.example",
                        "name",
                        "Partner",
                        "role",
                        "ORGANISER",
                        "eventIds",
                        List.of(UUID.randomUUID())))
                .exchange()
                .expectStatus()
                .isBadRequest();
        assertThat(accounts.list().count().block()).isEqualTo(before);
    }

    @Test
    void theLastAdministratorCannotBeDisabledOrDemoted() {
        WebTestClient admin = Staff.as(client, Staff.ADMIN);
        List<Map<String, Object>> staff = admin.get()
                .uri("/api/v1/admin/staff")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(List.class)
                .returnResult()
                .getResponseBody();
        Object id = staff.stream()
                .filter(s -> Staff.ADMIN.equals(s.get("email")))
                .findFirst()
                .orElseThrow()
                .get("id");
        admin.patch()
                .uri("/api/v1/admin/staff/" + id)
                .bodyValue(Map.of("enabled", false))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.type")
                .value(t -> assertThat(t.toString()).endsWith("last-administrator"));
        admin.patch()
                .uri("/api/v1/admin/staff/" + id)
                .bodyValue(Map.of("role", "ORGANISER"))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT);
        admin.get()
                .uri("/api/v1/admin/me")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.role")
                .isEqualTo("ADMIN");
    }

    @Test
    void aResetLinkIsSingleUseExpiresAndTheAnswerNeverTellsWhoHasAnAccount() {
        String email = activeOrganiser();
        client.post()
                .uri("/api/v1/staff/password-reset")
                .bodyValue(Map.of("email", "nobody@nowhere.example"))
                .exchange()
                .expectStatus()
                .isAccepted();
        client.post()
                .uri("/api/v1/staff/password-reset")
                .bodyValue(Map.of("email", email))
                .exchange()
                .expectStatus()
                .isAccepted();
        String link = mailedLink(email, "password-reset");
        String path = link.substring(link.indexOf("/console/"));
        ConsoleSession browser = ConsoleSession.anonymous(client);
        assertThat(browser.page(path)).contains(email);

        clock.advance(Duration.ofHours(3));
        assertThat(browser.get(path).getStatus()).as("expired after two hours").isEqualTo(HttpStatus.NOT_FOUND);
        clock.reset();

        var saved = browser.post(path, Map.of("password", PASSWORD + "x", "confirmation", PASSWORD + "x"));
        assertThat(saved.getResponseHeaders().getLocation()).hasToString("/console/login?welcome");
        assertThat(browser.post(path, Map.of("password", PASSWORD + "y", "confirmation", PASSWORD + "y"))
                        .getStatus())
                .as("used once")
                .isEqualTo(HttpStatus.NOT_FOUND);
        ConsoleSession.signIn(client, email, PASSWORD + "x");
    }

    /** An organiser with a password, through the invitation link. */
    String activeOrganiser() {
        String email = "org-" + UUID.randomUUID().toString().substring(0, 8) + "@ngo.example";
        Staff.as(client, Staff.ADMIN)
                .post()
                .uri("/api/v1/admin/staff")
                .bodyValue(Map.of("email", email, "name", "Organiser", "role", "ORGANISER"))
                .exchange()
                .expectStatus()
                .isCreated();
        String link = mailedLink(email, "staff-invitation");
        ConsoleSession.anonymous(client)
                .post(
                        link.substring(link.indexOf("/console/")),
                        Map.of("password", PASSWORD, "confirmation", PASSWORD));
        return email;
    }

    static String mailedLink(String email, String kind) {
        return CapturedMail.link(email, kind);
    }
}
