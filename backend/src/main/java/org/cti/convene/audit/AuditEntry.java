package org.cti.convene.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One line of the audit trail. {@code actor} names who acted (a staff e-mail, an API token's name, "delegate",
 * "system"); {@code changes} holds field names, and before → after only for values that are not personal data.
 */
public record AuditEntry(
        long id,
        Instant at,
        String actor,
        ActorType actorType,
        UUID actorId,
        String address,
        String action,
        String objectType,
        String objectId,
        UUID eventId,
        Map<String, Object> changes) {

    /** Who can act: staff signed in, a tool with a staff member's token, a delegate, a scheduled job. */
    public enum ActorType {
        STAFF,
        API_TOKEN,
        DELEGATE,
        SYSTEM,
        ANONYMOUS
    }
}
