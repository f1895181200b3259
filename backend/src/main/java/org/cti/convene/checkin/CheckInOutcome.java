package org.cti.convene.checkin;

/** What the door is told. */
public enum CheckInOutcome {
    /** Let in; the presence is recorded now. */
    ADMITTED,
    /** A valid badge whose presence was already recorded (for this event or this session): say when and by whom. */
    ALREADY_CHECKED_IN,
    /** A genuine, current badge of someone who is not confirmed: waiting list, pending approval, cancelled, declined. */
    NOT_CONFIRMED,
    /** A genuine badge for another event (or a session of another event), or for an event outside the staff's scope. */
    WRONG_EVENT,
    /** Not a badge we issued, or one that has been replaced: malformed, forged, unknown key, revoked version. */
    INVALID
}
