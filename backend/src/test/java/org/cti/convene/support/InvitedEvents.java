package org.cti.convene.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.invitations.Invitation;
import org.cti.convene.invitations.Invitations;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Invitation-only events and invitations to them, made through the admin API as an organiser would. */
public final class InvitedEvents {

    private InvitedEvents() {}

    /** A published invitation-only event 30 days ahead, in Geneva, with one session. */
    public static UUID event(WebTestClient organiser, int capacity) {
        return PublishedEvents.publish(
                organiser,
                EventFixtures.event(
                        EventFixtures.slug("inv"),
                        "Europe/Zurich",
                        Instant.now().plus(30, ChronoUnit.DAYS),
                        capacity,
                        "INVITATION_ONLY"));
    }

    public static Map<String, Object> person(String name, String language) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "PERSON");
        p.put("name", name);
        p.put("email", email(name));
        p.put("language", language);
        return p;
    }

    public static Map<String, Object> delegation(String country, int seats) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("type", "DELEGATION");
        d.put("countryCode", country);
        d.put("name", "Permanent Mission " + country);
        d.put("email", email("mission-" + country));
        d.put("language", "en");
        d.put("seats", seats);
        return d;
    }

    /** Invites one person or delegation, answering by {@code expiresAt}; the invitation's id. */
    public static UUID invite(
            WebTestClient organiser, UUID event, OffsetDateTime expiresAt, Map<String, Object> invitee) {
        Map<String, Object> batch = new LinkedHashMap<>();
        batch.put("invitations", List.of(invitee));
        batch.put("expiresAt", expiresAt.toString());
        List<?> created = organiser
                .post()
                .uri("/api/v1/admin/events/{id}/invitations", event)
                .bodyValue(batch)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(List.class)
                .returnResult()
                .getResponseBody();
        return UUID.fromString((String) ((Map<?, ?>) created.getFirst()).get("id"));
    }

    public static UUID invite(WebTestClient organiser, UUID event, Map<String, Object> invitee) {
        return invite(organiser, event, inDays(10), invitee);
    }

    /** What the invitee finds in the mail: the token at the end of the accept link. */
    public static String token(Invitations invitations, UUID invitation) {
        Invitation found = invitations.find(invitation).block();
        String url = invitations.acceptUrl(found);
        return url.substring(url.lastIndexOf('/') + 1);
    }

    public static OffsetDateTime inDays(int days) {
        return OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(days).truncatedTo(ChronoUnit.SECONDS);
    }

    public static String email(String name) {
        return (name.replaceAll("[^A-Za-z0-9]", ".") + "."
                        + UUID.randomUUID().toString().substring(0, 6) + "@example.org")
                .toLowerCase();
    }
}
