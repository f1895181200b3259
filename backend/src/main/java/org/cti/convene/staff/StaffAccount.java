package org.cti.convene.staff;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.cti.convene.common.StaffRole;

/**
 * A member of staff as administrators see them. An empty {@code eventIds} means every event; otherwise an
 * organiser or check-in account works on those events only.
 */
public record StaffAccount(
        UUID id,
        String email,
        String name,
        StaffRole role,
        Set<UUID> eventIds,
        StaffStatus status,
        String language,
        Instant invitedAt,
        Instant lastSignInAt,
        Instant createdAt) {

    public StaffAccount {
        eventIds = Set.copyOf(eventIds);
    }

    public boolean enabled() {
        return status != StaffStatus.DISABLED;
    }
}
