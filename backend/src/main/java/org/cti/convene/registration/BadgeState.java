package org.cti.convene.registration;

import java.util.UUID;

/**
 * What the door needs to know about a registration once a badge's signature has checked out: whether the badge
 * version is still the current one, whether the person is confirmed, and what to show the staff member.
 */
public record BadgeState(
        UUID registrationId,
        UUID eventId,
        RegistrationStatus status,
        int badgeVersion,
        String badgeName,
        String countryCode,
        ParticipantRole role,
        String organisation) {}
