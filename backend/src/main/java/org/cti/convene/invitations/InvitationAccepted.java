package org.cti.convene.invitations;

import java.util.List;
import java.util.UUID;

/** Someone registered through an invitation (a delegation may do so several times). The registrations announce themselves. */
public record InvitationAccepted(Invitation invitation, List<UUID> registrationIds) {}
