package org.cti.convene.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cti.convene.badges.BadgeClaim;
import org.cti.convene.badges.BadgeKeys;
import org.cti.convene.badges.BadgeSigner;
import org.cti.convene.common.StaffRole;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.BadgeCodes;
import org.cti.convene.support.Delegates;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@IntegrationTest
class CheckInApiTests {

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    BadgeSigner signer;

    @Autowired
    BadgeKeys keys;

    WebTestClient organiser;
    WebTestClient door;

    @BeforeEach
    void signIn() {
        Staff.ensure(accounts);
        organiser = Staff.as(client, Staff.ORGANISER);
        door = Staff.as(client, Staff.CHECKIN);
    }

    @Test
    void aPrintedBadgeAdmitsOnceAndThenSaysWhenAndByWhom() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<?, ?> amina = register(event, Delegates.amina());
        // the QR as printed: rendered, then read back from the page image
        String payload = BadgeCodes.single(badge((String) amina.get("manageToken")));

        Map<?, ?> first = scan(door, Map.of("payload", payload));
        assertThat(first.get("result")).isEqualTo("ADMITTED");
        assertThat(first.get("reason")).isNull();
        assertThat(person(first))
                .containsEntry("badgeName", "Amina Diallo")
                .containsEntry("countryCode", "SN")
                .containsEntry("role", "DELEGATE")
                .containsEntry("organisation", "Ministry of Justice");
        assertThat(first.get("checkedInBy")).isEqualTo("Dario Door");
        Instant at = Instant.parse((String) first.get("checkedInAt"));
        assertThat(at).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));

        // a second door, an organiser this time, scanning the same badge with scanner noise around it
        Map<?, ?> second = scan(organiser, Map.of("payload", "  " + payload + "\r\n", "eventId", event.toString()));
        assertThat(second.get("result")).isEqualTo("ALREADY_CHECKED_IN");
        assertThat(Instant.parse((String) second.get("checkedInAt"))).isEqualTo(at);
        assertThat(second.get("checkedInBy")).isEqualTo("Dario Door");
        assertThat(person(second)).containsEntry("badgeName", "Amina Diallo");

        String trail = organiser
                .get()
                .uri("/api/v1/admin/audit?action=checkin&eventId=" + event)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(trail)
                .as("each scan is in the audit trail, by whom, never the person's details")
                .contains("checkin.admitted", "checkin.repeated", "Dario Door", (String) amina.get("id"))
                .doesNotContain("Diallo");
    }

    @Test
    void peopleWhoAreNotConfirmedAreNotAdmitted() {
        UUID event = PublishedEvents.open(organiser, 1, true, false);
        Map<?, ?> seated = register(event, Delegates.amina());
        Map<?, ?> waiting = register(event, Delegates.person("Ivan", "Petrov", "RU"));
        assertThat(waiting.get("status")).isEqualTo("WAITLISTED");

        Map<?, ?> result = scan(door, Map.of("payload", payload(waiting, event, 1)));
        assertThat(result.get("result")).isEqualTo("NOT_CONFIRMED");
        assertThat(result.get("reason")).isEqualTo("WAITLISTED");
        assertThat(person(result)).containsEntry("badgeName", "Ivan Petrov");
        assertThat(result.get("checkedInAt")).isNull();

        // cancelling keeps the badge version: the badge is genuine and current, the person is not coming
        client.delete()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", (String) seated.get("manageToken"))
                .exchange()
                .expectStatus()
                .isOk();
        Map<?, ?> cancelled = scan(door, Map.of("payload", payload(seated, event, 1)));
        assertThat(cancelled.get("result")).isEqualTo("NOT_CONFIRMED");
        assertThat(cancelled.get("reason")).isEqualTo("CANCELLED");
        // … and the waiting list moved up
        assertThat(scan(door, Map.of("payload", payload(waiting, event, 1))).get("result"))
                .isEqualTo("ADMITTED");
    }

    @Test
    void aBadgeOfAnotherEventIsTheWrongEvent() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        UUID other = PublishedEvents.open(organiser, 10, true, false);
        Map<?, ?> amina = register(event, Delegates.amina());
        String payload = payload(amina, event, 1);

        Map<?, ?> atOtherDoor = scan(door, Map.of("payload", payload, "eventId", other.toString()));
        assertThat(atOtherDoor.get("result")).isEqualTo("WRONG_EVENT");
        assertThat(atOtherDoor.get("reason")).isEqualTo("OTHER_EVENT");
        assertThat(person(atOtherDoor)).containsEntry("badgeName", "Amina Diallo");

        // a check-in account limited to the other event learns nothing about this one's participants
        String partnerDoor = "door-" + other.toString().substring(0, 8) + "@test.example";
        accounts.createIfAbsent(partnerDoor, "Partner Door", Staff.PASSWORD, StaffRole.CHECKIN, Set.of(other))
                .block();
        Map<?, ?> outOfScope = scan(Staff.as(client, partnerDoor), Map.of("payload", payload));
        assertThat(outOfScope.get("result")).isEqualTo("WRONG_EVENT");
        assertThat(outOfScope.get("registration")).isNull();

        // a session of another event
        UUID otherSession = firstSession(other);
        Map<?, ?> wrongSession = scan(door, Map.of("payload", payload, "sessionId", otherSession.toString()));
        assertThat(wrongSession.get("result")).isEqualTo("WRONG_EVENT");
        assertThat(wrongSession.get("reason")).isEqualTo("SESSION_OF_OTHER_EVENT");

        // none of that let anyone in
        assertThat(scan(door, Map.of("payload", payload, "eventId", event.toString()))
                        .get("result"))
                .isEqualTo("ADMITTED");
    }

    @Test
    void flippedTruncatedForeignAndForgedPayloadsAreInvalid() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<?, ?> amina = register(event, Delegates.amina());
        UUID id = UUID.fromString((String) amina.get("id"));
        String genuine = payload(amina, event, 1);

        char last = genuine.charAt(genuine.length() - 1);
        String flipped = genuine.substring(0, genuine.length() - 1) + (last == 'A' ? 'B' : 'A');
        String flippedClaim =
                genuine.substring(0, 10) + (genuine.charAt(10) == '7' ? '8' : '7') + genuine.substring(11);
        String truncated = genuine.substring(0, genuine.length() - 5);
        int ourKey = keys.activeKeyId();
        String sameKeyIdOtherKey = new BadgeSigner(BadgeKeys.generate(ourKey)).sign(new BadgeClaim(id, event, 1));
        String unknownKey = new BadgeSigner(BadgeKeys.generate((ourKey + 7) % 256)).sign(new BadgeClaim(id, event, 1));
        String nobody = signer.sign(new BadgeClaim(UUID.randomUUID(), event, 1));

        Map<String, String> expected = new HashMap<>();
        expected.put(flipped, "BAD_SIGNATURE");
        expected.put(truncated, "MALFORMED");
        expected.put(genuine.toLowerCase(), "MALFORMED");
        expected.put("", "MALFORMED");
        expected.put("https://example.org/not-a-badge", "MALFORMED");
        expected.put(sameKeyIdOtherKey, "BAD_SIGNATURE");
        expected.put(unknownKey, "UNKNOWN_KEY");
        expected.put(nobody, "UNKNOWN_REGISTRATION");
        expected.forEach((payload, reason) -> {
            Map<?, ?> result = scan(door, Map.of("payload", payload));
            assertThat(result.get("result")).as(reason).isEqualTo("INVALID");
            assertThat(result.get("reason")).as(reason).isEqualTo(reason);
            assertThat(result.get("registration")).as(reason).isNull();
        });
        // a changed claim digit breaks the signature, changes the key id, or leaves the strict base-43 range
        Map<?, ?> alteredClaim = scan(door, Map.of("payload", flippedClaim));
        assertThat(alteredClaim.get("result")).isEqualTo("INVALID");
        assertThat(alteredClaim.get("reason")).isIn("BAD_SIGNATURE", "UNKNOWN_KEY", "MALFORMED");
        Map<String, Object> noPayload = new HashMap<>();
        noPayload.put("payload", null);
        assertThat(scan(door, noPayload).get("result")).isEqualTo("INVALID");

        assertThat(scan(door, Map.of("payload", genuine)).get("result")).isEqualTo("ADMITTED");
    }

    @Test
    void aRenamedDelegatesOldBadgeIsRevokedAndTheNewOneAdmits() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<?, ?> amina = register(event, Delegates.amina());
        String token = (String) amina.get("manageToken");
        String old = BadgeCodes.single(badge(token));

        client.patch()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", token)
                .bodyValue(Map.of("badgeName", "Amina N. Diallo"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.badgeVersion")
                .isEqualTo(2);

        Map<?, ?> refused = scan(door, Map.of("payload", old));
        assertThat(refused.get("result")).isEqualTo("INVALID");
        assertThat(refused.get("reason")).isEqualTo("REVOKED");
        Map<?, ?> admitted = scan(door, Map.of("payload", BadgeCodes.single(badge(token))));
        assertThat(admitted.get("result")).isEqualTo("ADMITTED");
        assertThat(person(admitted)).containsEntry("badgeName", "Amina N. Diallo");
    }

    @Test
    void aSubstitutedDelegatesBadgeIsRevoked() {
        UUID event = PublishedEvents.open(organiser, 3, true, false);
        Map<?, ?> delegation = client.post()
                .uri("/api/v1/events/{id}/delegations", event)
                .bodyValue(Map.of(
                        "countryCode",
                        "GH",
                        "head",
                        Map.of(
                                "name",
                                "Permanent Mission",
                                "email",
                                "mission-" + UUID.randomUUID() + "@example.org",
                                "language",
                                "en"),
                        "delegates",
                        List.of(Delegates.person("Ama", "Owusu", "GH"), Delegates.person("Yaw", "Boateng", "GH"))))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        Map<?, ?> replaced = (Map<?, ?>) ((List<?>) delegation.get("registrations")).get(1);
        String replacedBadge = BadgeCodes.single(badge((String) replaced.get("manageToken")));

        Map<?, ?> replacement = client.post()
                .uri("/api/v1/delegations/me/substitutions")
                .header("X-Manage-Token", (String) delegation.get("manageToken"))
                .bodyValue(Map.of(
                        "registrationId", replaced.get("id"), "replacement", Delegates.person("Kofi", "Mensah", "GH")))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();

        Map<?, ?> refused = scan(door, Map.of("payload", replacedBadge));
        assertThat(refused.get("result")).isEqualTo("INVALID");
        assertThat(refused.get("reason")).isEqualTo("REVOKED");
        Map<?, ?> admitted =
                scan(door, Map.of("payload", BadgeCodes.single(badge((String) replacement.get("manageToken")))));
        assertThat(admitted.get("result")).isEqualTo("ADMITTED");
        assertThat(person(admitted)).containsEntry("badgeName", "Kofi Mensah");
    }

    @Test
    void onlyStaffScanAndEveryStaffRoleMay() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<?, ?> amina = register(event, Delegates.amina());
        String payload = payload(amina, event, 1);

        client.post()
                .uri("/api/v1/check-in")
                .bodyValue(Map.of("payload", payload))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals("WWW-Authenticate", "Basic realm=\"Convene\"");
        client.mutate()
                .defaultHeaders(h -> h.setBasicAuth(Staff.CHECKIN, "wrong-password"))
                .build()
                .post()
                .uri("/api/v1/check-in")
                .bodyValue(Map.of("payload", payload))
                .exchange()
                .expectStatus()
                .isUnauthorized();
        // a delegate's private token is no staff credential
        client.post()
                .uri("/api/v1/check-in")
                .header("X-Manage-Token", (String) amina.get("manageToken"))
                .bodyValue(Map.of("payload", payload))
                .exchange()
                .expectStatus()
                .isUnauthorized();

        assertThat(scan(door, Map.of("payload", payload)).get("result")).isEqualTo("ADMITTED");
        assertThat(scan(organiser, Map.of("payload", payload)).get("result")).isEqualTo("ALREADY_CHECKED_IN");
        assertThat(scan(Staff.as(client, Staff.ADMIN), Map.of("payload", payload))
                        .get("result"))
                .isEqualTo("ALREADY_CHECKED_IN");
        door.post()
                .uri("/api/v1/check-in")
                .header("Content-Type", "application/json")
                .bodyValue("{not json")
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void aSessionPresenceIsRecordedApartFromTheEvents() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        UUID session = firstSession(event);
        Map<?, ?> amina = register(event, Delegates.amina());
        String payload = payload(amina, event, 1);

        Map<?, ?> atSession = scan(door, Map.of("payload", payload, "sessionId", session.toString()));
        assertThat(atSession.get("result")).isEqualTo("ADMITTED");
        assertThat(scan(door, Map.of("payload", payload)).get("result")).isEqualTo("ADMITTED");
        assertThat(scan(door, Map.of("payload", payload, "sessionId", session.toString()))
                        .get("result"))
                .isEqualTo("ALREADY_CHECKED_IN");
        assertThat(scan(door, Map.of("payload", payload)).get("result")).isEqualTo("ALREADY_CHECKED_IN");

        organiser
                .get()
                .uri("/api/v1/admin/events/{id}/attendance", event)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.checkedIn")
                .isEqualTo(1)
                .jsonPath("$.sessions[0].sessionId")
                .isEqualTo(session.toString())
                .jsonPath("$.sessions[0].checkedIn")
                .isEqualTo(1);
    }

    @Test
    void twentyDoorsScanningOneBadgeAtOnceAdmitExactlyOnce() throws Exception {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<?, ?> amina = register(event, Delegates.amina());
        String payload = payload(amina, event, 1);
        int doors = 20;
        ExecutorService pool = Executors.newFixedThreadPool(doors);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Map<?, ?>>> scans = new ArrayList<>();
            for (int i = 0; i < doors; i++) {
                scans.add(pool.submit(() -> {
                    go.await();
                    return scan(door, Map.of("payload", payload));
                }));
            }
            go.countDown();
            List<Map<?, ?>> results = new ArrayList<>();
            for (Future<Map<?, ?>> scan : scans) {
                results.add(scan.get(60, TimeUnit.SECONDS));
            }

            assertThat(results)
                    .filteredOn(r -> "ADMITTED".equals(r.get("result")))
                    .hasSize(1);
            assertThat(results)
                    .filteredOn(r -> "ALREADY_CHECKED_IN".equals(r.get("result")))
                    .hasSize(doors - 1);
            assertThat(results.stream().map(r -> r.get("checkedInAt")).distinct())
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        organiser
                .get()
                .uri("/api/v1/admin/events/{id}/attendance", event)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.checkedIn")
                .isEqualTo(1)
                .jsonPath("$.scans.ADMITTED")
                .isEqualTo(1)
                .jsonPath("$.scans.ALREADY_CHECKED_IN")
                .isEqualTo(doors - 1);
    }

    @Test
    void attendanceCountsConfirmedPeoplePresencesAndTheLatestScans() {
        UUID event = PublishedEvents.open(organiser, 3, true, false);
        UUID session = firstSession(event);
        List<Map<?, ?>> seated = new ArrayList<>();
        for (String name : List.of("Amina", "Kofi", "Li")) {
            seated.add(register(event, Delegates.person(name, "Tester", "SN")));
        }
        Map<?, ?> waiting = register(event, Delegates.person("Ivan", "Petrov", "RU"));

        scan(door, Map.of("payload", payload(seated.get(0), event, 1)));
        scan(door, Map.of("payload", payload(seated.get(1), event, 1)));
        scan(door, Map.of("payload", payload(seated.get(1), event, 1)));
        scan(door, Map.of("payload", payload(seated.get(2), event, 1), "sessionId", session.toString()));
        scan(door, Map.of("payload", payload(waiting, event, 1)));
        scan(door, Map.of("payload", "garbage", "eventId", event.toString()));

        organiser
                .get()
                .uri("/api/v1/admin/events/{id}/attendance", event)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.eventId")
                .isEqualTo(event.toString())
                .jsonPath("$.confirmed")
                .isEqualTo(3)
                .jsonPath("$.checkedIn")
                .isEqualTo(2)
                .jsonPath("$.sessions.length()")
                .isEqualTo(1)
                .jsonPath("$.sessions[0].checkedIn")
                .isEqualTo(1)
                .jsonPath("$.sessions[0].signedUp")
                .isEqualTo(0)
                .jsonPath("$.scans.ADMITTED")
                .isEqualTo(3)
                .jsonPath("$.scans.ALREADY_CHECKED_IN")
                .isEqualTo(1)
                .jsonPath("$.scans.NOT_CONFIRMED")
                .isEqualTo(1)
                .jsonPath("$.scans.INVALID")
                .isEqualTo(1)
                .jsonPath("$.lastScans.length()")
                .isEqualTo(6)
                .jsonPath("$.lastScans[0].result")
                .isEqualTo("INVALID")
                .jsonPath("$.lastScans[0].registration")
                .isEmpty()
                .jsonPath("$.lastScans[1].result")
                .isEqualTo("NOT_CONFIRMED")
                .jsonPath("$.lastScans[1].registration.badgeName")
                .isEqualTo("Ivan Petrov")
                .jsonPath("$.lastScans[2].sessionId")
                .isEqualTo(session.toString())
                .jsonPath("$.lastScans[5].result")
                .isEqualTo("ADMITTED")
                .jsonPath("$.lastScans[5].scannedBy")
                .isEqualTo("Dario Door");

        door.get()
                .uri("/api/v1/admin/events/{id}/attendance", event)
                .exchange()
                .expectStatus()
                .isForbidden();
        String partner = Staff.scopedOrganiser(accounts, PublishedEvents.open(organiser, 1, true, false));
        Staff.as(client, partner)
                .get()
                .uri("/api/v1/admin/events/{id}/attendance", event)
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private Map<?, ?> register(UUID event, Map<String, Object> body) {
        return client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    private byte[] badge(String token) {
        return client.get()
                .uri("/api/v1/registrations/me/badge.pdf")
                .header("X-Manage-Token", token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
    }

    private String payload(Map<?, ?> registration, UUID event, int version) {
        return signer.sign(new BadgeClaim(UUID.fromString((String) registration.get("id")), event, version));
    }

    private UUID firstSession(UUID event) {
        Map<?, ?> published = client.get()
                .uri("/api/v1/events/{id}", event)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return UUID.fromString((String) ((Map<?, ?>) ((List<?>) published.get("sessions")).getFirst()).get("id"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> person(Map<?, ?> result) {
        return (Map<String, Object>) result.get("registration");
    }

    static Map<?, ?> scan(WebTestClient staff, Map<String, ?> body) {
        return staff.post()
                .uri("/api/v1/check-in")
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }
}
