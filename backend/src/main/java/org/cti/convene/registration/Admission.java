package org.cti.convene.registration;

import java.util.UUID;

/**
 * How a registration enters: publicly, or through an invitation (which may skip approval, ignores the
 * public registration window and takes seats reserved for it first).
 */
public record Admission(UUID invitationId, UUID reservedFor, boolean skipApproval) {

    public static final Admission PUBLIC = new Admission(null, null, false);

    public boolean invited() {
        return invitationId != null;
    }
}
