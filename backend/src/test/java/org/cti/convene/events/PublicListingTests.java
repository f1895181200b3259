package org.cti.convene.events;

import java.time.Duration;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.EventFixtures;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.SettableClock;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The public listing is served from memory for two seconds: an organiser's change on this instance shows at once,
 * one committed by another instance within two seconds.
 */
@IntegrationTest
class PublicListingTests {

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    DatabaseClient db;

    @Autowired
    SettableClock clock;

    WebTestClient organiser;

    @BeforeEach
    void signIn() {
        Staff.ensure(accounts);
        organiser = Staff.as(client, Staff.ORGANISER);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPublishedEventIsListedAtOnceAndAChangeFromAnotherInstanceWithinTwoSeconds() {
        listed(); // the listing is now held in memory
        String slug = EventFixtures.slug("listed");
        PublishedEvents.publish(organiser, EventFixtures.sideEvent(slug));
        listed().jsonPath("$[?(@.slug == '" + slug + "')]").exists();

        // what another instance's edit looks like from here: the row changes, this instance is not told
        db.sql("update event set title = title || '{\"en\": \"Renamed elsewhere\"}'::jsonb where slug = :slug")
                .bind("slug", slug)
                .then()
                .block();
        listed().jsonPath("$[?(@.title.en == 'Renamed elsewhere')]").doesNotExist();
        clock.advance(Duration.ofSeconds(3));
        listed().jsonPath("$[?(@.title.en == 'Renamed elsewhere')]").exists();
    }

    private WebTestClient.BodyContentSpec listed() {
        return client.get()
                .uri("/api/v1/events")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody();
    }
}
