package org.cti.convene.registration;

/** The delegate (or the head of their delegation) cancelled; the seat was freed. Published inside the transaction of the change. */
public record RegistrationCancelled(Registration registration) {}
