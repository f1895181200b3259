package org.cti.convene.registration;

import java.util.List;
import java.util.UUID;

/** The answer to a delegation registration: the head's token manages the whole delegation. */
public record DelegationResult(
        UUID delegationId, RegistrationStatus status, String manageToken, List<RegistrationResult> registrations) {}
