package org.cti.convene.registration;

import java.util.UUID;

/**
 * Filters and order of the attendee list; every filter optional. {@code q} matches names, e-mail and
 * organisation, accent- and case-insensitively. Without a sort the list is by name.
 */
public record AttendeeQuery(
        RegistrationStatus status,
        String country,
        ParticipantRole role,
        UUID sessionId,
        String q,
        int page,
        int size,
        AttendeeSort sort,
        boolean descending) {

    public static final int MAX_SIZE = 500;

    /** This query as a bulk read of personal data for the audit trail: its filters and search terms. */
    public org.cti.convene.common.PersonalDataRead read(String action, UUID eventId) {
        return org.cti.convene.common.PersonalDataRead.of(
                action,
                eventId,
                "status",
                status,
                "country",
                country,
                "role",
                role,
                "sessionId",
                sessionId,
                "search",
                q);
    }

    public AttendeeQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 50 : Math.min(size, MAX_SIZE);
        sort = sort == null ? AttendeeSort.NAME : sort;
    }

    /** By name. */
    public AttendeeQuery(
            RegistrationStatus status,
            String country,
            ParticipantRole role,
            UUID sessionId,
            String q,
            int page,
            int size) {
        this(status, country, role, sessionId, q, page, size, AttendeeSort.NAME, false);
    }

    public static AttendeeQuery all() {
        return new AttendeeQuery(null, null, null, null, null, 0, MAX_SIZE);
    }

    /** The same filters and order, another page. */
    public AttendeeQuery atPage(int page, int size) {
        return new AttendeeQuery(status, country, role, sessionId, q, page, size, sort, descending);
    }
}
