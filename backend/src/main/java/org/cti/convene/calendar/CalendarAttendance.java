package org.cti.convene.calendar;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Who is invited, how they answered (an RFC 5545 PARTSTAT), and who invites them. */
public record CalendarAttendance(CalendarPerson attendee, String partStat, CalendarPerson organizer) {

    private static final Set<String> PART_STATS = Set.of("ACCEPTED", "TENTATIVE", "DECLINED", "NEEDS-ACTION");

    public CalendarAttendance {
        Objects.requireNonNull(attendee, "attendee");
        Objects.requireNonNull(organizer, "organizer");
        Objects.requireNonNull(partStat, "partStat");
        partStat = partStat.strip().toUpperCase(Locale.ROOT);
        if (!PART_STATS.contains(partStat)) {
            throw new IllegalArgumentException("partStat must be one of " + PART_STATS + ", was " + partStat);
        }
    }
}
