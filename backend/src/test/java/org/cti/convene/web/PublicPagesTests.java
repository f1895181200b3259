package org.cti.convene.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
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
class PublicPagesTests {

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
    void eventPageShowsTheProgrammeInTheVenuesZoneWithTheZoneNamed() {
        String slug = EventFixtures.slug("nyc");
        Instant start = Instant.now().plus(40, ChronoUnit.DAYS);
        Map<String, Object> body = EventFixtures.event(slug, "America/New_York", start, 50, "PUBLIC");
        publish(body);
        ZonedDateTime local = ZonedDateTime.parse(
                        (String) body.get("startsAt"), java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                .withZoneSameInstant(ZoneId.of("America/New_York"));
        assertThat(local.getHour()).isEqualTo(13);

        String html = page("/events/" + slug, "en");
        assertThat(html)
                .contains("Preventing torture in police custody")
                .contains("America/New_York")
                .contains("<span>13:00</span>–<span>13:30</span>")
                .contains("Opening")
                .contains("lang=\"en\" dir=\"ltr\"");
    }

    @Test
    void genevaEventIsShownInGenevaTimeAndInFrenchWhenAsked() {
        String slug = EventFixtures.slug("gva");
        publish(EventFixtures.event(slug, "Europe/Zurich", Instant.now().plus(20, ChronoUnit.DAYS), 50, "PUBLIC"));
        String html = page("/events/" + slug, "fr");
        assertThat(html)
                .contains("Prévenir la torture en garde à vue")
                .contains("Europe/Zurich")
                .contains("<span>13:00</span>")
                .contains("Programme")
                .contains("lang=\"fr\"");
    }

    @Test
    void arabicPagesAreRightToLeft() {
        String html = page("/", "ar");
        assertThat(html).contains("lang=\"ar\" dir=\"rtl\"").contains("الفعاليات القادمة");
    }

    @Test
    void homeListsPublishedEventsGroupedByKindButNotDrafts() {
        String published = EventFixtures.slug("listed");
        publish(EventFixtures.sideEvent(published));
        String draft = EventFixtures.slug("hidden");
        organiser
                .post()
                .uri("/api/v1/admin/events")
                .bodyValue(EventFixtures.sideEvent(draft))
                .exchange()
                .expectStatus()
                .isCreated();

        String html = page("/?kind=HIGH_LEVEL_EVENT", "en");
        assertThat(html)
                .contains("/events/" + published)
                .doesNotContain("/events/" + draft)
                .contains("High-level events");
        client.get()
                .uri("/events/" + draft)
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void pagesCarrySecurityHeaders() {
        client.get()
                .uri("/")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .value(
                        "Content-Security-Policy",
                        csp -> assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'"))
                .expectHeader()
                .exists("Referrer-Policy")
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff");
    }

    private void publish(Map<String, Object> body) {
        Map<?, ?> created = organiser
                .post()
                .uri("/api/v1/admin/events")
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        organiser
                .post()
                .uri("/api/v1/admin/events/{id}/publish", created.get("id"))
                .exchange()
                .expectStatus()
                .isOk();
    }

    private String page(String path, String language) {
        return client.get()
                .uri(path)
                .accept(MediaType.TEXT_HTML)
                .header("Accept-Language", language)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }
}
