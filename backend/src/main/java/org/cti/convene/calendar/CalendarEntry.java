package org.cti.convene.calendar;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One event or session as it appears in a calendar. {@code uid} must never change for the same event, and
 * {@code sequence} must grow with every change people should see, or calendars keep the old version.
 * Times carry the venue's zone so that calendars show the venue's wall time. {@code children} are the
 * sessions of the programme, each with its own uid; description, location and url may be null.
 */
public record CalendarEntry(
        String uid,
        int sequence,
        String summary,
        String description,
        String location,
        URI url,
        ZonedDateTime start,
        ZonedDateTime end,
        boolean cancelled,
        List<CalendarEntry> children) {

    public CalendarEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (uid.isBlank() || uid.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("uid must be non-blank text on one line, was " + uid);
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative, was " + sequence);
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        children = children == null ? List.of() : List.copyOf(children);
    }
}
