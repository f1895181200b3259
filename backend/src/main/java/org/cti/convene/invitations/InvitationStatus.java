package org.cti.convene.invitations;

/**
 * {@code SENT → OPENED → ACCEPTED | DECLINED}; {@code EXPIRED} is how an unanswered invitation reads once
 * its deadline has passed (extending it brings it back); {@code REVOKED} is final.
 */
public enum InvitationStatus {
    SENT,
    OPENED,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    REVOKED;

    /** Not answered yet: reminders go to these. */
    public boolean awaitsAnswer() {
        return this == SENT || this == OPENED;
    }
}
