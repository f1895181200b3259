package org.cti.convene.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every change leaves one entry naming who did it; nobody can rewrite the trail. */
@IntegrationTest
class AuditTrailTests {

    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    DatabaseClient db;

    @BeforeEach
    void staff() {
        Staff.ensure(accounts);
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachActionLeavesExactlyOneEntryWithItsActorAndChanges() {
        WebTestClient organiser = Staff.as(client, Staff.ORGANISER);
        UUID event = PublishedEvents.open(organiser, 5, true, true);
        Map<String, Object> registered = client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(Delegates.amina())
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        organiser
                .post()
                .uri("/api/v1/admin/registrations/{id}/approve", registered.get("id"))
                .exchange()
                .expectStatus()
                .isOk();
        organiser
                .get()
                .uri("/api/v1/admin/events/{id}/registrations.csv?q=amina", event)
                .exchange()
                .expectStatus()
                .isOk();

        List<Map<String, Object>> items = entries(organiser, "eventId=" + event);
        assertThat(items)
                .extracting(i -> i.get("action"))
                .containsExactly(
                        "export.csv",
                        "registration.approved",
                        "registration.created",
                        "event.published",
                        "event.created");
        Map<String, Object> approved = items.get(1);
        assertThat(approved)
                .containsEntry("actor", Staff.ORGANISER)
                .containsEntry("objectType", "registration")
                .containsEntry("objectId", registered.get("id"))
                .containsEntry("eventId", event.toString());
        assertThat((Map<String, Object>) approved.get("changes")).containsEntry("status", "CONFIRMED");
        assertThat(items.get(2)).containsEntry("actor", "delegate");
        assertThat((Map<String, Object>) items.get(0).get("changes")).containsEntry("search", "amina");
        assertThat(items.stream().skip(1).map(i -> i.get("changes")).toList().toString())
                .as("the delegate's details never enter the trail")
                .doesNotContain("Amina", "Diallo", "@");

        assertThat(entries(organiser, "eventId=" + event + "&action=registration"))
                .hasSize(2);
        assertThat(entries(organiser, "eventId=" + event + "&action=registration.approved"))
                .hasSize(1);
        assertThat(entries(organiser, "eventId=" + event + "&actor=delegate")).hasSize(1);
        assertThat(entries(organiser, "eventId=" + event + "&from=2999-01-01")).isEmpty();
        String csv = organiser
                .get()
                .uri("/api/v1/admin/audit.csv?eventId=" + event)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("at,actor,actorType");
        assertThat(csv.lines().count()).isEqualTo(6);
    }

    @Test
    void organisersSeeTheirEventsAndAdministratorsSeeSignInsToo() {
        client.get()
                .uri("/api/v1/admin/events")
                .headers(h -> h.setBasicAuth(Staff.CHECKIN, "wrong password here"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
        List<Map<String, Object>> all = entries(Staff.as(client, Staff.ADMIN), "action=sign-in");
        assertThat(all).extracting(i -> i.get("action")).contains("sign-in.failed", "sign-in.succeeded");
        assertThat(entries(Staff.as(client, Staff.ORGANISER), "action=sign-in")).isEmpty();
    }

    @Test
    void theConsoleFiltersTheTrail() {
        WebTestClient organiser = Staff.as(client, Staff.ORGANISER);
        UUID event = PublishedEvents.open(organiser, 5, false, false);
        ConsoleSession console = ConsoleSession.signIn(client, Staff.ORGANISER);
        String page = console.page("/console/audit?eventId=" + event);
        assertThat(page).contains("event.published").contains("event.created").contains("2 entries");
        assertThat(console.page("/console/audit?eventId=" + event + "&action=event.created"))
                .contains("1 entries");
        assertThat(console.get("/console/audit.csv?eventId=" + event).getResponseBody())
                .contains("event.created");
    }

    @Test
    void badgeSheetsAndExportsFromTheConsoleAreRecordedToo() {
        WebTestClient organiser = Staff.as(client, Staff.ORGANISER);
        UUID event = PublishedEvents.open(organiser, 5, false, false);
        client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(Delegates.amina())
                .exchange()
                .expectStatus()
                .isCreated();
        ConsoleSession console = ConsoleSession.signIn(client, Staff.ORGANISER);
        assertThat(console.page("/console/events/" + event + "/registrations")).contains("/badges.pdf");
        var sheet = client.get()
                .uri("/console/events/" + event + "/badges.pdf?country=SN")
                .cookie(ConsoleSession.SESSION_COOKIE, console.sessionId())
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType("application/pdf")
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        assertThat(new String(sheet, 0, 5)).isEqualTo("%PDF-");
        client.get()
                .uri("/console/events/" + event + "/registrations.csv")
                .cookie(ConsoleSession.SESSION_COOKIE, console.sessionId())
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(entries(organiser, "eventId=" + event))
                .extracting(i -> i.get("action"))
                .contains("badges.sheet", "export.csv", "attendees.list");
        ConsoleSession door = ConsoleSession.signIn(client, Staff.CHECKIN);
        assertThat(door.get("/console/events/" + event + "/badges.pdf")
                        .getStatus()
                        .value())
                .isEqualTo(403);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        assertThat(entries(Staff.as(client, Staff.ADMIN), "")).isNotEmpty();
        assertThatThrownBy(() -> db.sql("update audit_entry set action = 'event.forged'")
                        .then()
                        .block())
                .hasMessageContaining("cannot be changed or deleted");
        assertThatThrownBy(() -> db.sql("delete from audit_entry").then().block())
                .hasMessageContaining("cannot be changed or deleted");
        assertThatThrownBy(() -> db.sql("truncate audit_entry").then().block())
                .hasMessageContaining("cannot be changed or deleted");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> entries(WebTestClient reader, String query) {
        Map<String, Object> page = reader.get()
                .uri("/api/v1/admin/audit?" + query)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat(((Number) page.get("total")).intValue())
                .isGreaterThanOrEqualTo(((List<?>) page.get("items")).size());
        return (List<Map<String, Object>>) page.get("items");
    }
}
