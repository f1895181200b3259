package org.cti.convene.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One item of an event's programme (briefing, meeting, reception), optionally with its own capacity. */
public record EventSession(
        UUID id, Map<String, String> title, Instant startsAt, Instant endsAt, String room, Integer capacity) {

    public String titleIn(String language) {
        return Event.pick(title, language);
    }
}
