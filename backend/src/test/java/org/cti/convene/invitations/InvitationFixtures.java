package org.cti.convene.invitations;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.support.EventFixtures;
import org.cti.convene.support.PublishedEvents;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Events to invite to, invitation bodies, and the link token an invitee would find in the mail. */
final class InvitationFixtures {

    private InvitationFixtures() {}

    /** A published event 30 days ahead whose public registration window has not opened yet. */
    static UUID event(WebTestClient organiser, int capacity, String access, boolean approval) {
        Map<String, Object> body = EventFixtures.event(
                EventFixtures.slug("inv"), "Europe/Zurich", Instant.now().plus(30, ChronoUnit.DAYS), capacity, access);
        body.put("approvalRequired", approval);
        body.put(
                "registrationOpensAt",
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(20).toString());
        return PublishedEvents.publish(organiser, body);
    }

    static Map<String, Object> person(String name) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "PERSON");
        p.put("name", name);
        p.put("email", email(name));
        p.put("language", "es");
        return p;
    }

    static Map<String, Object> delegation(String country, int seats) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("type", "DELEGATION");
        d.put("countryCode", country);
        d.put("name", "Permanent Mission " + country);
        d.put("email", email("mission-" + country));
        d.put("language", "en");
        d.put("seats", seats);
        return d;
    }

    static Map<String, Object> batch(OffsetDateTime expiresAt, Map<?, ?>... invitees) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("invitations", List.of(invitees));
        b.put("expiresAt", expiresAt.toString());
        return b;
    }

    static OffsetDateTime inDays(int days) {
        return OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(days).truncatedTo(ChronoUnit.SECONDS);
    }

    static String email(String name) {
        return (name.replaceAll("[^A-Za-z0-9]", ".") + "."
                        + UUID.randomUUID().toString().substring(0, 6) + "@example.org")
                .toLowerCase();
    }

    /** What the invitee finds in the mail: the token at the end of the accept link. */
    static String token(Invitations invitations, Object invitationId) {
        Invitation invitation =
                invitations.find(UUID.fromString(invitationId.toString())).block();
        String url = invitations.acceptUrl(invitation);
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
