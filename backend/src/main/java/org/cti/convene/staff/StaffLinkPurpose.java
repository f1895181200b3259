package org.cti.convene.staff;

/** What a mailed staff link is for: choosing a first password, or a new one. */
public enum StaffLinkPurpose {
    INVITATION,
    PASSWORD_RESET
}
