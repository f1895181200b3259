package org.cti.convene.staff;

/** Where a staff account stands: invited (no password chosen yet), active, or disabled by an administrator. */
public enum StaffStatus {
    INVITED,
    ACTIVE,
    DISABLED
}
