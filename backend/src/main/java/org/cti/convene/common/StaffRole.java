package org.cti.convene.common;

/** Console roles, from the widest to the narrowest. */
public enum StaffRole {
    ADMIN,
    ORGANISER,
    CHECKIN
}
