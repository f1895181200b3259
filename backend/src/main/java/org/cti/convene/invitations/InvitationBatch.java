package org.cti.convene.invitations;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an organiser sends to invite people: one or many invitees with one deadline.
 *
 * @param skipApproval registrations through these invitations skip the approval step (default true)
 * @param reminderOffsetsHours reminders this many hours before the deadline while unanswered (default
 *     [48]; an empty list sends none); an invitee may override it
 */
@Schema(name = "InvitationBatch")
public record InvitationBatch(
        List<Invitee> invitations, OffsetDateTime expiresAt, Boolean skipApproval, List<Integer> reminderOffsetsHours) {

    static final List<Integer> DEFAULT_REMINDERS = List.of(48);

    /**
     * One person or one delegation.
     *
     * @param name the person, or the delegation (e.g. "Permanent Mission of Ghana")
     * @param email where the invitation goes; for a delegation, its contact person
     * @param countryCode required for a delegation: the State it represents
     * @param seats a delegation's number of seats (required, at least 1); 1 or absent for a person
     */
    @Schema(name = "Invitee")
    public record Invitee(
            String type,
            String name,
            String email,
            String language,
            String countryCode,
            Integer seats,
            List<Integer> reminderOffsetsHours) {}
}
