package org.cti.convene.invitations;

/**
 * An organiser withdrew an invitation; its unused seats were given back. When {@code registrationsKept}
 * is false, the registrations made through it were cancelled (each announces itself).
 */
public record InvitationRevoked(Invitation invitation, boolean registrationsKept) {}
