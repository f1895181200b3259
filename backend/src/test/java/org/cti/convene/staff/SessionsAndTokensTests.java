package org.cti.convene.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.support.ConsoleSession;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.SecondInstance;
import org.cti.convene.support.SettableClock;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Sessions shared by instances, throttled sign-in, and personal API tokens. */
@IntegrationTest
class SessionsAndTokensTests {

    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

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
    void aSessionFromOneInstanceWorksOnAnotherUntilSignOutOrDisable() {
        String email = colleague("ORGANISER");
        try (SecondInstance second = SecondInstance.start()) {
            WebTestClient other = WebTestClient.bindToServer()
                    .baseUrl("http://localhost:" + second.port())
                    .build();

            ConsoleSession first = ConsoleSession.signIn(client, email, StaffJourneyTests.PASSWORD);
            ConsoleSession same = first.via(other);
            assertThat(same.page("/console/events")).contains("/console/logout");

            first.post("/console/logout", Map.of());
            assertThat(same.get("/console/events").getStatus().is3xxRedirection())
                    .as("signed out on one instance, refused on the other")
                    .isTrue();

            ConsoleSession again = ConsoleSession.signIn(client, email, StaffJourneyTests.PASSWORD);
            assertThat(again.sessionId())
                    .as("a new session id at every sign-in")
                    .isNotEqualTo(first.sessionId());
            ConsoleSession againThere = again.via(other);
            assertThat(againThere.page("/console/events")).contains("/console/logout");
            Staff.as(client, Staff.ADMIN)
                    .patch()
                    .uri("/api/v1/admin/staff/" + idOf(email))
                    .bodyValue(Map.of("enabled", false))
                    .exchange()
                    .expectStatus()
                    .isOk();
            assertThat(again.get("/console/events").getStatus().is3xxRedirection())
                    .isTrue();
            assertThat(againThere.get("/console/events").getStatus().is3xxRedirection())
                    .isTrue();
        }
    }

    @Test
    void aSessionEndsAfterAnHourWithoutARequest() {
        String email = colleague("ORGANISER");
        ConsoleSession session = ConsoleSession.signIn(client, email, StaffJourneyTests.PASSWORD);
        clock.advance(Duration.ofMinutes(59));
        assertThat(session.get("/console/events").getStatus())
                .as("still in use")
                .isEqualTo(HttpStatus.OK);
        clock.advance(Duration.ofMinutes(59));
        assertThat(session.get("/console/events").getStatus())
                .as("used 59 minutes ago")
                .isEqualTo(HttpStatus.OK);
        clock.advance(Duration.ofMinutes(61));
        assertThat(session.get("/console/events").getStatus().is3xxRedirection())
                .as("idle for an hour")
                .isTrue();
    }

    @Test
    void aNarrowerRoleAppliesToTheOpenSessionAtOnce() {
        String email = colleague("ORGANISER");
        ConsoleSession session = ConsoleSession.signIn(client, email, StaffJourneyTests.PASSWORD);
        session.page("/console/events");
        Staff.as(client, Staff.ADMIN)
                .patch()
                .uri("/api/v1/admin/staff/" + idOf(email))
                .bodyValue(Map.of("role", "CHECKIN"))
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(session.get("/console/mail").getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(session.get("/console").getResponseHeaders().getLocation()).hasToString("/console/check-in");
        String door = session.page("/console/check-in");
        assertThat(door)
                .contains("href=\"/console/check-in\"")
                .doesNotContain("href=\"/console/events\"", "href=\"/console/mail\"", "href=\"/console/staff\"");
    }

    @Test
    void theEleventhWrongPasswordInAMinuteIsRefusedAndTheOwnerGetsInAfterTheWindow() {
        String email = colleague("ORGANISER");
        WebTestClient wrong = client.mutate()
                .defaultHeaders(h -> h.setBasicAuth(email, "not-the-password-at-all"))
                .build();
        for (int i = 0; i < 10; i++) {
            wrong.get().uri("/api/v1/admin/events").exchange().expectStatus().isUnauthorized();
        }
        wrong.get()
                .uri("/api/v1/admin/events")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader()
                .exists("Retry-After");
        WebTestClient right = client.mutate()
                .defaultHeaders(h -> h.setBasicAuth(email, StaffJourneyTests.PASSWORD))
                .build();
        right.get().uri("/api/v1/admin/events").exchange().expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        ConsoleSession browser = ConsoleSession.anonymous(client);
        browser.page("/console/login");
        var form = browser.post("/console/login", Map.of("username", email, "password", StaffJourneyTests.PASSWORD));
        assertThat(form.getResponseHeaders().getLocation().toString()).startsWith("/console/login?throttled=");
        var page = browser.get(form.getResponseHeaders().getLocation().toString());
        assertThat(page.getStatus()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(page.getResponseBody()).contains("Too many failed attempts");

        clock.advance(Duration.ofSeconds(61));
        right.get().uri("/api/v1/admin/events").exchange().expectStatus().isOk();
        ConsoleSession.signIn(client, email, StaffJourneyTests.PASSWORD);
    }

    @Test
    void aTokenWorksWithBearerWithinItsScopeUntilRevokedOrExpired() {
        WebTestClient admin = Staff.as(client, Staff.ADMIN);
        UUID theirs = PublishedEvents.open(admin, 10, false, false);
        UUID other = PublishedEvents.open(admin, 10, false, false);
        String email = colleague("ORGANISER");
        admin.patch()
                .uri("/api/v1/admin/staff/" + idOf(email))
                .bodyValue(Map.of("eventIds", List.of(theirs)))
                .exchange()
                .expectStatus()
                .isOk();
        WebTestClient owner = client.mutate()
                .defaultHeaders(h -> h.setBasicAuth(email, StaffJourneyTests.PASSWORD))
                .build();

        Map<String, Object> created = owner.post()
                .uri("/api/v1/admin/tokens")
                .bodyValue(Map.of(
                        "name",
                        "door script",
                        "expiresAt",
                        OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).toString()))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        String token = (String) created.get("token");
        assertThat(token).startsWith("cvn_");
        assertThat(created).containsKeys("id", "name", "expiresAt");
        WebTestClient tool =
                client.mutate().defaultHeaders(h -> h.setBearerAuth(token)).build();
        tool.get()
                .uri("/api/v1/admin/events/" + theirs + "/registrations")
                .exchange()
                .expectStatus()
                .isOk();
        tool.get()
                .uri("/api/v1/admin/events/" + other + "/registrations")
                .exchange()
                .expectStatus()
                .isNotFound();
        tool.get().uri("/api/v1/admin/staff").exchange().expectStatus().isForbidden();
        String listed = owner.get()
                .uri("/api/v1/admin/tokens")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(listed).contains("door script").contains("lastUsedAt").doesNotContain(token);

        clock.advance(Duration.ofDays(3));
        tool.get()
                .uri("/api/v1/admin/events/" + theirs + "/registrations")
                .exchange()
                .expectStatus()
                .isUnauthorized();
        clock.reset();
        tool.get()
                .uri("/api/v1/admin/events/" + theirs + "/registrations")
                .exchange()
                .expectStatus()
                .isOk();

        owner.delete()
                .uri("/api/v1/admin/tokens/" + created.get("id"))
                .exchange()
                .expectStatus()
                .isNoContent();
        tool.get()
                .uri("/api/v1/admin/events/" + theirs + "/registrations")
                .exchange()
                .expectStatus()
                .isUnauthorized();
        client.get()
                .uri("/api/v1/admin/events")
                .headers(h -> h.setBearerAuth("cvn_forged"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
        owner.post()
                .uri("/api/v1/admin/tokens")
                .bodyValue(Map.of(
                        "name",
                        "forever",
                        "expiresAt",
                        OffsetDateTime.now(ZoneOffset.UTC).plusYears(3).toString()))
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void administratorsInviteAndChangeColleaguesInTheConsole() {
        ConsoleSession admin = ConsoleSession.signIn(client, Staff.ADMIN);
        assertThat(admin.page("/console/staff")).contains("Invite a colleague").contains(Staff.ORGANISER);
        String email = "console-" + UUID.randomUUID().toString().substring(0, 8) + "@ngo.example";
        var sent = admin.post(
                "/console/staff", Map.of("email", email, "name", "Door Keeper", "role", "CHECKIN", "language", "fr"));
        assertThat(sent.getResponseHeaders().getLocation()).hasToString("/console/staff?done=invited");
        assertThat(StaffJourneyTests.mailedLink(email, "staff-invitation")).contains("/console/welcome/");
        var again = admin.post("/console/staff", Map.of("email", email, "name", "Twice", "role", "CHECKIN"));
        assertThat(again.getResponseBody()).contains("already has this address");

        UUID id = idOf(email);
        String member = admin.page("/console/staff/" + id);
        assertThat(member).contains("Door Keeper").contains("Send the invitation again");
        var changed = admin.post(
                "/console/staff/" + id, Map.of("role", "ORGANISER", "allEvents", "true", "enabled", "false"));
        assertThat(changed.getResponseHeaders().getLocation()).hasToString("/console/staff/" + id + "?done=saved");
        assertThat(admin.page("/console/staff/" + id)).contains("Disabled");
    }

    /** A colleague with a password, invited through the API. */
    String colleague(String role) {
        String email = "c-" + UUID.randomUUID().toString().substring(0, 8) + "@ngo.example";
        Staff.as(client, Staff.ADMIN)
                .post()
                .uri("/api/v1/admin/staff")
                .bodyValue(Map.of("email", email, "name", "Colleague", "role", role))
                .exchange()
                .expectStatus()
                .isCreated();
        String link = StaffJourneyTests.mailedLink(email, "staff-invitation");
        ConsoleSession.anonymous(client)
                .post(
                        link.substring(link.indexOf("/console/")),
                        Map.of("password", StaffJourneyTests.PASSWORD, "confirmation", StaffJourneyTests.PASSWORD));
        return email;
    }

    UUID idOf(String email) {
        List<Map<String, Object>> staff = Staff.as(client, Staff.ADMIN)
                .get()
                .uri("/api/v1/admin/staff")
                .exchange()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .returnResult()
                .getResponseBody();
        return UUID.fromString((String) staff.stream()
                .filter(s -> email.equals(s.get("email")))
                .findFirst()
                .orElseThrow()
                .get("id"));
    }
}
