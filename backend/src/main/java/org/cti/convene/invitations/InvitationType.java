package org.cti.convene.invitations;

/** A named person (one seat, competing for free seats like everyone) or a State delegation with N reserved seats. */
public enum InvitationType {
    PERSON,
    DELEGATION
}
