package org.cti.convene.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every error status reaches API clients as problem+json, with no framework text or stack trace. */
@IntegrationTest
class ProblemResponsesTests {

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
    void unknownPathIs404() {
        problem(
                client.get()
                        .uri("/api/v1/nothing-here")
                        .exchange()
                        .expectStatus()
                        .isNotFound(),
                404);
        problem(
                client.get()
                        .uri("/api/v1/events/{id}", java.util.UUID.randomUUID())
                        .exchange()
                        .expectStatus()
                        .isNotFound(),
                404);
    }

    @Test
    void wrongMethodIs405WithAllow() {
        var response =
                client.delete().uri("/api/v1/events").exchange().expectStatus().isEqualTo(405);
        response.expectHeader().exists("Allow");
        problem(response, 405);
    }

    @Test
    void malformedJsonIs400() {
        var response = organiser
                .post()
                .uri("/api/v1/admin/events")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"kind\": \"HIGH_LEVEL_EVENT\", ")
                .exchange()
                .expectStatus()
                .isBadRequest();
        problem(response, 400).jsonPath("$.type").isEqualTo("https://convene.dev/problems/malformed-body");
    }

    @Test
    void invalidFieldsCarryACodeBesideTheirMessage() {
        var response = organiser
                .post()
                .uri("/api/v1/admin/events")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"kind\": \"HIGH_LEVEL_EVENT\", \"slug\": \"Not A Slug\"}")
                .exchange()
                .expectStatus()
                .isBadRequest();
        problem(response, 400)
                .jsonPath("$.type")
                .isEqualTo("https://convene.dev/problems/invalid-input")
                .jsonPath("$.errors[?(@.field == 'slug')].code")
                .value(codes -> assertThat(codes.toString()).contains("Pattern"))
                .jsonPath("$.errors[?(@.field == 'venue')].code")
                .value(codes -> assertThat(codes.toString()).contains("NotNull"))
                .jsonPath("$.errors[?(@.field == 'venue')].message")
                .value(messages -> assertThat(messages.toString()).contains("must not be null"));
    }

    @Test
    void wrongJsonTypeIs400() {
        var response = organiser
                .post()
                .uri("/api/v1/admin/events")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"capacity\": \"many\"}")
                .exchange()
                .expectStatus()
                .isBadRequest();
        problem(response, 400);
    }

    @Test
    void unsupportedMediaTypeIs415() {
        var response = organiser
                .post()
                .uri("/api/v1/admin/events")
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue("kind=HIGH_LEVEL_EVENT")
                .exchange()
                .expectStatus()
                .isEqualTo(415);
        problem(response, 415);
    }

    @Test
    void bodyOverOneMebibyteIs413() {
        String huge = "{\"slug\": \"" + "a".repeat(1024 * 1024 + 10) + "\"}";
        var response = organiser
                .post()
                .uri("/api/v1/admin/events")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(huge)
                .exchange()
                .expectStatus()
                .isEqualTo(413);
        problem(response, 413);
    }

    @Test
    void badQueryParameterIs400() {
        problem(
                        client.get()
                                .uri("/api/v1/events?kind=PICNIC")
                                .exchange()
                                .expectStatus()
                                .isBadRequest(),
                        400)
                .jsonPath("$.detail")
                .value(d -> assertThat((String) d).contains("kind"));
    }

    @Test
    void unauthenticatedIs401AndWrongRoleIs403() {
        problem(
                client.get()
                        .uri("/api/v1/admin/events")
                        .exchange()
                        .expectStatus()
                        .isUnauthorized(),
                401);
        problem(
                Staff.as(client, Staff.CHECKIN)
                        .get()
                        .uri("/api/v1/admin/events")
                        .exchange()
                        .expectStatus()
                        .isForbidden(),
                403);
    }

    @Test
    void conflictIs409() {
        var body = org.cti.convene.support.EventFixtures.sideEvent(org.cti.convene.support.EventFixtures.slug("dup"));
        organiser
                .post()
                .uri("/api/v1/admin/events")
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated();
        problem(
                organiser
                        .post()
                        .uri("/api/v1/admin/events")
                        .bodyValue(body)
                        .exchange()
                        .expectStatus()
                        .isEqualTo(409),
                409);
    }

    @Test
    void browsersGetAReadableErrorPage() {
        client.get()
                .uri("/no-such-page")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class)
                .value(html -> assertThat(html).contains("Not found").doesNotContain("Exception"));
    }

    private static WebTestClient.BodyContentSpec problem(WebTestClient.ResponseSpec response, int status) {
        return response.expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(status)
                .jsonPath("$.type")
                .value(t -> assertThat((String) t).startsWith("https://convene.dev/problems/"))
                .jsonPath("$.title")
                .exists()
                .jsonPath("$.detail")
                .value(d -> assertThat((String) d)
                        .doesNotContain("Exception")
                        .doesNotContain("org.springframework")
                        .doesNotContain("\tat "))
                .jsonPath("$.trace")
                .doesNotExist();
    }
}
