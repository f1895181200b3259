package org.cti.convene.registration;

/** An organiser approved a pending registration. Published inside the transaction of the change. */
public record RegistrationApproved(Registration registration) {}
