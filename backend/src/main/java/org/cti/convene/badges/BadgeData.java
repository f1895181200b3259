package org.cti.convene.badges;

import java.util.Objects;

/**
 * What one printed badge shows. Texts may be in any script; null optional texts print as nothing.
 *
 * @param badgeName the name as the participant asked for it on the badge
 * @param role DELEGATE, SPEAKER, EXPERT, ORGANISER or PRESS; another value prints in a neutral band
 * @param qrPayload what the QR encodes, normally {@link BadgeSigner#sign(BadgeClaim)}
 */
public record BadgeData(
        String badgeName,
        String function,
        String countryOrOrganisation,
        String role,
        String eventTitle,
        String eventDates,
        String qrPayload) {

    public BadgeData {
        Objects.requireNonNull(qrPayload, "qrPayload");
        badgeName = Objects.requireNonNullElse(badgeName, "");
        function = Objects.requireNonNullElse(function, "");
        countryOrOrganisation = Objects.requireNonNullElse(countryOrOrganisation, "");
        role = Objects.requireNonNullElse(role, "");
        eventTitle = Objects.requireNonNullElse(eventTitle, "");
        eventDates = Objects.requireNonNullElse(eventDates, "");
    }
}
