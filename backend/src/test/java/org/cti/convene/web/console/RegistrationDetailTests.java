package org.cti.convene.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.ConsoleSession;
import org.cti.convene.support.Delegates;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The event's staff see everything a person gave, the history of the registration and the mails it got. */
@IntegrationTest
class RegistrationDetailTests {

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @BeforeEach
    void staff() {
        Staff.ensure(accounts);
    }

    @Test
    void theDetailPageShowsNeedsHistoryAndMails() {
        WebTestClient organiser = Staff.as(client, Staff.ORGANISER);
        UUID event = PublishedEvents.open(organiser, 5, true, true);
        Map<String, Object> amina = Delegates.amina();
        amina.put("dietary", "Halal meals");
        amina.put("accessibility", "Step-free access to the room");
        amina.put("visaLetter", true);
        Map<String, Object> registered = client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(amina)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
        String id = (String) registered.get("id");
        organiser
                .post()
                .uri("/api/v1/admin/registrations/{id}/approve", id)
                .exchange()
                .expectStatus()
                .isOk();

        ConsoleSession console = ConsoleSession.signIn(client, Staff.ORGANISER);
        assertThat(console.page("/console/events/" + event + "/registrations"))
                .contains("/console/events/" + event + "/registrations/" + id);
        String page = console.page("/console/events/" + event + "/registrations/" + id);
        assertThat(page)
                .contains("Halal meals", "Step-free access to the room", "Requested", "Ministry of Justice")
                .contains("registration.created", "registration.approved", Staff.ORGANISER)
                .contains("Awaiting approval");

        UUID other = PublishedEvents.open(organiser, 5, true, false);
        assertThat(console.get("/console/events/" + other + "/registrations/" + id)
                        .getStatus())
                .as("a registration is only found under its own event")
                .isEqualTo(HttpStatus.NOT_FOUND);
        ConsoleSession door = ConsoleSession.signIn(client, Staff.CHECKIN);
        assertThat(door.get("/console/events/" + event + "/registrations/" + id)
                        .getStatus()
                        .is4xxClientError())
                .isTrue();
    }
}
