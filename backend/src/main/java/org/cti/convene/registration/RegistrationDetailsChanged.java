package org.cti.convene.registration;

/**
 * The details changed: the delegate changed theirs, or an organiser gave another role. {@code badgeReissued} when
 * what the badge prints (the name, the role) changed, so that the old badge no longer verifies.
 */
public record RegistrationDetailsChanged(Registration before, Registration after, boolean badgeReissued) {}
