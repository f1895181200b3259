package org.cti.convene.invitations;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.cti.convene.registration.SeatSplit;

/**
 * The organiser's list: the invitations matching the filters, how many of the event's invitations are in
 * each state (unfiltered), and the event's capacity split into held, invited and free seats.
 */
@Schema(name = "InvitationOverview")
public record InvitationOverview(List<Invitation> invitations, Map<InvitationStatus, Long> totals, SeatSplit seats) {}
