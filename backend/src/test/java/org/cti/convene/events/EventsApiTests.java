package org.cti.convene.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.EventFixtures;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@IntegrationTest
class EventsApiTests {

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
    void createdEventIsADraftThatOnlyStaffSee() {
        String slug = EventFixtures.slug("draft");
        Map<?, ?> created = create(EventFixtures.sideEvent(slug));
        assertThat(created.get("status")).isEqualTo("DRAFT");
        assertThat(((List<?>) created.get("sessions"))).hasSize(1);

        client.get()
                .uri("/api/v1/events/{id}", created.get("id"))
                .exchange()
                .expectStatus()
                .isNotFound();
        client.get()
                .uri("/api/v1/events/{slug}", slug)
                .exchange()
                .expectStatus()
                .isNotFound();
        organiser
                .get()
                .uri("/api/v1/admin/events/{id}", created.get("id"))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void publishedEventIsListedAndShownWithItsProgramme() {
        String slug = EventFixtures.slug("published");
        Map<?, ?> created = create(EventFixtures.sideEvent(slug));
        organiser
                .post()
                .uri("/api/v1/admin/events/{id}/publish", created.get("id"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("PUBLISHED");

        client.get()
                .uri("/api/v1/events/{slug}", slug)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.title.fr")
                .isEqualTo("Prévenir la torture en garde à vue")
                .jsonPath("$.venue.timeZone")
                .isEqualTo("Europe/Zurich")
                .jsonPath("$.sessions[0].title.en")
                .isEqualTo("Opening")
                .jsonPath("$.sessions[0].room")
                .isEqualTo("XXIII");
        client.get()
                .uri("/api/v1/events?kind=HIGH_LEVEL_EVENT")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.slug == '" + slug + "')]")
                .exists();
        client.get()
                .uri("/api/v1/events?kind=STUDY_VISIT")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.slug == '" + slug + "')]")
                .doesNotExist();
    }

    @Test
    void fromFilterLeavesOutEventsThatEndedBefore() {
        String slug = EventFixtures.slug("from");
        Map<?, ?> created = create(EventFixtures.sideEvent(slug));
        organiser
                .post()
                .uri("/api/v1/admin/events/{id}/publish", created.get("id"))
                .exchange()
                .expectStatus()
                .isOk();
        String later =
                java.time.Instant.now().plus(java.time.Duration.ofDays(60)).toString();
        client.get()
                .uri(u -> u.path("/api/v1/events").queryParam("from", later).build())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.slug == '" + slug + "')]")
                .doesNotExist();
    }

    @Test
    void cancelledEventDisappearsAndCannotBeCancelledOrEditedAgain() {
        String slug = EventFixtures.slug("cancelled");
        Map<String, Object> body = EventFixtures.sideEvent(slug);
        Map<?, ?> created = create(body);
        Object id = created.get("id");
        organiser
                .post()
                .uri("/api/v1/admin/events/{id}/publish", id)
                .exchange()
                .expectStatus()
                .isOk();
        organiser
                .post()
                .uri("/api/v1/admin/events/{id}/cancel", id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("CANCELLED");

        client.get().uri("/api/v1/events/{id}", id).exchange().expectStatus().isNotFound();
        organiser
                .post()
                .uri("/api/v1/admin/events/{id}/cancel", id)
                .exchange()
                .expectStatus()
                .isEqualTo(409);
        organiser
                .post()
                .uri("/api/v1/admin/events/{id}/publish", id)
                .exchange()
                .expectStatus()
                .isEqualTo(409);
        organiser
                .put()
                .uri("/api/v1/admin/events/{id}", id)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void updateAndPatchChangeTheEventAndRaiseTheSequenceWhenTheTimeMoves() {
        String slug = EventFixtures.slug("edit");
        Map<String, Object> body = EventFixtures.sideEvent(slug);
        Map<?, ?> created = create(body);
        Object id = created.get("id");
        assertThat(created.get("sequence")).isEqualTo(0);

        body.put("title", Map.of("en", "Renamed", "ar", "منع التعذيب"));
        organiser
                .put()
                .uri("/api/v1/admin/events/{id}", id)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.title.ar")
                .isEqualTo("منع التعذيب")
                .jsonPath("$.sequence")
                .isEqualTo(0);

        organiser
                .patch()
                .uri("/api/v1/admin/events/{id}", id)
                .contentType(MediaType.parseMediaType("application/merge-patch+json"))
                .bodyValue(Map.of("venue", Map.of("name", "Room XX"), "capacity", 80))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.venue.name")
                .isEqualTo("Room XX")
                .jsonPath("$.venue.timeZone")
                .isEqualTo("Europe/Zurich")
                .jsonPath("$.capacity")
                .isEqualTo(80)
                .jsonPath("$.sequence")
                .isEqualTo(1)
                .jsonPath("$.sessions[0].title.en")
                .isEqualTo("Opening");
    }

    @Test
    void slugClashIsAConflict() {
        String slug = EventFixtures.slug("clash");
        create(EventFixtures.sideEvent(slug));
        organiser
                .post()
                .uri("/api/v1/admin/events")
                .bodyValue(EventFixtures.sideEvent(slug))
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://convene.dev/problems/slug-taken")
                .jsonPath("$.detail")
                .value(d -> assertThat((String) d).contains(slug));
    }

    @Test
    void everyInvalidFieldIsReportedAtOnceAndNothingIsWritten() {
        String slug = EventFixtures.slug("invalid");
        Map<String, Object> body = EventFixtures.sideEvent(slug);
        body.put("title", Map.of("fr", "Sans anglais"));
        body.put("venue", Map.of("name", "Somewhere", "countryCode", "XX", "timeZone", "Mars/Olympus"));
        body.put("capacity", 0);
        body.put("endsAt", body.get("startsAt"));
        body.put("kind", "PICNIC");
        body.put("access", "EVERYONE");

        organiser
                .post()
                .uri("/api/v1/admin/events")
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://convene.dev/problems/invalid-input")
                .jsonPath("$.errors[?(@.field == 'title.en')].message")
                .isEqualTo(List.of("an English title is required"))
                .jsonPath("$.errors[?(@.field == 'venue.countryCode')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'venue.timeZone')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'capacity')].message")
                .isEqualTo(List.of("must be at least 1"))
                .jsonPath("$.errors[?(@.field == 'endsAt')].message")
                .isEqualTo(List.of("must be after startsAt"))
                .jsonPath("$.errors[?(@.field == 'kind')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'access')]")
                .exists();

        organiser
                .get()
                .uri("/api/v1/admin/events")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.slug == '" + slug + "')]")
                .doesNotExist();
    }

    @Test
    void sessionsMustLieInsideTheEventAndRegistrationMustCloseBeforeItEnds() {
        Map<String, Object> body = EventFixtures.sideEvent(EventFixtures.slug("span"));
        java.time.OffsetDateTime end = java.time.OffsetDateTime.parse((String) body.get("endsAt"));
        body.put("registrationClosesAt", end.plusHours(1).toString());
        body.put(
                "sessions",
                List.of(
                        Map.of(
                                "title",
                                Map.of("en", "Too early"),
                                "startsAt",
                                end.minusDays(1).toString(),
                                "endsAt",
                                end.minusMinutes(30).toString()),
                        Map.of(
                                "title",
                                Map.of("en", "Too late"),
                                "startsAt",
                                end.minusMinutes(10).toString(),
                                "endsAt",
                                end.plusMinutes(20).toString()),
                        Map.of(
                                "title",
                                Map.of("es", "Sin inglés"),
                                "startsAt",
                                end.minusMinutes(20).toString(),
                                "endsAt",
                                end.minusMinutes(10).toString(),
                                "capacity",
                                0)));

        organiser
                .post()
                .uri("/api/v1/admin/events")
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'registrationClosesAt')].message")
                .isEqualTo(List.of("must be before the event ends"))
                .jsonPath("$.errors[?(@.field == 'sessions[0].startsAt')].message")
                .isEqualTo(List.of("must not be before the event starts"))
                .jsonPath("$.errors[?(@.field == 'sessions[1].endsAt')].message")
                .isEqualTo(List.of("must not be after the event ends"))
                .jsonPath("$.errors[?(@.field == 'sessions[2].title.en')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'sessions[2].capacity')]")
                .exists();
    }

    @Test
    void fixedOffsetsAreNotTimeZones() {
        Map<String, Object> body = EventFixtures.sideEvent(EventFixtures.slug("offset"));
        body.put("venue", new HashMap<>(Map.of("name", "Palais", "countryCode", "CH", "timeZone", "+01:00")));
        organiser
                .post()
                .uri("/api/v1/admin/events")
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("venue.timeZone");
    }

    @Test
    void anonymousCallersGet401AndCheckInStaffGet403OnTheAdminApi() {
        client.post()
                .uri("/api/v1/admin/events")
                .bodyValue(EventFixtures.sideEvent(EventFixtures.slug("anon")))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(401);
        Staff.as(client, Staff.CHECKIN)
                .get()
                .uri("/api/v1/admin/events")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(403);
        client.mutate()
                .defaultHeaders(h -> h.setBasicAuth(Staff.ORGANISER, "wrong-password"))
                .build()
                .get()
                .uri("/api/v1/admin/events")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void anOrganiserLimitedToOneEventSeesOnlyThatEvent() {
        Map<?, ?> mine = create(EventFixtures.sideEvent(EventFixtures.slug("mine")));
        Map<?, ?> other = create(EventFixtures.sideEvent(EventFixtures.slug("other")));
        String partner = Staff.scopedOrganiser(accounts, java.util.UUID.fromString((String) mine.get("id")));
        WebTestClient partnerClient = Staff.as(client, partner);

        partnerClient
                .get()
                .uri("/api/v1/admin/events/{id}", mine.get("id"))
                .exchange()
                .expectStatus()
                .isOk();
        partnerClient
                .get()
                .uri("/api/v1/admin/events/{id}", other.get("id"))
                .exchange()
                .expectStatus()
                .isNotFound();
        partnerClient
                .post()
                .uri("/api/v1/admin/events/{id}/cancel", other.get("id"))
                .exchange()
                .expectStatus()
                .isNotFound();
        partnerClient
                .get()
                .uri("/api/v1/admin/events")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.id == '" + other.get("id") + "')]")
                .doesNotExist()
                .jsonPath("$[?(@.id == '" + mine.get("id") + "')]")
                .exists();
        partnerClient
                .post()
                .uri("/api/v1/admin/events")
                .bodyValue(EventFixtures.sideEvent(EventFixtures.slug("new")))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    private Map<?, ?> create(Map<String, Object> body) {
        return organiser
                .post()
                .uri("/api/v1/admin/events")
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }
}
