package org.cti.convene.registration;

/** A registration holds a seat and waits for an organiser's approval. Published inside the transaction of the change. */
public record RegistrationPendingApproval(Registration registration) {}
