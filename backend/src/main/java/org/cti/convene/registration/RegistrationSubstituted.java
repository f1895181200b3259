package org.cti.convene.registration;

/** A head of delegation replaced one delegate by another person, who keeps the seat. */
public record RegistrationSubstituted(Registration replaced, Registration replacement) {}
