package org.cti.convene.registration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Registration", description = "Delegates register and manage their registration with a private token")
class PublicRegistrationController {

    static final String TOKEN = "X-Manage-Token";

    private final Registrations registrations;
    private final Delegations delegations;

    PublicRegistrationController(Registrations registrations, Delegations delegations) {
        this.registrations = registrations;
        this.delegations = delegations;
    }

    record ResendLink(String email) {}

    @PostMapping(path = "/api/v1/events/{id}/registrations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Register for a public event",
            description = "CONFIRMED when a seat is free, PENDING_APPROVAL when the organiser approves each "
                    + "registration (the seat is held), WAITLISTED when full; 409 when full without a waiting list, "
                    + "closed, not yet open or cancelled; 403 for invitation-only events. The manage token is "
                    + "returned here once.")
    Mono<RegistrationResult> register(
            @PathVariable UUID id,
            @RequestBody RegistrationRequest request,
            @Parameter(description = "repeat-safe key; the same key and body return the first result")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    String idempotencyKey) {
        return registrations.register(id, request, idempotencyKey);
    }

    @PostMapping(path = "/api/v1/events/{id}/registrations/resend-link", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send the private link again to the e-mail of a registration (answers 202 in every case)")
    Mono<Void> resendLink(@PathVariable UUID id, @RequestBody ResendLink body) {
        String email = body == null ? null : body.email();
        // the address may be a delegate's, a head of delegation's, or both: each gets their own link
        return registrations.resendLink(id, email).then(delegations.resendLink(id, email));
    }

    @PostMapping(path = "/api/v1/events/{id}/delegations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a State's delegation; seated or waitlisted together, never split")
    Mono<DelegationResult> registerDelegation(
            @PathVariable UUID id,
            @RequestBody DelegationRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return delegations.register(id, request, idempotencyKey);
    }

    @GetMapping("/api/v1/registrations/me")
    @Operation(summary = "The registration behind the private token, with its waiting-list position")
    Mono<Registration> me(@RequestHeader(name = TOKEN, required = false) String token) {
        return registrations.byToken(token);
    }

    @PatchMapping(path = "/api/v1/registrations/me", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change details (not the e-mail); a new badge name revokes the old badge")
    Mono<Registration> change(
            @RequestHeader(name = TOKEN, required = false) String token, @RequestBody RegistrationChanges changes) {
        return registrations.change(token, changes);
    }

    @PutMapping(path = "/api/v1/registrations/me", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Same as PATCH: absent fields stay as they are")
    Mono<Registration> replace(
            @RequestHeader(name = TOKEN, required = false) String token, @RequestBody RegistrationChanges changes) {
        return registrations.change(token, changes);
    }

    @DeleteMapping("/api/v1/registrations/me")
    @Operation(summary = "Cancel; the seat goes to the first on the waiting list")
    Mono<Registration> cancel(@RequestHeader(name = TOKEN, required = false) String token) {
        return registrations.cancel(token);
    }

    @GetMapping("/api/v1/delegations/me")
    @Operation(summary = "The delegation behind the head's token, with every delegate")
    Mono<Delegation> delegation(@RequestHeader(name = TOKEN, required = false) String token) {
        return delegations.byToken(token);
    }

    @PostMapping(path = "/api/v1/delegations/me/substitutions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Replace a delegate by another person, who keeps the seat; the old link and badge stop working")
    Mono<RegistrationResult> substitute(
            @RequestHeader(name = TOKEN, required = false) String token, @RequestBody SubstitutionRequest request) {
        return delegations.substitute(token, request);
    }

    @DeleteMapping("/api/v1/delegations/me/delegates/{registrationId}")
    @Operation(summary = "Cancel one delegate of the delegation")
    Mono<Registration> cancelDelegate(
            @RequestHeader(name = TOKEN, required = false) String token, @PathVariable UUID registrationId) {
        return delegations.cancelDelegate(token, registrationId);
    }
}
