package org.cti.convene.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.Delegates;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.SecondInstance;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Flux;
import reactor.util.retry.Retry;

/**
 * Many delegates at once, through two running instances on one PostgreSQL: never more seats held than
 * the event has, everyone else on the waiting list in arrival order, no delegation split.
 */
@IntegrationTest
class CapacityRaceTests {

    static SecondInstance second;

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    DatabaseClient db;

    @LocalServerPort
    int port;

    WebTestClient organiser;

    @BeforeAll
    static void startSecondInstance() {
        second = SecondInstance.start();
    }

    @AfterAll
    static void stopSecondInstance() {
        second.close();
    }

    @BeforeEach
    void signIn() {
        Staff.ensure(accounts);
        organiser = Staff.as(client, Staff.ORGANISER);
    }

    @Test
    void fiveHundredConcurrentRegistrationsForFiftySeatsHoldExactlyFifty() {
        UUID event = PublishedEvents.open(organiser, 50, true, false);
        List<WebClient> instances = clients();

        List<Map<String, Object>> results = Flux.range(0, 500)
                .flatMap(
                        i -> instances
                                .get(i % 2)
                                .post()
                                .uri("/api/v1/events/{id}/registrations", event)
                                .bodyValue(Delegates.person("Rush" + i, "Delegate", "GH"))
                                .retrieve()
                                .bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {})
                                // 200 at once is more than an instance takes in flight: it refuses the excess
                                // with 503 before writing anything, and clients come back, as browsers would
                                .retryWhen(Retry.backoff(30, Duration.ofMillis(50))
                                        .filter(WebClientResponseException.ServiceUnavailable.class::isInstance)),
                        200)
                .collectList()
                .block(Duration.ofMinutes(3));

        assertThat(results).hasSize(500);
        assertThat(results.stream().filter(r -> "CONFIRMED".equals(r.get("status"))))
                .hasSize(50);
        assertThat(results.stream().filter(r -> "WAITLISTED".equals(r.get("status"))))
                .hasSize(450);
        assertThat(heldSeats(event)).isEqualTo(50);
        assertWaitingListInArrivalOrder(event, 450, results);
    }

    @Test
    void delegationsRushingTogetherAreNeverSplit() {
        UUID event = PublishedEvents.open(organiser, 50, true, false);
        List<WebClient> instances = clients();

        List<Map<String, Object>> results = Flux.range(0, 60)
                .flatMap(
                        i -> instances
                                .get(i % 2)
                                .post()
                                .uri("/api/v1/events/{id}/delegations", event)
                                .bodyValue(Map.of(
                                        "countryCode",
                                        "GH",
                                        "head",
                                        Map.of(
                                                "name",
                                                "Head " + i,
                                                "email",
                                                "head" + i + "@example.org",
                                                "language",
                                                "en"),
                                        "delegates",
                                        IntStream.range(0, 3)
                                                .mapToObj(k -> Delegates.person("D" + i + "x" + k, "Member", "GH"))
                                                .toList()))
                                .retrieve()
                                .bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {}),
                        60)
                .collectList()
                .block(Duration.ofMinutes(3));

        assertThat(results).hasSize(60);
        int seated = 0;
        for (Map<String, Object> r : results) {
            List<?> members = (List<?>) r.get("registrations");
            List<Object> statuses = new ArrayList<>();
            members.forEach(m -> statuses.add(((Map<?, ?>) m).get("status")));
            assertThat(statuses).as("a delegation is seated or waits together").containsOnly(r.get("status"));
            if ("CONFIRMED".equals(r.get("status"))) {
                seated++;
            }
        }
        assertThat(seated).isEqualTo(16);
        assertThat(heldSeats(event)).isEqualTo(48);
        List<String> splits = db.sql("""
                        select d.id from delegation d join registration r on r.delegation_id = d.id
                         where d.event_id = :e group by d.id having count(distinct r.status) > 1
                        """)
                .bind("e", event)
                .map((row, m) -> row.get("id", String.class))
                .all()
                .collectList()
                .block();
        assertThat(splits).isEmpty();
    }

    @Test
    void theWaitingListPositionEachDelegateIsToldIsTheirRealOne() {
        UUID event = PublishedEvents.open(organiser, 5, true, false);
        List<WebClient> instances = clients();

        List<Map<String, Object>> results = Flux.range(0, 120)
                .flatMap(i -> register(instances.get(i % 2), event, "Queue" + i), 60)
                .collectList()
                .block(Duration.ofMinutes(3));

        List<String> waitingByArrival = db.sql("select id::text as id from registration where event_id = :e"
                        + " and status = 'WAITLISTED' order by arrival")
                .bind("e", event)
                .map((row, m) -> row.get("id", String.class))
                .all()
                .collectList()
                .block();
        assertThat(waitingByArrival).hasSize(115);
        for (Map<String, Object> r : results) {
            if ("WAITLISTED".equals(r.get("status"))) {
                assertThat(r.get("waitlistPosition"))
                        .as("position told to %s", r.get("id"))
                        .isEqualTo(waitingByArrival.indexOf((String) r.get("id")) + 1);
            }
        }
    }

    @Test
    void anOrganisersChangeOnOneInstanceIsHonouredByTheNextRegistrationOnTheOther() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        WebClient other = clients().get(1);
        // the second instance now holds the event in memory
        assertThat(register(other, event, "Before").block(Duration.ofSeconds(30)))
                .containsEntry("status", "CONFIRMED");

        patch(event, Map.of("approvalRequired", true));
        assertThat(register(other, event, "Moderated").block(Duration.ofSeconds(30)))
                .containsEntry("status", "PENDING_APPROVAL");

        patch(event, Map.of("access", "INVITATION_ONLY"));
        other.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(Delegates.person("Uninvited", "Delegate", "GH"))
                .exchangeToMono(response -> {
                    assertThat(response.statusCode().is4xxClientError()).isTrue();
                    return response.releaseBody();
                })
                .block(Duration.ofSeconds(30));
        assertThat(db.sql("select count(*) as n from registration where event_id = :e")
                        .bind("e", event)
                        .map((row, m) -> row.get("n", Long.class))
                        .one()
                        .block())
                .isEqualTo(2);
    }

    private reactor.core.publisher.Mono<Map<String, Object>> register(WebClient instance, UUID event, String name) {
        return instance.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(Delegates.person(name, "Delegate", "GH"))
                .retrieve()
                .bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {});
    }

    private void patch(UUID event, Map<String, Object> changes) {
        organiser
                .patch()
                .uri("/api/v1/admin/events/{id}", event)
                .contentType(org.springframework.http.MediaType.parseMediaType("application/merge-patch+json"))
                .bodyValue(changes)
                .exchange()
                .expectStatus()
                .isOk();
    }

    private List<WebClient> clients() {
        return List.of(
                WebClient.create("http://localhost:" + port), WebClient.create("http://localhost:" + second.port()));
    }

    private long heldSeats(UUID event) {
        return db.sql("select count(*) as n from seat where event_id = :e and registration_id is not null")
                .bind("e", event)
                .map((row, m) -> row.get("n", Long.class))
                .one()
                .block();
    }

    /** The waiting list is served in arrival order: a freed seat goes to the earliest waiting registration. */
    private void assertWaitingListInArrivalOrder(UUID event, int expected, List<Map<String, Object>> results) {
        List<String> waiting = db.sql("select id::text as id from registration where event_id = :e"
                        + " and status = 'WAITLISTED' order by arrival")
                .bind("e", event)
                .map((row, m) -> row.get("id", String.class))
                .all()
                .collectList()
                .block();
        assertThat(waiting).hasSize(expected);
        String token = (String) results.stream()
                .filter(r -> "CONFIRMED".equals(r.get("status")))
                .findFirst()
                .orElseThrow()
                .get("manageToken");
        client.delete()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", token)
                .exchange()
                .expectStatus()
                .isOk();
        String promoted = db.sql("select id::text as id from registration where event_id = :e and status = 'CONFIRMED'"
                        + " and id::text = any(:waiting)")
                .bind("e", event)
                .bind("waiting", waiting.toArray(String[]::new))
                .map((row, m) -> row.get("id", String.class))
                .one()
                .block();
        assertThat(promoted).isEqualTo(waiting.getFirst());
        assertThat(heldSeats(event)).isEqualTo(50);
    }
}
