package org.cti.convene.events;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.common.CountryCode;
import org.cti.convene.common.PlausibleTime;
import org.cti.convene.common.TimeZoneId;

/**
 * What an organiser sends to create or replace an event. Enumerations travel as strings so that an
 * unknown value is reported on its field rather than as unreadable JSON.
 */
@Schema(name = "EventRequest")
public record EventRequest(
        @NotBlank
        @Pattern(
                regexp = "STUDY_VISIT|EXPERT_VISIT|REGIONAL_MEETING|HIGH_LEVEL_EVENT",
                message = "must be one of STUDY_VISIT, EXPERT_VISIT, REGIONAL_MEETING, HIGH_LEVEL_EVENT")
        String kind,

        @NotBlank
        @Size(max = 80)
        @Pattern(
                regexp = "^[a-z0-9]+(-[a-z0-9]+)*$",
                message = "must be lower-case letters, digits and single hyphens, e.g. hrc61-side-event")
        String slug,

        @NotNull(message = "must have at least an English title")
        Map<String, @Size(max = 300) String> title,

        Map<String, @Size(max = 20000) String> description,
        @NotNull @Valid VenueRequest venue,
        @NotNull @PlausibleTime OffsetDateTime startsAt,
        @NotNull @PlausibleTime OffsetDateTime endsAt,
        @PlausibleTime OffsetDateTime registrationOpensAt,
        @PlausibleTime OffsetDateTime registrationClosesAt,

        @NotNull @Min(value = 1, message = "must be at least 1") @Max(100000)
        Integer capacity,

        @NotBlank @Pattern(regexp = "PUBLIC|INVITATION_ONLY", message = "must be PUBLIC or INVITATION_ONLY")
        String access,

        Boolean approvalRequired,
        Boolean waitlist,
        @Email @Size(max = 254) String contactEmail,
        @Size(max = 100) List<@NotNull @Valid SessionRequest> sessions) {

    public record VenueRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 120) String city,
            @NotBlank @CountryCode String countryCode,
            @NotBlank @TimeZoneId String timeZone) {}

    public record SessionRequest(
            UUID id,

            @NotNull(message = "must have at least an English title")
            Map<String, @Size(max = 300) String> title,

            @NotNull @PlausibleTime OffsetDateTime startsAt,
            @NotNull @PlausibleTime OffsetDateTime endsAt,
            @Size(max = 120) String room,
            @Min(value = 1, message = "must be at least 1") Integer capacity) {}

    public List<SessionRequest> sessionsOrEmpty() {
        return sessions == null ? List.of() : sessions;
    }
}
