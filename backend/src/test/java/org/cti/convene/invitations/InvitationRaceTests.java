package org.cti.convene.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.Delegates;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Many people accepting one delegation's invitation at the same moment never get more than its seats. */
@IntegrationTest
class InvitationRaceTests {

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Invitations invitations;

    @Autowired
    DatabaseClient db;

    @LocalServerPort
    int port;

    WebTestClient organiser;

    @BeforeEach
    void signIn() {
        Staff.ensure(accounts);
        organiser = Staff.as(client, Staff.ORGANISER);
    }

    @Test
    void twentyParallelAcceptsOnAThreeSeatInvitationRegisterExactlyThree() {
        UUID event = InvitationFixtures.event(organiser, 50, "INVITATION_ONLY", false);
        Map<?, ?> invitation = InvitationApiTests.list(organiser
                        .post()
                        .uri("/api/v1/admin/events/{id}/invitations", event)
                        .bodyValue(InvitationFixtures.batch(
                                InvitationFixtures.inDays(10), InvitationFixtures.delegation("GH", 3)))
                        .exchange()
                        .expectStatus()
                        .isCreated()
                        .expectBody()
                        .returnResult()
                        .getResponseBody())
                .getFirst();
        String token = InvitationFixtures.token(invitations, invitation.get("id"));
        WebClient web = WebClient.create("http://localhost:" + port);

        List<Integer> statuses = Flux.range(0, 20)
                .flatMap(
                        i -> web.post()
                                .uri("/api/v1/invitations/{t}/accept", token)
                                .bodyValue(Map.of(
                                        "registrations", List.of(Delegates.person("Rush" + i, "Delegate", "GH"))))
                                .exchangeToMono(response -> response.bodyToMono(Map.class)
                                        .map(body -> {
                                            if (response.statusCode().value() == 409) {
                                                assertThat(body.get("type"))
                                                        .isEqualTo(
                                                                "https://convene.dev/problems/invitation-seats-used");
                                            }
                                            return response.statusCode().value();
                                        })
                                        .defaultIfEmpty(response.statusCode().value())),
                        20)
                .collectList()
                .block(Duration.ofMinutes(2));

        assertThat(statuses).hasSize(20);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(3);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(17);
        assertThat(count("select count(*) as n from registration where invitation_id = :i", invitation.get("id")))
                .isEqualTo(3);
        assertThat(count("select seats_used as n from invitation where id = :i", invitation.get("id")))
                .isEqualTo(3);
        assertThat(count("""
                        select count(*) as n from seat where reserved_for = :i and registration_id is not null
                        """, invitation.get("id")))
                .as("every delegate sits in one of the delegation's seats")
                .isEqualTo(3);
    }

    private long count(String sql, Object invitationId) {
        return db.sql(sql)
                .bind("i", UUID.fromString(invitationId.toString()))
                .map((row, meta) -> ((Number) row.get("n")).longValue())
                .one()
                .switchIfEmpty(Mono.just(0L))
                .block();
    }
}
