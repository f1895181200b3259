package org.cti.convene.registration;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/** The answer to a registration: the private manage token appears here and in the confirmation mail only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistrationResult(UUID id, RegistrationStatus status, String manageToken, Integer waitlistPosition) {

    RegistrationResult withoutToken() {
        return new RegistrationResult(id, status, null, waitlistPosition);
    }
}
