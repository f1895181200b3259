package org.cti.convene.checkin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who is in, for the organisers: confirmed participants against recorded presences, for the event and for each
 * session of its programme, what the doors answered so far, and the latest scans.
 *
 * @param scans how many scans got each answer (refusals included)
 */
public record Attendance(
        UUID eventId,
        long confirmed,
        long checkedIn,
        List<SessionAttendance> sessions,
        Map<CheckInOutcome, Long> scans,
        List<RecentScan> lastScans,
        Instant asOf) {

    /** @param signedUp confirmed registrations signed up for the session */
    public record SessionAttendance(
            UUID sessionId, Map<String, String> title, Instant startsAt, String room, long signedUp, long checkedIn) {}

    /** One scan; {@code registration} is null when the payload named nobody we know. */
    public record RecentScan(
            Instant at,
            CheckInOutcome result,
            CheckInReason reason,
            UUID sessionId,
            ScannedPerson registration,
            String scannedBy) {}
}
