package org.cti.convene.registration;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import org.cti.convene.common.CountryCode;
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

    Registration applyTo(Registration r, RegistrationRules rules) {
        List<FieldViolation> v = new ArrayList<>();
        if (email != null && !email.strip().equalsIgnoreCase(r.email())) {
            v.add(new FieldViolation("email", "cannot be changed; cancel and register again with the new address"));
        }
        if (givenName != null && givenName.isBlank()) {
            v.add(new FieldViolation("givenName", "must not be blank"));
        }
        if (familyName != null && familyName.isBlank()) {
            v.add(new FieldViolation("familyName", "must not be blank"));
        }
        if (countryCode != null && !CountryCode.CODES.contains(countryCode)) {
            v.add(new FieldViolation("countryCode", "must be an ISO 3166-1 alpha-2 country code such as CH or SN"));
        }
        if (language != null && !language.matches("en|fr|es|ar")) {
            v.add(new FieldViolation("language", "must be one of en, fr, es, ar"));
        }
        if (phone != null && !phone.matches("^[+0-9 ()./-]*$")) {
            v.add(new FieldViolation("phone", "may contain only digits, spaces and + ( ) . / -"));
        }
        tooLong(v, "honorific", honorific, 40);
        tooLong(v, "givenName", givenName, 100);
        tooLong(v, "familyName", familyName, 100);
        tooLong(v, "badgeName", badgeName, 120);
        tooLong(v, "function", function, 200);
        tooLong(v, "organisation", organisation, 200);
        tooLong(v, "dietary", dietary, 500);
        tooLong(v, "accessibility", accessibility, 500);
        InputValidator.refuseIfAny(v);
        return new Registration(
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

    private static void tooLong(List<FieldViolation> v, String field, String value, int max) {
        if (value != null && value.length() > max) {
            v.add(new FieldViolation(field, "must be at most " + max + " characters"));
        }
    }

    /** A blank value clears an optional field; null leaves it unchanged. */
    private static String pick(String changed, String current) {
        if (changed == null) {
            return current;
        }
        return changed.isBlank() ? null : changed.strip();
    }
}
