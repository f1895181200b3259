package org.cti.convene.registration;

/** The delegate changed their details; {@code badgeReissued} when the name on the badge changed. */
public record RegistrationDetailsChanged(Registration before, Registration after, boolean badgeReissued) {}
