package org.cti.convene.registration;

/** The event was full: the registration waits, at {@code registration.waitlistPosition()}. Published inside the transaction of the change. */
public record RegistrationWaitlisted(Registration registration) {}
