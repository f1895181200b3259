package org.cti.convene.support;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Event bodies as an organiser would send them, with a unique slug each time. */
public final class EventFixtures {

    private EventFixtures() {}

    public static String slug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A 90-minute side event in Geneva 30 days from now, with one session, open for registration. */
    public static Map<String, Object> sideEvent(String slug) {
        return event(slug, "Europe/Zurich", Instant.now().plus(30, ChronoUnit.DAYS), 100, "PUBLIC");
    }

    public static Map<String, Object> event(String slug, String zone, Instant start, int capacity, String access) {
        var local = start.atZone(ZoneId.of(zone)).truncatedTo(ChronoUnit.HOURS).withHour(13);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "HIGH_LEVEL_EVENT");
        body.put("slug", slug);
        body.put(
                "title",
                Map.of("en", "Preventing torture in police custody", "fr", "Prévenir la torture en garde à vue"));
        body.put("description", Map.of("en", "A side event of the Human Rights Council."));
        body.put(
                "venue",
                Map.of(
                        "name",
                        "Palais des Nations, Room XXIII",
                        "city",
                        "Geneva",
                        "countryCode",
                        "CH",
                        "timeZone",
                        zone));
        body.put("startsAt", local.toOffsetDateTime().toString());
        body.put("endsAt", local.plusMinutes(90).toOffsetDateTime().toString());
        body.put("registrationClosesAt", local.minusDays(1).toOffsetDateTime().toString());
        body.put("capacity", capacity);
        body.put("access", access);
        body.put("approvalRequired", false);
        body.put("waitlist", true);
        body.put("contactEmail", "secretariat@example.org");
        body.put(
                "sessions",
                List.of(Map.of(
                        "title", Map.of("en", "Opening"),
                        "startsAt", local.toOffsetDateTime().toString(),
                        "endsAt", local.plusMinutes(30).toOffsetDateTime().toString(),
                        "room", "XXIII")));
        return body;
    }
}
