package org.cti.convene.registration;

/** The orders an attendee list can be read in; each ends on arrival order so that paging is stable. */
public enum AttendeeSort {
    /** Family name, then given name. */
    NAME,
    /** Country code, then name. */
    COUNTRY,
    /** Pending approval first (what needs a decision), then confirmed, waiting, declined, cancelled. */
    STATUS,
    /** When the registration was made. */
    REGISTERED
}
