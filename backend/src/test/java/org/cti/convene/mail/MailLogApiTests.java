package org.cti.convene.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The organisers' mail log: what went to whom, with status and attempts; resend; who may see what. */
@IntegrationTest
class MailLogApiTests {

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
    void theLogListsEachMailWithStatusAttemptsAndTimesAndFilters() {
        UUID event = PublishedEvents.open(organiser, 1, true, false);
        Map<String, Object> first = Delegates.person("Grace", "Mensah", "GH");
        Map<String, Object> second = Delegates.person("Ana", "Perez", "MX");
        register(event, first);
        register(event, second);

        Map<?, ?> entry = awaitSent((String) first.get("email"));
        assertThat(entry.get("kind")).isEqualTo("REGISTRATION_CONFIRMED");
        assertThat(entry.get("recipientEmail")).isEqualTo(first.get("email"));
        assertThat(entry.get("recipientName")).isEqualTo("H.E. Grace Mensah");
        assertThat(entry.get("eventId")).isEqualTo(event.toString());
        assertThat(entry.get("attempts")).isEqualTo(1);
        assertThat(entry.get("lastError")).isNull();
        assertThat(Instant.parse((String) entry.get("sentAt")))
                .isAfterOrEqualTo(Instant.parse((String) entry.get("createdAt")));
        assertThat((String) entry.get("messageId")).endsWith("@convene.local>");

        organiser
                .get()
                .uri(u -> u.path("/api/v1/admin/mail")
                        .queryParam("eventId", event)
                        .build())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(2)
                .jsonPath("$.items[?(@.kind == 'WAITLISTED')].recipientEmail")
                .isEqualTo(second.get("email"));
        awaitSent((String) second.get("email"));
        organiser
                .get()
                .uri(u -> u.path("/api/v1/admin/mail")
                        .queryParam("eventId", event)
                        .queryParam("status", "FAILED")
                        .build())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(0);
        organiser
                .get()
                .uri(u -> u.path("/api/v1/admin/mail")
                        .queryParam("eventId", event)
                        .queryParam("size", 1)
                        .queryParam("page", 1)
                        .build())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(1)
                .jsonPath("$.page")
                .isEqualTo(1)
                .jsonPath("$.size")
                .isEqualTo(1);
        organiser
                .get()
                .uri(u -> u.path("/api/v1/admin/mail")
                        .queryParam("to", "GRACE.MENSAH")
                        .build())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items[?(@.recipientEmail == '" + first.get("email") + "')]")
                .exists();
        organiser
                .get()
                .uri("/api/v1/admin/mail?status=LOST")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void resendQueuesACopyAndLeavesTheOriginalAsItWas() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<String, Object> person = Delegates.person("Li", "Wei", "CN");
        register(event, person);
        Map<?, ?> original = awaitSent((String) person.get("email"));

        Map<?, ?> copy = organiser
                .post()
                .uri("/api/v1/admin/mail/{id}/resend", original.get("id"))
                .header("Idempotency-Key", "resend-once")
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        assertThat(copy.get("id")).isNotEqualTo(original.get("id"));
        assertThat(copy.get("resentFrom")).isEqualTo(original.get("id"));
        assertThat(copy.get("kind")).isEqualTo("REGISTRATION_CONFIRMED");
        assertThat(copy.get("recipientEmail")).isEqualTo(person.get("email"));
        organiser
                .post()
                .uri("/api/v1/admin/mail/{id}/resend", original.get("id"))
                .header("Idempotency-Key", "resend-once")
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo(copy.get("id"));

        await(() -> "SENT".equals(one(copy.get("id")).get("status")), Duration.ofSeconds(20));
        Map<?, ?> after = one(original.get("id"));
        assertThat(after.get("status")).isEqualTo("SENT");
        assertThat(after.get("sentAt")).isEqualTo(original.get("sentAt"));
        assertThat(one(copy.get("id")).get("messageId")).isNotEqualTo(original.get("messageId"));
        organiser
                .post()
                .uri("/api/v1/admin/mail/{id}/resend", UUID.randomUUID())
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void onlyStaffReadTheLogAndScopedOrganisersSeeOnlyTheirEvents() {
        UUID mine = PublishedEvents.open(organiser, 10, true, false);
        UUID other = PublishedEvents.open(organiser, 10, true, false);
        Map<String, Object> mineGuest = Delegates.person("Mine", "Guest", "CH");
        Map<String, Object> otherGuest = Delegates.person("Other", "Guest", "CH");
        register(mine, mineGuest);
        register(other, otherGuest);
        Map<?, ?> otherMail = awaitSent((String) otherGuest.get("email"));

        WebTestClient partner = Staff.as(client, Staff.scopedOrganiser(accounts, mine));
        partner.get()
                .uri("/api/v1/admin/mail")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items[?(@.eventId == '" + other + "')]")
                .doesNotExist()
                .jsonPath("$.items[?(@.recipientEmail == '" + mineGuest.get("email") + "')]")
                .exists();
        partner.get()
                .uri(u -> u.path("/api/v1/admin/mail")
                        .queryParam("eventId", other)
                        .build())
                .exchange()
                .expectStatus()
                .isNotFound();
        partner.get()
                .uri("/api/v1/admin/mail/{id}", otherMail.get("id"))
                .exchange()
                .expectStatus()
                .isNotFound();
        partner.post()
                .uri("/api/v1/admin/mail/{id}/resend", otherMail.get("id"))
                .exchange()
                .expectStatus()
                .isNotFound();

        client.get().uri("/api/v1/admin/mail").exchange().expectStatus().isUnauthorized();
        Staff.as(client, Staff.CHECKIN)
                .get()
                .uri("/api/v1/admin/mail")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    private void register(UUID event, Map<String, Object> person) {
        client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(person)
                .exchange()
                .expectStatus()
                .isCreated();
    }

    private Map<?, ?> one(Object id) {
        return organiser
                .get()
                .uri("/api/v1/admin/mail/{id}", id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    private Map<?, ?> awaitSent(String email) {
        Map<?, ?>[] found = new Map<?, ?>[1];
        await(
                () -> {
                    Map<?, ?> page = organiser
                            .get()
                            .uri(u -> u.path("/api/v1/admin/mail")
                                    .queryParam("to", email)
                                    .build())
                            .exchange()
                            .expectStatus()
                            .isOk()
                            .expectBody(Map.class)
                            .returnResult()
                            .getResponseBody();
                    List<?> items = (List<?>) page.get("items");
                    found[0] = items.isEmpty() ? null : (Map<?, ?>) items.getFirst();
                    return found[0] != null && "SENT".equals(found[0].get("status"));
                },
                Duration.ofSeconds(20));
        return found[0];
    }

    private static void await(java.util.function.BooleanSupplier condition, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Still not true after " + timeout);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
