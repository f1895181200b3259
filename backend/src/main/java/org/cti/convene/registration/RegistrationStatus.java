package org.cti.convene.registration;

/** Where a registration stands. A seat is held by {@code CONFIRMED} and {@code PENDING_APPROVAL} ones. */
public enum RegistrationStatus {
    PENDING_APPROVAL,
    CONFIRMED,
    WAITLISTED,
    DECLINED,
    CANCELLED;

    public boolean holdsSeat() {
        return this == CONFIRMED || this == PENDING_APPROVAL;
    }

    public boolean isLive() {
        return holdsSeat() || this == WAITLISTED;
    }
}
