package org.cti.convene.invitations;

/**
 * An invitation was created or resent and must reach the invitee by mail, with the links from
 * {@link Invitations#acceptUrl(Invitation)} and {@link Invitations#declineUrl(Invitation)} (re-derive them
 * when the mail is sent; never store the token). Published inside the creating transaction.
 */
public record InvitationSent(Invitation invitation) {}
