package org.cti.convene.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.cti.convene.common.LanguageCode;
import org.cti.convene.common.StaffRole;

/** An administrator's invitation of a colleague; no {@code eventIds} (or none) means every event. */
public record StaffInvitation(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 200) String name,
        @NotNull StaffRole role,
        @Size(max = 500) Set<UUID> eventIds,
        @LanguageCode String language) {

    public StaffInvitation {
        eventIds = eventIds == null ? Set.of() : Set.copyOf(eventIds);
    }
}
