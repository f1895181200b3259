package org.cti.convene.registration;

/**
 * An organiser cancelled a registration (for instance by revoking the invitation it came through); the
 * seat was freed. Published inside the transaction of the change.
 */
public record RegistrationCancelledByOrganiser(Registration registration, String reason) {}
