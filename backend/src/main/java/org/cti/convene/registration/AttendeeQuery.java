package org.cti.convene.registration;

import java.util.UUID;

/** Filters of the attendee list; every field optional. {@code q} matches names, e-mail and organisation. */
public record AttendeeQuery(RegistrationStatus status, String country, ParticipantRole role, UUID sessionId, String q,
        int page, int size) {

    public static final int MAX_SIZE = 500;

    public AttendeeQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 50 : Math.min(size, MAX_SIZE);
    }

    public static AttendeeQuery all() {
        return new AttendeeQuery(null, null, null, null, null, 0, MAX_SIZE);
    }
}
