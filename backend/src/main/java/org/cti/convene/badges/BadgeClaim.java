package org.cti.convene.badges;

import java.util.Objects;
import java.util.UUID;

/**
 * What a badge asserts: this registration, at this event, in this version of its badge.
 *
 * @param version raised whenever a printed badge must stop being the current one (a substitution, a name
 *     change), so check-in can tell an old print from the new one; two bytes in the payload, hence 0–65535
 */
public record BadgeClaim(UUID registrationId, UUID eventId, int version) {

    public static final int MAX_VERSION = 0xFFFF;

    public BadgeClaim {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(eventId, "eventId");
        if (version < 0 || version > MAX_VERSION) {
            throw new IllegalArgumentException("badge version must be within 0.." + MAX_VERSION + ": " + version);
        }
    }
}
