package org.cti.convene.registration;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Replace one delegate by another person, who keeps the seat. */
public record SubstitutionRequest(
        @NotNull UUID registrationId, @NotNull RegistrationRequest replacement) {}
