package org.cti.convene.calendar;

import java.util.Objects;

/** Someone named in a calendar file: the organiser or the attendee. The name may be absent. */
public record CalendarPerson(String name, String email) {

    public CalendarPerson {
        Objects.requireNonNull(email, "email");
        if (email.isBlank()) {
            throw new IllegalArgumentException("email must not be blank");
        }
    }
}
