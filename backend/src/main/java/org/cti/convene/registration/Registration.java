package org.cti.convene.registration;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A person's registration for an event, as the rest of Convene sees it. */
public record Registration(
        UUID id,
        UUID eventId,
        RegistrationStatus status,
        String honorific,
        String givenName,
        String familyName,
        String badgeName,
        String function,
        String organisation,
        String countryCode,
        String email,
        String phone,
        String language,
        ParticipantRole role,
        String dietary,
        String accessibility,
        boolean visaLetter,
        Instant consentAt,
        String consentVersion,
        int badgeVersion,
        UUID delegationId,
        UUID invitationId,
        List<UUID> sessionIds,
        Integer waitlistPosition,
        Instant createdAt,
        Instant updatedAt,
        @JsonIgnore long arrival,
        @JsonIgnore int tokenVersion) {

    public String displayName() {
        return (honorific == null || honorific.isBlank() ? "" : honorific + " ") + givenName + " " + familyName;
    }

    Registration withWaitlistPosition(Integer position) {
        return copy(status, sessionIds, position, arrival);
    }

    Registration withSessions(List<UUID> sessions) {
        return copy(status, sessions, waitlistPosition, arrival);
    }

    /** Where the database placed a new registration: its status, its arrival number and, waiting, its position. */
    Registration placed(RegistrationStatus placedStatus, long placedArrival, Integer position) {
        return copy(placedStatus, sessionIds, position, placedArrival);
    }

    private Registration copy(RegistrationStatus status, List<UUID> sessions, Integer position, long arrival) {
        return new Registration(
                id,
                eventId,
                status,
                honorific,
                givenName,
                familyName,
                badgeName,
                function,
                organisation,
                countryCode,
                email,
                phone,
                language,
                role,
                dietary,
                accessibility,
                visaLetter,
                consentAt,
                consentVersion,
                badgeVersion,
                delegationId,
                invitationId,
                sessions,
                position,
                createdAt,
                updatedAt,
                arrival,
                tokenVersion);
    }

    /** The same registration with another role, and a new badge version: the old badge prints the old role. */
    Registration withRole(ParticipantRole newRole) {
        return new Registration(
                id,
                eventId,
                status,
                honorific,
                givenName,
                familyName,
                badgeName,
                function,
                organisation,
                countryCode,
                email,
                phone,
                language,
                newRole,
                dietary,
                accessibility,
                visaLetter,
                consentAt,
                consentVersion,
                badgeVersion + 1,
                delegationId,
                invitationId,
                sessionIds,
                waitlistPosition,
                createdAt,
                updatedAt,
                arrival,
                tokenVersion);
    }
}
