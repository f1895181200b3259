package org.cti.convene.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Creates and publishes events through the admin API, as an organiser would. */
public final class PublishedEvents {

    private PublishedEvents() {}

    public static UUID publish(WebTestClient organiser, Map<String, Object> body) {
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
        return UUID.fromString((String) created.get("id"));
    }

    /** A public event open for registration now, with the given capacity and waiting list choice. */
    public static UUID open(WebTestClient organiser, int capacity, boolean waitlist, boolean approval) {
        Map<String, Object> body = EventFixtures.event(
                EventFixtures.slug("reg"),
                "Europe/Zurich",
                Instant.now().plus(30, ChronoUnit.DAYS),
                capacity,
                "PUBLIC");
        body.put("waitlist", waitlist);
        body.put("approvalRequired", approval);
        return publish(organiser, body);
    }
}
