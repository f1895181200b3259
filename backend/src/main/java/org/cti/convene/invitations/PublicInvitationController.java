package org.cti.convene.invitations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Invitations", description = "Invitees read, accept or decline an invitation with the token from its link")
class PublicInvitationController {

    private final InvitationAnswers answers;

    PublicInvitationController(InvitationAnswers answers) {
        this.answers = answers;
    }

    @GetMapping("/api/v1/invitations/{token}")
    @Operation(
            summary = "The invitation with its event and the people registered through it; the first view marks "
                    + "it OPENED")
    Mono<InvitationView> open(
            @PathVariable String token,
            @Parameter(description = "optional: refuse with 409 if the token is for another event")
                    @RequestParam(required = false)
                    UUID eventId) {
        return answers.open(token, eventId);
    }

    @PostMapping(path = "/api/v1/invitations/{token}/accept", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Accept by registering people: exactly one for a personal invitation, up to the seats left "
                    + "for a delegation",
            description = "409 invitation-seats-used (more people than seats left), invitation-expired, "
                    + "invitation-revoked, invitation-declined, invitation-for-another-event; 404 for an unknown "
                    + "token. A refusal registers nobody. Each registration's manage token is returned here once.")
    Mono<InvitationAnswer.Accepted> accept(
            @PathVariable String token,
            @RequestBody InvitationAnswer.Accept request,
            @Parameter(description = "repeat-safe key; the same key and body return the first result")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    String idempotencyKey) {
        return answers.accept(token, request, idempotencyKey);
    }

    @PostMapping("/api/v1/invitations/{token}/decline")
    @Operation(summary = "Decline, with an optional reason; a delegation's seats go back to everyone")
    Mono<InvitationView> decline(
            @PathVariable String token, @RequestBody(required = false) InvitationAnswer.Decline request) {
        return answers.decline(token, request);
    }

    @PostMapping("/api/v1/invitations/{token}/give-back-seats")
    @Operation(
            summary = "A delegation that accepted gives back the seats it will not use",
            description = "The seats its registrations hold stay its own; the others go to the waiting list, then "
                    + "to everyone. 409 no-seats-to-give-back before an acceptance or when none are left.")
    Mono<InvitationView> giveBackSeats(@PathVariable String token) {
        return answers.giveBackSeats(token);
    }
}
