package org.cti.convene.web.console;

import java.util.Locale;
import java.util.UUID;
import org.cti.convene.common.Countries;
import org.cti.convene.registration.Registration;
import org.cti.convene.registration.RegistrationStatus;
import org.cti.convene.web.TimeFormat;

/** One registration as the attendee list shows it; the time is in the venue's zone. */
record AttendeeRow(
        UUID id,
        String name,
        String badgeName,
        String email,
        String countryCode,
        String country,
        String organisation,
        String function,
        String role,
        String status,
        String registeredAt,
        boolean mayApprove,
        boolean mayDecline) {

    static AttendeeRow of(Registration r, TimeFormat time, Locale locale) {
        return new AttendeeRow(
                r.id(),
                r.displayName(),
                r.badgeName(),
                r.email(),
                r.countryCode(),
                Countries.name(r.countryCode(), locale),
                r.organisation(),
                r.function(),
                r.role().name(),
                r.status().name(),
                time.dateTime(r.createdAt()),
                r.status() == RegistrationStatus.PENDING_APPROVAL,
                r.status() == RegistrationStatus.PENDING_APPROVAL || r.status() == RegistrationStatus.WAITLISTED);
    }
}
