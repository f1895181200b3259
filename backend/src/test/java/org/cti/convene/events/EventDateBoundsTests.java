package org.cti.convene.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.ConsoleSession;
import org.cti.convene.support.EventFixtures;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Dates are bounded to the years 2000 to 2200 wherever an organiser or a client sends one: an impossible date
 * is a 400 naming its field, the database refuses one that got past, and the pages that list events keep
 * working with events at either end of the range.
 */
@IntegrationTest
class EventDateBoundsTests {

    private static final String FAR_PAST = "-999999999-01-01T00:00:00Z";
    private static final String FAR_FUTURE = "+999999999-12-31T23:59:59Z";

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

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
    void aFarPastStartIsRefusedOnItsFieldAndTheEventStaysEditable() {
        Map<String, Object> body = EventFixtures.sideEvent(EventFixtures.slug("far-past"));
        UUID id = PublishedEvents.publish(organiser, body);

        organiser
                .patch()
                .uri("/api/v1/admin/events/{id}", id)
                .contentType(MediaType.parseMediaType("application/merge-patch+json"))
                .bodyValue(Map.of("startsAt", FAR_PAST))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'startsAt')].code")
                .isEqualTo(List.of("PlausibleTime"));

        everyListingAnswers(id, (String) body.get("slug"));
        organiser
                .post()
                .uri("/api/v1/admin/events/{id}/cancel", id)
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void everyDateOfAnEventIsBoundedAndEachIsNamed() {
        Map<String, Object> body = EventFixtures.sideEvent(EventFixtures.slug("far-future"));
        body.put("endsAt", FAR_FUTURE);
        body.put("registrationOpensAt", "1999-12-31T23:59:59Z");
        body.put("registrationClosesAt", "2201-01-01T00:00:00Z");
        body.put(
                "sessions",
                List.of(Map.of(
                        "title",
                        Map.of("en", "Opening"),
                        "startsAt",
                        FAR_PAST,
                        "endsAt",
                        "2300-01-01T10:00:00+01:00")));

        organiser
                .post()
                .uri("/api/v1/admin/events")
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.code == 'PlausibleTime')].field")
                .value(fields -> assertThat(
                                List.copyOf((List<?>) fields).stream().map(String::valueOf))
                        .containsExactlyInAnyOrder(
                                "endsAt",
                                "registrationOpensAt",
                                "registrationClosesAt",
                                "sessions[0].startsAt",
                                "sessions[0].endsAt"));
    }

    @Test
    void eventsAtEitherEndOfTheRangeAreListedEverywhere() {
        Map<String, Object> earliest = EventFixtures.event(
                EventFixtures.slug("y2000"), "Pacific/Kiritimati", Instant.parse("2000-01-02T00:00:00Z"), 10, "PUBLIC");
        earliest.remove("registrationClosesAt");
        UUID first = PublishedEvents.publish(organiser, earliest);
        Map<String, Object> latest = EventFixtures.event(
                EventFixtures.slug("y2200"), "Pacific/Pago_Pago", Instant.parse("2200-12-30T00:00:00Z"), 10, "PUBLIC");
        UUID last = PublishedEvents.publish(organiser, latest);

        everyListingAnswers(first, (String) earliest.get("slug"));
        everyListingAnswers(last, (String) latest.get("slug"));
    }

    @Test
    void theDatabaseRefusesADateOutsideTheRange() {
        UUID id = PublishedEvents.publish(organiser, EventFixtures.sideEvent(EventFixtures.slug("db-bound")));

        for (String column : List.of("starts_at", "registration_opens_at", "registration_closes_at")) {
            assertThatThrownBy(() -> db.sql("update event set " + column + " = '-infinity' where id = :id")
                            .bind("id", id)
                            .then()
                            .block())
                    .as(column)
                    .hasMessageContaining("event_" + column + "_plausible");
        }
        assertThatThrownBy(() -> db.sql("update event set ends_at = 'infinity' where id = :id")
                        .bind("id", id)
                        .then()
                        .block())
                .hasMessageContaining("event_ends_at_plausible");
        assertThatThrownBy(
                        () -> db.sql("update event_session set starts_at = '1999-12-31T00:00:00Z' where event_id = :id")
                                .bind("id", id)
                                .then()
                                .block())
                .hasMessageContaining("event_session_starts_at_plausible");
    }

    @Test
    void aTimeInAQueryOrAConsoleFormIsBoundedToo() {
        ConsoleSession console = ConsoleSession.signIn(client, Staff.ORGANISER);
        var token =
                console.post("/console/account/tokens", Map.of("name", "far future", "expiresOn", "+999999999-12-31"));
        assertThat(token.getStatus().value()).isEqualTo(200);
        assertThat(token.getResponseBody()).doesNotContain("far future</td>");

        // a filter far out finds what a filter at the end of the range finds: nothing
        client.get()
                .uri(raw("/api/v1/events?from=%2B999999999-12-31T23:59:59Z"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .json("[]");
        Staff.as(client, Staff.ADMIN)
                .get()
                .uri(raw("/api/v1/admin/audit?to=" + FAR_PAST))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(0);
    }

    /** The address exactly as written: a {@code +} in a query would otherwise arrive as a space. */
    private URI raw(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    /** The pages and files that list or show events all answer, whatever the dates stored. */
    private void everyListingAnswers(UUID id, String slug) {
        for (String language : List.of("en", "fr", "es", "ar")) {
            page("/", language);
            page("/events/" + slug, language);
        }
        ConsoleSession console = ConsoleSession.signIn(client, Staff.scopedOrganiser(accounts, id));
        assertThat(console.page("/console/events")).contains(slug);
        console.page("/console/check-in");
        client.get()
                .uri("/api/v1/events/{id}/calendar.ics", id)
                .exchange()
                .expectStatus()
                .isOk();
        client.get().uri("/api/v1/events").exchange().expectStatus().isOk();
        organiser.get().uri("/api/v1/admin/events").exchange().expectStatus().isOk();
    }

    private void page(String path, String language) {
        client.get()
                .uri(path)
                .accept(MediaType.TEXT_HTML)
                .header("Accept-Language", language)
                .exchange()
                .expectStatus()
                .isOk();
    }
}
