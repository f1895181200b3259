package org.cti.convene.registration;

/** An organiser declined the registration (with an optional reason for the delegate). Published inside the transaction. */
public record RegistrationDeclined(Registration registration, String reason) {}
