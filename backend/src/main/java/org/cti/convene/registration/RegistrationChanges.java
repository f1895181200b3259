package org.cti.convene.registration;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import org.cti.convene.common.FieldViolation;
import org.cti.convene.common.InputValidator;

/** What a delegate may change with their private link; absent fields stay as they are. */
@Schema(name = "RegistrationChanges")
public record RegistrationChanges(
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
        String dietary,
        String accessibility,
        Boolean visaLetter) {

    /** The registration with these changes, checked against the same rules as a new registration. */
    Registration applyTo(Registration r, RegistrationRules rules) {
        Registration changed = new Registration(
                r.id(),
                r.eventId(),
                r.status(),
                pick(honorific, r.honorific()),
                pick(givenName, r.givenName()),
                pick(familyName, r.familyName()),
                badgeName == null || badgeName.isBlank() ? r.badgeName() : badgeName.strip(),
                pick(function, r.function()),
                pick(organisation, r.organisation()),
                pick(countryCode, r.countryCode()),
                r.email(),
                pick(phone, r.phone()),
                pick(language, r.language()),
                r.role(),
                pick(dietary, r.dietary()),
                pick(accessibility, r.accessibility()),
                visaLetter == null ? r.visaLetter() : visaLetter,
                r.consentAt(),
                r.consentVersion(),
                r.badgeVersion(),
                r.delegationId(),
                r.invitationId(),
                r.sessionIds(),
                null,
                r.createdAt(),
                r.updatedAt(),
                r.arrival(),
                r.tokenVersion());
        List<FieldViolation> violations = new ArrayList<>(rules.violationsOf(changed));
        if (email != null && !email.strip().equalsIgnoreCase(r.email())) {
            violations.add(FieldViolation.of(
                    "email", "email-fixed", "cannot be changed; cancel and register again with the new address"));
        }
        InputValidator.refuseIfAny(violations);
        return changed;
    }

    Registration withBadgeVersion(Registration r, int version) {
        return new Registration(
                r.id(),
                r.eventId(),
                r.status(),
                r.honorific(),
                r.givenName(),
                r.familyName(),
                r.badgeName(),
                r.function(),
                r.organisation(),
                r.countryCode(),
                r.email(),
                r.phone(),
                r.language(),
                r.role(),
                r.dietary(),
                r.accessibility(),
                r.visaLetter(),
                r.consentAt(),
                r.consentVersion(),
                version,
                r.delegationId(),
                r.invitationId(),
                r.sessionIds(),
                null,
                r.createdAt(),
                r.updatedAt(),
                r.arrival(),
                r.tokenVersion());
    }

    /** A blank value clears an optional field; null leaves it unchanged. */
    private static String pick(String changed, String current) {
        if (changed == null) {
            return current;
        }
        return changed.isBlank() ? null : changed.strip();
    }
}
