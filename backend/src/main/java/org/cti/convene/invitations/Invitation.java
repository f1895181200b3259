package org.cti.convene.invitations;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An invitation as the rest of Convene sees it. Never carries its token: the token reaches the invitee
 * only by mail, re-derived from {@code id} and {@code tokenVersion} when the mail is sent.
 *
 * @param status as of reading: an unanswered invitation past its deadline reads {@code EXPIRED}
 * @param seats 1 for a person; N for a delegation
 * @param seatsUsed live registrations made through the invitation
 * @param reminderOffsetsHours reminders go this many hours before {@code expiresAt} while unanswered
 * @param timesSent 1 when created, one more per resend
 * @param sentAt the last time it was sent (created or resent)
 * @param lastReminderAt when the last reminder went out, null before the first
 * @param answeredAt the first accept or the decline
 */
public record Invitation(
        UUID id,
        UUID eventId,
        InvitationType type,
        InvitationStatus status,
        String name,
        String email,
        String language,
        String countryCode,
        int seats,
        int seatsUsed,
        boolean skipApproval,
        Instant expiresAt,
        List<Integer> reminderOffsetsHours,
        String declineReason,
        int timesSent,
        Instant sentAt,
        Instant lastReminderAt,
        Instant openedAt,
        Instant answeredAt,
        Instant revokedAt,
        Instant createdAt,
        @JsonIgnore int tokenVersion) {

    @JsonProperty("seatsLeft")
    public int seatsLeft() {
        return seats - seatsUsed;
    }

    /** Past the deadline at {@code now}, whatever the answer (an ACCEPTED delegation registers no more then). */
    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
