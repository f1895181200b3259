package org.cti.convene.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.cti.convene.badges.BadgeClaim;
import org.cti.convene.badges.BadgeSigner;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.ConsoleSession;
import org.cti.convene.support.Delegates;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** The scanner and attendance pages, as a signed-in browser sees them, with and without JavaScript. */
@IntegrationTest
class CheckInPagesTests {

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    BadgeSigner signer;

    WebTestClient organiser;

    @BeforeEach
    void signIn() {
        Staff.ensure(accounts);
        organiser = Staff.as(client, Staff.ORGANISER);
    }

    @Test
    void theScannerPageWorksWithoutJavaScript() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        String payload = payload(event, register(event));
        ConsoleSession door = ConsoleSession.signIn(client, Staff.CHECKIN);

        EntityExchangeResult<String> page = door.get("/console/check-in?event=" + event);
        assertThat(page.getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(page.getResponseHeaders().getFirst("Content-Security-Policy"))
                .contains("script-src 'self'");
        assertThat(page.getResponseBody())
                .contains(
                        "<form id=\"scan-form\"",
                        "action=\"/console/check-in\"",
                        "method=\"post\"",
                        "name=\"_csrf\"",
                        "id=\"payload\"",
                        "autofocus",
                        "aria-live=\"assertive\"",
                        "/js/scanner.js",
                        "Preventing torture in police custody",
                        "The event itself",
                        "Opening",
                        "Dario Door")
                .doesNotContain("<script>");

        String admitted = scan(door, event, payload + "\r\n");
        assertThat(admitted)
                .contains(
                        "scan-result ok",
                        "data-result=\"ADMITTED\"",
                        "Admitted",
                        "Amina Diallo",
                        "Senegal (SN)",
                        "Delegate",
                        "Ministry of Justice",
                        "Presence recorded at");

        String again = scan(door, event, payload);
        assertThat(again).contains("scan-result warn", "Already checked in", "by Dario Door");

        String invalid = scan(door, event, "CV1:XYZ");
        assertThat(invalid).contains("scan-result bad", "Invalid badge: do not admit", "not a Convene badge code");

        // a forged cross-site post scans nothing
        EntityExchangeResult<String> forged =
                door.postWithoutCsrf("/console/check-in", Map.of("event", event.toString(), "payload", payload));
        assertThat(forged.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void scannerJsGetsTheAnswerAsWordedJson() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        String payload = payload(event, register(event));
        ConsoleSession door = ConsoleSession.signIn(client, Staff.CHECKIN).language("fr");
        assertThat(door.page("/console/check-in?event=" + event)).contains("Contrôle d’accès", "Code du badge");

        client.post()
                .uri("/console/check-in")
                .cookies(c -> {
                    c.add(ConsoleSession.SESSION_COOKIE, door.sessionId());
                    if (door.cookie("XSRF-TOKEN") != null) {
                        c.add("XSRF-TOKEN", door.cookie("XSRF-TOKEN"));
                    }
                })
                .header("Accept-Language", "fr")
                .accept(MediaType.APPLICATION_JSON)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("_csrf", door.csrf())
                        .with("event", event.toString())
                        .with("payload", payload))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.result")
                .isEqualTo("ADMITTED")
                .jsonPath("$.tone")
                .isEqualTo("ok")
                .jsonPath("$.headline")
                .isEqualTo("Admis")
                .jsonPath("$.name")
                .isEqualTo("Amina Diallo")
                .jsonPath("$.country")
                .isEqualTo("Sénégal (SN)")
                .jsonPath("$.detail")
                .value(d -> assertThat((String) d).startsWith("Présence enregistrée à "));
    }

    @Test
    void withoutAnEventTheDoorPicksOneAndStrangersAreSentToSignIn() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        ConsoleSession door = ConsoleSession.signIn(client, Staff.CHECKIN);

        String picker = door.page("/console/check-in");
        assertThat(picker)
                .contains("/console/check-in?event=" + event, "Preventing torture in police custody")
                .doesNotContain("/console/events/" + event + "/attendance");
        assertThat(ConsoleSession.signIn(client, Staff.ORGANISER).page("/console/check-in"))
                .contains("/console/events/" + event + "/attendance");

        EntityExchangeResult<String> stranger =
                ConsoleSession.anonymous(client).get("/console/check-in?event=" + event);
        assertThat(stranger.getStatus().is3xxRedirection()).isTrue();
        assertThat(stranger.getResponseHeaders().getLocation()).hasToString("/console/login");

        String arabic = door.language("ar").page("/console/check-in?event=" + event);
        assertThat(arabic).contains("dir=\"rtl\"", "رمز الشارة");
        // an event outside the account's scope does not exist for it
        String partnerDoor = "door-" + event.toString().substring(0, 8) + "@test.example";
        UUID other = PublishedEvents.open(organiser, 10, true, false);
        accounts.createIfAbsent(
                        partnerDoor,
                        "Partner Door",
                        Staff.PASSWORD,
                        org.cti.convene.common.StaffRole.CHECKIN,
                        java.util.Set.of(other))
                .block();
        assertThat(ConsoleSession.signIn(client, partnerDoor)
                        .get("/console/check-in?event=" + event)
                        .getStatus())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void organisersFollowAttendanceAndDoorStaffDoNot() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        CheckInApiTests.scan(Staff.as(client, Staff.CHECKIN), Map.of("payload", payload(event, register(event))));
        ConsoleSession olga = ConsoleSession.signIn(client, Staff.ORGANISER);

        String html = olga.page("/console/events/" + event + "/attendance");
        assertThat(html)
                .contains(
                        "Attendance",
                        "data-field=\"checkedIn\">1<",
                        "data-field=\"confirmed\">1<",
                        "Amina Diallo",
                        "Dario Door",
                        "/js/attendance.js",
                        "Opening",
                        "Pause updates");

        client.get()
                .uri("/console/events/{id}/attendance", event)
                .cookie(ConsoleSession.SESSION_COOKIE, olga.sessionId())
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.checkedIn")
                .isEqualTo(1)
                .jsonPath("$.confirmed")
                .isEqualTo(1)
                .jsonPath("$.notYet")
                .isEqualTo(0)
                .jsonPath("$.lastScans[0].name")
                .isEqualTo("Amina Diallo")
                .jsonPath("$.lastScans[0].tone")
                .isEqualTo("ok");

        assertThat(ConsoleSession.signIn(client, Staff.CHECKIN)
                        .get("/console/events/" + event + "/attendance")
                        .getStatus())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static String scan(ConsoleSession door, UUID event, String payload) {
        EntityExchangeResult<String> result =
                door.post("/console/check-in", Map.of("event", event.toString(), "payload", payload));
        assertThat(result.getStatus()).isEqualTo(HttpStatus.OK);
        return result.getResponseBody();
    }

    private Map<?, ?> register(UUID event) {
        return client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(Delegates.amina())
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    private String payload(UUID event, Map<?, ?> registration) {
        return signer.sign(new BadgeClaim(UUID.fromString((String) registration.get("id")), event, 1));
    }
}
