package org.cti.convene.checkin;

import org.cti.convene.badges.VerifiedBadge;
import org.cti.convene.registration.RegistrationStatus;

/** Why a scan was refused; none when the person was admitted or had already been. */
public enum CheckInReason {
    /** {@link CheckInOutcome#INVALID}: not a Convene badge payload (typing error, another QR code). */
    MALFORMED,
    /** {@link CheckInOutcome#INVALID}: signed under a key id this server does not know. */
    UNKNOWN_KEY,
    /** {@link CheckInOutcome#INVALID}: altered or forged. */
    BAD_SIGNATURE,
    /** {@link CheckInOutcome#INVALID}: an older print, replaced after a name change or a substitution. */
    REVOKED,
    /** {@link CheckInOutcome#INVALID}: signed by us, but no such registration (any more). */
    UNKNOWN_REGISTRATION,
    /** {@link CheckInOutcome#NOT_CONFIRMED}: on the waiting list. */
    WAITLISTED,
    /** {@link CheckInOutcome#NOT_CONFIRMED}: waiting for the organisers' approval. */
    PENDING_APPROVAL,
    /** {@link CheckInOutcome#NOT_CONFIRMED}: declined by the organisers. */
    DECLINED,
    /** {@link CheckInOutcome#NOT_CONFIRMED}: cancelled. */
    CANCELLED,
    /** {@link CheckInOutcome#WRONG_EVENT}: the badge is for another event than the door's, or the staff's. */
    OTHER_EVENT,
    /** {@link CheckInOutcome#WRONG_EVENT}: the session scanned for is not part of the badge's event. */
    SESSION_OF_OTHER_EVENT;

    static CheckInReason of(VerifiedBadge.Reason reason) {
        return switch (reason) {
            case MALFORMED -> MALFORMED;
            case UNKNOWN_KEY -> UNKNOWN_KEY;
            case BAD_SIGNATURE -> BAD_SIGNATURE;
        };
    }

    static CheckInReason of(RegistrationStatus status) {
        return switch (status) {
            case WAITLISTED -> WAITLISTED;
            case PENDING_APPROVAL -> PENDING_APPROVAL;
            case DECLINED -> DECLINED;
            case CANCELLED -> CANCELLED;
            case CONFIRMED -> throw new IllegalArgumentException("a confirmed registration is not refused");
        };
    }
}
