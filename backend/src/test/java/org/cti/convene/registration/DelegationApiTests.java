package org.cti.convene.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.Delegates;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@IntegrationTest
class DelegationApiTests {

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
    void aDelegationIsSeatedTogetherAndItsHeadSeesEveryDelegate() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<?, ?> result = delegation(event, "GH", 3)
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        assertThat(result.get("status")).isEqualTo("CONFIRMED");
        List<?> members = (List<?>) result.get("registrations");
        assertThat(members).hasSize(3).allSatisfy(m -> {
            assertThat(((Map<?, ?>) m).get("status")).isEqualTo("CONFIRMED");
            assertThat(((Map<?, ?>) m).get("manageToken")).isNotNull();
        });
        client.get()
                .uri("/api/v1/delegations/me")
                .header("X-Manage-Token", (String) result.get("manageToken"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.countryCode")
                .isEqualTo("GH")
                .jsonPath("$.delegates.length()")
                .isEqualTo(3);
    }

    @Test
    void theHeadGetsTheDelegationsLinkByMailAndCanHaveItResent() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<String, Object> body = body("KE", 2);
        String head = "head-" + UUID.randomUUID().toString().substring(0, 8) + "@mission.example";
        body.put("head", Map.of("name", "Wanjiru Kamau", "email", head, "language", "fr"));
        Map<?, ?> result = client.post()
                .uri("/api/v1/events/{id}/delegations", event)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();

        String mail = org.cti.convene.support.CapturedMail.text(head, "delegation-link");
        assertThat(mail).contains("/my/delegation?token=" + result.get("manageToken"));

        client.post()
                .uri("/api/v1/events/{id}/registrations/resend-link", event)
                .bodyValue(Map.of("email", head))
                .exchange()
                .expectStatus()
                .isAccepted();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> mailsTo(head) == 2);
    }

    private static long mailsTo(String address) throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("target/convene-test/mail"))) {
            return files.filter(f -> f.getFileName().toString().contains("delegation-link")
                            && f.getFileName().toString().endsWith(".eml"))
                    .filter(f -> {
                        try {
                            return java.nio.file.Files.readString(f).contains(address);
                        } catch (java.io.IOException e) {
                            return false;
                        }
                    })
                    .count();
        }
    }

    @Test
    void aDelegationThatDoesNotFitWaitsWhole() {
        UUID event = PublishedEvents.open(organiser, 2, true, false);
        Map<?, ?> result = delegation(event, "GH", 3)
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        assertThat(result.get("status")).isEqualTo("WAITLISTED");
        assertThat((List<?>) result.get("registrations"))
                .allSatisfy(m -> assertThat(((Map<?, ?>) m).get("status")).isEqualTo("WAITLISTED"));
    }

    @Test
    void delegatesMustBeOfTheDelegationsCountry() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<String, Object> body = body("GH", 2);
        ((List<Map<String, Object>>) body.get("delegates")).get(1).put("countryCode", "NG");
        client.post()
                .uri("/api/v1/events/{id}/delegations", event)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("delegates[1].countryCode");
        organiser
                .get()
                .uri("/api/v1/admin/events/{id}/registrations", event)
                .exchange()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(0);
    }

    @Test
    void substitutionKeepsTheSeatAndTheReplacedPersonsLinkStopsWorking() {
        UUID event = PublishedEvents.open(organiser, 3, true, false);
        Map<?, ?> result =
                delegation(event, "GH", 3).expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> replaced = (Map<?, ?>) ((List<?>) result.get("registrations")).get(1);
        String headToken = (String) result.get("manageToken");
        Map<String, Object> newcomer = Delegates.person("Kofi", "Mensah", "GH");

        Map<?, ?> replacement = client.post()
                .uri("/api/v1/delegations/me/substitutions")
                .header("X-Manage-Token", headToken)
                .bodyValue(Map.of("registrationId", replaced.get("id"), "replacement", newcomer))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        assertThat(replacement.get("status")).isEqualTo("CONFIRMED");

        client.get()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", (String) replaced.get("manageToken"))
                .exchange()
                .expectStatus()
                .isNotFound();
        client.get()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", (String) replacement.get("manageToken"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.givenName")
                .isEqualTo("Kofi")
                .jsonPath("$.delegationId")
                .isEqualTo(result.get("delegationId"));
        organiser
                .get()
                .uri(u -> u.path("/api/v1/admin/events/{id}/registrations")
                        .queryParam("status", "CONFIRMED")
                        .build(event))
                .exchange()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(3);
        // a full event still took the newcomer: the seat was handed over, not claimed again
        client.get()
                .uri("/api/v1/delegations/me")
                .header("X-Manage-Token", headToken)
                .exchange()
                .expectBody()
                .jsonPath("$.delegates.length()")
                .isEqualTo(4);
    }

    @Test
    void theHeadCancelsOneDelegateAndTheWaitingListMovesUp() {
        UUID event = PublishedEvents.open(organiser, 2, true, false);
        Map<?, ?> result =
                delegation(event, "GH", 2).expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> waiting = client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(Delegates.amina())
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        assertThat(waiting.get("status")).isEqualTo("WAITLISTED");
        Object first = ((Map<?, ?>) ((List<?>) result.get("registrations")).get(0)).get("id");

        client.delete()
                .uri("/api/v1/delegations/me/delegates/{id}", first)
                .header("X-Manage-Token", (String) result.get("manageToken"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("CANCELLED");
        client.get()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", (String) waiting.get("manageToken"))
                .exchange()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("CONFIRMED");
        client.delete()
                .uri("/api/v1/delegations/me/delegates/{id}", waiting.get("id"))
                .header("X-Manage-Token", (String) result.get("manageToken"))
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private WebTestClient.ResponseSpec delegation(UUID event, String country, int size) {
        return client.post()
                .uri("/api/v1/events/{id}/delegations", event)
                .bodyValue(body(country, size))
                .exchange();
    }

    private static Map<String, Object> body(String country, int size) {
        List<Map<String, Object>> delegates = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            delegates.add(Delegates.person("Member" + i, "Delegate", country));
        }
        return new java.util.HashMap<>(Map.of(
                "countryCode",
                country,
                "head",
                Map.of(
                        "name",
                        "Permanent Mission",
                        "email",
                        "mission-" + UUID.randomUUID() + "@example.org",
                        "language",
                        "en"),
                "delegates",
                delegates));
    }
}
