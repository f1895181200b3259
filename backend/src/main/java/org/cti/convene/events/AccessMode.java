package org.cti.convene.events;

/** Who may register: anyone, or only people holding an invitation. */
public enum AccessMode {
    PUBLIC,
    INVITATION_ONLY
}
