package org.cti.convene.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cti.convene.common.StaffRole;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The scan trail holds scans at real doors: a door naming an event that does not exist, or not its own, writes nothing. */
@IntegrationTest
class CheckInTrailTests {

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    DatabaseClient db;

    WebTestClient organiser;

    @BeforeEach
    void signIn() {
        Staff.ensure(accounts);
        organiser = Staff.as(client, Staff.ORGANISER);
    }

    @Test
    void aRefusedScanAtAnUnknownDoorIsAnsweredButNotLogged() {
        UUID unknown = UUID.randomUUID();

        scan(Staff.as(client, Staff.CHECKIN), unknown, "not a badge");

        assertThat(rows(unknown)).isZero();
    }

    @Test
    void aRefusedScanAtTheDoorOfAnotherEventIsNotLoggedThere() {
        UUID own = PublishedEvents.open(organiser, 10, true, false);
        UUID other = PublishedEvents.open(organiser, 10, true, false);
        String email = "door-" + own.toString().substring(0, 8) + "@test.example";
        accounts.createIfAbsent(email, "Scoped Door", Staff.PASSWORD, StaffRole.CHECKIN, Set.of(own))
                .block();
        WebTestClient door = Staff.as(client, email);

        scan(door, other, "not a badge");
        scan(door, own, "not a badge");

        assertThat(rows(other)).isZero();
        assertThat(rows(own)).as("the door's own event keeps its trail").isOne();
    }

    private static void scan(WebTestClient door, UUID eventId, String payload) {
        door.post()
                .uri("/api/v1/check-in")
                .bodyValue(Map.of("payload", payload, "eventId", eventId))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.result")
                .isEqualTo("INVALID");
    }

    private long rows(UUID eventId) {
        return db.sql("select count(*) as n from scan_log where event_id = :event")
                .bind("event", eventId)
                .map((row, meta) -> row.get("n", Long.class))
                .one()
                .block();
    }
}
