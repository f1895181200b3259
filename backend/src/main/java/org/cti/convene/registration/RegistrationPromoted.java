package org.cti.convene.registration;

/** A waiting registration took a freed seat; its status is now CONFIRMED or PENDING_APPROVAL. Published inside the transaction of the change. */
public record RegistrationPromoted(Registration registration) {}
