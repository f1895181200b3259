package org.cti.convene.invitations;

/** A delegation gave back the seats it reserved and will not use. */
public record InvitationSeatsReturned(Invitation invitation, int seatsReturned) {}
