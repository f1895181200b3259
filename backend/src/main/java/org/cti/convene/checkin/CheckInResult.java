package org.cti.convene.checkin;

import java.time.Instant;

/**
 * The answer to one scan.
 *
 * @param reason why it was refused; null for {@code ADMITTED} and {@code ALREADY_CHECKED_IN}
 * @param registration the person, when the badge is genuine and current and the staff member may see its event
 * @param checkedInAt when the presence was recorded: now for {@code ADMITTED}, earlier for {@code ALREADY_CHECKED_IN}
 * @param checkedInBy the staff member who recorded it
 */
public record CheckInResult(
        CheckInOutcome result,
        CheckInReason reason,
        ScannedPerson registration,
        Instant checkedInAt,
        String checkedInBy) {

    static CheckInResult refused(CheckInOutcome result, CheckInReason reason, ScannedPerson person) {
        return new CheckInResult(result, reason, person, null, null);
    }
}
