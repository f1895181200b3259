package org.cti.convene.invitations;

/**
 * An unanswered invitation is {@code offsetHours} hours or less from its deadline: remind the invitee,
 * with the same links as the invitation. Published once per offset and deadline, inside the transaction
 * that records it, however many instances run the reminder job.
 */
public record InvitationReminderDue(Invitation invitation, int offsetHours) {}
