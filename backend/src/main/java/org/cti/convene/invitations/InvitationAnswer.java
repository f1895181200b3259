package org.cti.convene.invitations;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;
import org.cti.convene.registration.RegistrationRequest;
import org.cti.convene.registration.RegistrationResult;

/** What invitees send and get back when they answer. */
public final class InvitationAnswer {

    private InvitationAnswer() {}

    /**
     * Accepting: the people to register (exactly one for a person, up to the seats left for a delegation).
     *
     * @param eventId optional: the event the client believes it is answering for; another event is refused
     */
    @Schema(name = "InvitationAccept")
    public record Accept(List<RegistrationRequest> registrations, UUID eventId) {}

    /** The registrations made, each with its private manage token, and the seats the invitation still has. */
    @Schema(name = "InvitationAcceptResult")
    public record Accepted(List<RegistrationResult> registrations, int seatsLeft) {}

    /** Declining, with an optional reason for the organisers. */
    @Schema(name = "InvitationDecline")
    public record Decline(String reason, UUID eventId) {}
}
