package org.cti.convene.events;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An event with its programme, as the rest of Convene sees it. Titles are keyed by language code. */
public record Event(
        UUID id,
        String slug,
        EventKind kind,
        EventStatus status,
        Map<String, String> title,
        Map<String, String> description,
        Venue venue,
        Instant startsAt,
        Instant endsAt,
        Instant registrationOpensAt,
        Instant registrationClosesAt,
        int capacity,
        AccessMode access,
        boolean approvalRequired,
        boolean waitlist,
        String contactEmail,
        int sequence,
        List<EventSession> sessions,
        Instant createdAt,
        Instant updatedAt) {

    /** The same event with another status and calendar sequence (publish, cancel, a moved date). */
    public Event with(EventStatus newStatus, int newSequence) {
        return new Event(
                id,
                slug,
                kind,
                newStatus,
                title,
                description,
                venue,
                startsAt,
                endsAt,
                registrationOpensAt,
                registrationClosesAt,
                capacity,
                access,
                approvalRequired,
                waitlist,
                contactEmail,
                newSequence,
                sessions,
                createdAt,
                updatedAt);
    }

    /** The same event with its programme attached (rows are read separately). */
    Event withSessions(List<EventSession> programme) {
        return new Event(
                id,
                slug,
                kind,
                status,
                title,
                description,
                venue,
                startsAt,
                endsAt,
                registrationOpensAt,
                registrationClosesAt,
                capacity,
                access,
                approvalRequired,
                waitlist,
                contactEmail,
                sequence,
                List.copyOf(programme),
                createdAt,
                updatedAt);
    }

    public boolean isPublished() {
        return status == EventStatus.PUBLISHED;
    }

    public String titleIn(String language) {
        return pick(title, language);
    }

    public String descriptionIn(String language) {
        return description == null || description.isEmpty() ? "" : pick(description, language);
    }

    public ZonedDateTime localStart() {
        return startsAt.atZone(venue.zone());
    }

    public ZonedDateTime localEnd() {
        return endsAt.atZone(venue.zone());
    }

    /** Whether public registration is open at {@code now} (the window bounds are optional). */
    public boolean registrationOpenAt(Instant now) {
        boolean opened = registrationOpensAt == null || !now.isBefore(registrationOpensAt);
        Instant closes = registrationClosesAt == null ? startsAt : registrationClosesAt;
        return opened && now.isBefore(closes);
    }

    public boolean isOver(Instant now) {
        return !now.isBefore(endsAt);
    }

    static String pick(Map<String, String> texts, String language) {
        if (texts == null || texts.isEmpty()) {
            return "";
        }
        String wanted = texts.get(language);
        if (wanted != null && !wanted.isBlank()) {
            return wanted;
        }
        return texts.getOrDefault("en", texts.values().iterator().next());
    }
}
