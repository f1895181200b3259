package org.cti.convene.registration;

/** The role printed on the badge. */
public enum ParticipantRole {
    DELEGATE,
    SPEAKER,
    EXPERT,
    ORGANISER,
    PRESS
}
