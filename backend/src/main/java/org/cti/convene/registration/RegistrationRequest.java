package org.cti.convene.registration;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.cti.convene.common.CountryCode;
import org.cti.convene.common.LanguageCode;

/** What a delegate fills in. Names are kept exactly as typed (any script); only surrounding spaces go. */
@Schema(name = "RegistrationRequest")
public record RegistrationRequest(
        @Size(max = 40) String honorific,
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @Size(max = 120) String badgeName,
        @Size(max = 200) String function,
        @Size(max = 200) String organisation,
        @NotBlank @CountryCode String countryCode,
        @NotBlank @Email @Size(max = 254) String email,

        @Size(max = 40)
        @Pattern(regexp = "^[+0-9 ()./-]*$", message = "may contain only digits, spaces and + ( ) . / -")
        String phone,

        @NotBlank @LanguageCode String language,

        @Pattern(
                regexp = "DELEGATE|SPEAKER|EXPERT|ORGANISER|PRESS",
                message = "must be one of DELEGATE, SPEAKER, EXPERT, ORGANISER, PRESS")
        String role,

        @Size(max = 500) String dietary,
        @Size(max = 500) String accessibility,
        Boolean visaLetter,

        @NotNull(message = "must be accepted to register") @AssertTrue(message = "must be accepted to register")
        Boolean consent,

        @Size(max = 50) List<@NotNull UUID> sessionIds) {

    public List<UUID> sessionsOrEmpty() {
        return sessionIds == null ? List.of() : sessionIds.stream().distinct().toList();
    }

    String normalisedEmail() {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    String effectiveBadgeName() {
        return badgeName == null || badgeName.isBlank()
                ? givenName.strip() + " " + familyName.strip()
                : badgeName.strip();
    }

    ParticipantRole effectiveRole() {
        return role == null || role.isBlank() ? ParticipantRole.DELEGATE : ParticipantRole.valueOf(role);
    }
}
