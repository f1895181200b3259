package org.cti.convene.invitations;

/** The invitee declined; {@code invitation.declineReason()} may say why. Reserved seats were given back. */
public record InvitationDeclined(Invitation invitation) {}
