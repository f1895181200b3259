package org.cti.convene.invitations;

import java.time.Instant;

/** An organiser moved an invitation's deadline. */
public record InvitationExtended(Invitation invitation, Instant previousDeadline) {}
