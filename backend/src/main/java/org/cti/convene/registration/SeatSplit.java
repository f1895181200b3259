package org.cti.convene.registration;

/**
 * An event's seats as organisers see them: {@code capacity = held + invitedFree + free}.
 *
 * @param capacity seat rows of the event
 * @param held seats taken by a confirmed or pending registration (public or invited)
 * @param invited seats reserved for invitations, used or not
 * @param invitedFree reserved seats no invitee has taken yet
 * @param free seats anyone may take: neither held nor reserved
 */
public record SeatSplit(long capacity, long held, long invited, long invitedFree, long free) {}
