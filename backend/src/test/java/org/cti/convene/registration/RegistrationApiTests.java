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
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@IntegrationTest
class RegistrationApiTests {

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
    void aFreeSeatConfirmsAndTheTokenOpensTheRegistration() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<?, ?> result = register(event, Delegates.amina())
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        assertThat(result.get("status")).isEqualTo("CONFIRMED");
        String token = (String) result.get("manageToken");
        assertThat(token).hasSizeGreaterThanOrEqualTo(22);

        client.get()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo(result.get("id"))
                .jsonPath("$.givenName")
                .isEqualTo("Amina")
                .jsonPath("$.status")
                .isEqualTo("CONFIRMED")
                .jsonPath("$.manageToken")
                .doesNotExist();
        client.get()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", token + "x")
                .exchange()
                .expectStatus()
                .isNotFound();
        client.get().uri("/api/v1/registrations/me").exchange().expectStatus().isNotFound();
    }

    @Test
    void approvalHoldsTheSeatUntilTheOrganiserDecides() {
        UUID event = PublishedEvents.open(organiser, 1, true, true);
        Map<?, ?> first = body(register(event, Delegates.amina()).expectStatus().isCreated());
        assertThat(first.get("status")).isEqualTo("PENDING_APPROVAL");
        Map<?, ?> second = body(register(event, Delegates.person("Ivan", "Petrov", "RU"))
                .expectStatus()
                .isCreated());
        assertThat(second.get("status")).isEqualTo("WAITLISTED");
        assertThat(second.get("waitlistPosition")).isEqualTo(1);

        organiser
                .post()
                .uri("/api/v1/admin/registrations/{id}/approve", first.get("id"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("CONFIRMED");
        organiser
                .post()
                .uri("/api/v1/admin/registrations/{id}/approve", second.get("id"))
                .exchange()
                .expectStatus()
                .isEqualTo(409);
    }

    @Test
    void declineFreesTheSeatForTheFirstOnTheWaitingList() {
        UUID event = PublishedEvents.open(organiser, 1, true, true);
        Map<?, ?> first = body(register(event, Delegates.amina()).expectStatus().isCreated());
        Map<?, ?> second = body(register(event, Delegates.person("Ivan", "Petrov", "RU"))
                .expectStatus()
                .isCreated());
        Map<?, ?> third = body(register(event, Delegates.person("Li", "Wei", "CN"))
                .expectStatus()
                .isCreated());
        assertThat(third.get("waitlistPosition")).isEqualTo(2);

        organiser
                .post()
                .uri("/api/v1/admin/registrations/{id}/decline", first.get("id"))
                .bodyValue(Map.of("reason", "Seats are reserved for States parties"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("DECLINED");

        status((String) second.get("manageToken"), "PENDING_APPROVAL");
        client.get()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", (String) third.get("manageToken"))
                .exchange()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("WAITLISTED")
                .jsonPath("$.waitlistPosition")
                .isEqualTo(1);
    }

    @Test
    void cancellingPromotesTheFirstWaitingInArrivalOrder() {
        UUID event = PublishedEvents.open(organiser, 1, true, false);
        Map<?, ?> first = body(register(event, Delegates.amina()).expectStatus().isCreated());
        Map<?, ?> second = body(register(event, Delegates.person("Ivan", "Petrov", "RU"))
                .expectStatus()
                .isCreated());
        Map<?, ?> third = body(register(event, Delegates.person("Li", "Wei", "CN"))
                .expectStatus()
                .isCreated());

        client.delete()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", (String) first.get("manageToken"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("CANCELLED");
        status((String) second.get("manageToken"), "CONFIRMED");
        status((String) third.get("manageToken"), "WAITLISTED");
        client.delete()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", (String) first.get("manageToken"))
                .exchange()
                .expectStatus()
                .isEqualTo(409);
    }

    @Test
    void fullWithoutWaitingListIs409AndWritesNothing() {
        UUID event = PublishedEvents.open(organiser, 1, false, false);
        register(event, Delegates.amina()).expectStatus().isCreated();
        Map<String, Object> late = Delegates.person("Late", "Comer", "FR");
        register(event, late)
                .expectStatus()
                .isEqualTo(409)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://convene.dev/problems/event-full");
        organiser
                .get()
                .uri("/api/v1/admin/events/{id}/registrations", event)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1);
    }

    @Test
    void oneLiveRegistrationPerEmailWithAWayToGetTheLinkAgain() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<String, Object> amina = Delegates.amina();
        register(event, amina).expectStatus().isCreated();
        Map<String, Object> again = Delegates.person("Amina", "Diallo", "SN");
        again.put("email", ((String) amina.get("email")).toUpperCase());
        register(event, again)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://convene.dev/problems/already-registered")
                .jsonPath("$.detail")
                .value(d -> assertThat((String) d).contains("resend-link"));
        client.post()
                .uri("/api/v1/events/{id}/registrations/resend-link", event)
                .bodyValue(Map.of("email", amina.get("email")))
                .exchange()
                .expectStatus()
                .isAccepted();
        client.post()
                .uri("/api/v1/events/{id}/registrations/resend-link", event)
                .bodyValue(Map.of("email", "nobody@example.org"))
                .exchange()
                .expectStatus()
                .isAccepted();
    }

    @Test
    void invalidRegistrationListsEveryFieldAndWritesNothing() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<String, Object> bad = Delegates.amina();
        bad.put("givenName", " ");
        bad.put("countryCode", "XX");
        bad.put("email", "not-an-email");
        bad.put("language", "de");
        bad.put("consent", false);
        bad.put("role", "KING");
        bad.put("sessionIds", List.of(UUID.randomUUID()));
        register(event, bad)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'givenName')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'countryCode')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'email')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'language')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'consent')].message")
                .isEqualTo(List.of("must be accepted to register"))
                .jsonPath("$.errors[?(@.field == 'role')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'sessionIds[0]')]")
                .exists();
        organiser
                .get()
                .uri("/api/v1/admin/events/{id}/registrations", event)
                .exchange()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(0);
    }

    @Test
    void idempotentRepeatReturnsTheFirstResultAndAnotherBodyIs422() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<String, Object> amina = Delegates.amina();
        String key = UUID.randomUUID().toString();
        Map<?, ?> first = body(client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .header("Idempotency-Key", key)
                .bodyValue(amina)
                .exchange()
                .expectStatus()
                .isCreated());
        Map<?, ?> repeat = body(client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .header("Idempotency-Key", key)
                .bodyValue(amina)
                .exchange()
                .expectStatus()
                .isCreated());
        assertThat(repeat).isEqualTo(first);

        Map<String, Object> other = Delegates.person("Other", "Person", "GH");
        client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .header("Idempotency-Key", key)
                .bodyValue(other)
                .exchange()
                .expectStatus()
                .isEqualTo(422)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        organiser
                .get()
                .uri("/api/v1/admin/events/{id}/registrations", event)
                .exchange()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1);
    }

    @Test
    void concurrentRepeatsWithOneIdempotencyKeyRegisterOnce() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<String, Object> amina = Delegates.amina();
        String key = UUID.randomUUID().toString();
        List<? extends Map<?, ?>> answers = reactor.core.publisher.Flux.range(0, 8)
                .flatMap(
                        i -> reactor.core.publisher.Mono.fromCallable(() -> body(client.post()
                                        .uri("/api/v1/events/{id}/registrations", event)
                                        .header("Idempotency-Key", key)
                                        .bodyValue(amina)
                                        .exchange()
                                        .expectStatus()
                                        .isCreated()))
                                .subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()),
                        8)
                .collectList()
                .block(java.time.Duration.ofMinutes(1));
        assertThat(answers)
                .hasSize(8)
                .allSatisfy(a ->
                        assertThat(a.get("id")).isEqualTo(answers.getFirst().get("id")));
        organiser
                .get()
                .uri("/api/v1/admin/events/{id}/registrations", event)
                .exchange()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1);
    }

    @Test
    void invitationOnlyEventsRefusePublicRegistrationWith403() {
        var body = org.cti.convene.support.EventFixtures.sideEvent(org.cti.convene.support.EventFixtures.slug("inv"));
        body.put("access", "INVITATION_ONLY");
        UUID event = PublishedEvents.publish(organiser, body);
        register(event, Delegates.amina())
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://convene.dev/problems/invitation-only")
                .jsonPath("$.detail")
                .value(d -> assertThat((String) d).contains("secretariat@example.org"));
    }

    @Test
    void closedDraftAndCancelledEventsRefuseRegistration() {
        var closed =
                org.cti.convene.support.EventFixtures.sideEvent(org.cti.convene.support.EventFixtures.slug("closed"));
        closed.put(
                "registrationClosesAt",
                java.time.OffsetDateTime.now().minusDays(1).toString());
        closed.put(
                "registrationOpensAt",
                java.time.OffsetDateTime.now().minusDays(3).toString());
        UUID closedId = PublishedEvents.publish(organiser, closed);
        register(closedId, Delegates.amina())
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://convene.dev/problems/registration-closed");

        var notYet =
                org.cti.convene.support.EventFixtures.sideEvent(org.cti.convene.support.EventFixtures.slug("soon"));
        notYet.put(
                "registrationOpensAt",
                java.time.OffsetDateTime.now().plusDays(3).toString());
        UUID notYetId = PublishedEvents.publish(organiser, notYet);
        register(notYetId, Delegates.amina())
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://convene.dev/problems/registration-not-open");

        UUID cancelled = PublishedEvents.open(organiser, 5, true, false);
        organiser
                .post()
                .uri("/api/v1/admin/events/{id}/cancel", cancelled)
                .exchange()
                .expectStatus()
                .isOk();
        register(cancelled, Delegates.amina())
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://convene.dev/problems/event-cancelled");

        Map<?, ?> draft = organiser
                .post()
                .uri("/api/v1/admin/events")
                .bodyValue(org.cti.convene.support.EventFixtures.sideEvent(
                        org.cti.convene.support.EventFixtures.slug("d")))
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        register(UUID.fromString((String) draft.get("id")), Delegates.amina())
                .expectStatus()
                .isNotFound();
    }

    @Test
    void namesInAnyScriptRoundTripUnchanged() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        for (String[] name : List.of(
                new String[] {"Zoë", "Ñúñez-Øster", "ES"},
                new String[] {"Амина", "Диалло", "RU"},
                new String[] {"آمنة", "ديالو", "EG"},
                new String[] {"阿米娜", "迪亚洛", "CN"})) {
            Map<String, Object> body = Delegates.person(name[0], name[1], name[2]);
            body.put("email", "script-" + UUID.randomUUID() + "@example.org");
            body.put("badgeName", name[0] + " " + name[1]);
            Map<?, ?> result = body(register(event, body).expectStatus().isCreated());
            client.get()
                    .uri("/api/v1/registrations/me")
                    .header("X-Manage-Token", (String) result.get("manageToken"))
                    .exchange()
                    .expectBody()
                    .jsonPath("$.givenName")
                    .isEqualTo(name[0])
                    .jsonPath("$.familyName")
                    .isEqualTo(name[1])
                    .jsonPath("$.badgeName")
                    .isEqualTo(name[0] + " " + name[1]);
        }
        organiser
                .get()
                .uri(u -> u.path("/api/v1/admin/events/{id}/registrations")
                        .queryParam("q", "nunez")
                        .build(event))
                .exchange()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1)
                .jsonPath("$.items[0].familyName")
                .isEqualTo("Ñúñez-Øster");
    }

    @Test
    void delegateChangesDetailsButNotTheEmailAndANewBadgeNameBumpsTheBadgeVersion() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<?, ?> result =
                body(register(event, Delegates.amina()).expectStatus().isCreated());
        String token = (String) result.get("manageToken");
        client.patch()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", token)
                .bodyValue(Map.of("badgeName", "Dr Amina Diallo", "dietary", "vegetarian"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.badgeName")
                .isEqualTo("Dr Amina Diallo")
                .jsonPath("$.dietary")
                .isEqualTo("vegetarian")
                .jsonPath("$.badgeVersion")
                .isEqualTo(2);
        client.patch()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", token)
                .bodyValue(Map.of("email", "new@example.org"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("email");
    }

    @Test
    void attendeeListFiltersByStatusCountryAndRoleWithTotals() {
        UUID event = PublishedEvents.open(organiser, 2, true, false);
        register(event, Delegates.person("A", "One", "SN")).expectStatus().isCreated();
        register(event, Delegates.person("B", "Two", "GH")).expectStatus().isCreated();
        register(event, Delegates.person("C", "Three", "GH")).expectStatus().isCreated();
        organiser
                .get()
                .uri(u -> u.path("/api/v1/admin/events/{id}/registrations")
                        .queryParam("country", "GH")
                        .build(event))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(2)
                .jsonPath("$.totals.CONFIRMED")
                .isEqualTo(2)
                .jsonPath("$.totals.WAITLISTED")
                .isEqualTo(1);
        organiser
                .get()
                .uri(u -> u.path("/api/v1/admin/events/{id}/registrations")
                        .queryParam("status", "WAITLISTED")
                        .build(event))
                .exchange()
                .expectBody()
                .jsonPath("$.items[0].familyName")
                .isEqualTo("Three");
        organiser
                .get()
                .uri(u -> u.path("/api/v1/admin/events/{id}/registrations")
                        .queryParam("size", 1)
                        .queryParam("page", 1)
                        .build(event))
                .exchange()
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(1)
                .jsonPath("$.total")
                .isEqualTo(3);
    }

    @Test
    void loweringCapacityBelowHeldSeatsIsRefusedAndRaisingItPromotes() {
        UUID event = PublishedEvents.open(organiser, 2, true, false);
        register(event, Delegates.person("A", "One", "SN")).expectStatus().isCreated();
        register(event, Delegates.person("B", "Two", "GH")).expectStatus().isCreated();
        Map<?, ?> waiting = body(register(event, Delegates.person("C", "Three", "GH"))
                .expectStatus()
                .isCreated());
        organiser
                .patch()
                .uri("/api/v1/admin/events/{id}", event)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("capacity", 1))
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://convene.dev/problems/capacity-below-held");
        organiser
                .patch()
                .uri("/api/v1/admin/events/{id}", event)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("capacity", 3))
                .exchange()
                .expectStatus()
                .isOk();
        status((String) waiting.get("manageToken"), "CONFIRMED");
    }

    private WebTestClient.ResponseSpec register(UUID event, Map<String, Object> body) {
        return client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(body)
                .exchange();
    }

    private void status(String token, String expected) {
        client.get()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(expected);
    }

    private static Map<?, ?> body(WebTestClient.ResponseSpec spec) {
        return spec.expectBody(Map.class).returnResult().getResponseBody();
    }
}
