package org.cti.convene.registration;

/** A registration holds a confirmed seat (directly, not through the waiting list or approval). Published inside the transaction of the change. */
public record RegistrationConfirmed(Registration registration) {}
