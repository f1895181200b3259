package org.cti.convene.audit;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Filters of the audit trail, and what the reader may see: {@code everything} for administrators (staff
 * accounts, sign-ins, all events); otherwise only entries about an event, limited to {@code onlyEvents} unless
 * that is null (an organiser of every event).
 */
public record AuditQuery(
        UUID eventId,
        String objectId,
        String actor,
        String action,
        Instant from,
        Instant to,
        boolean everything,
        Set<UUID> onlyEvents,
        int limit,
        int offset) {

    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        limit = Math.clamp(limit, 1, MAX_LIMIT * 10);
        offset = Math.max(0, offset);
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        action = action == null || action.isBlank() ? null : action.strip();
    }
}
