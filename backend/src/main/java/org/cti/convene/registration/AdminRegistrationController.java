package org.cti.convene.registration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.cti.convene.common.EventAccess;
import org.cti.convene.common.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Registration (organisers)", description = "Attendee lists and moderation")
@SecurityRequirement(name = "basic")
class AdminRegistrationController {

    private final AttendeeLists lists;
    private final Moderation moderation;
    private final Registrations registrations;
    private final RoleAssignments roles;
    private final EventAccess access;

    AdminRegistrationController(
            AttendeeLists lists,
            Moderation moderation,
            Registrations registrations,
            RoleAssignments roles,
            EventAccess access) {
        this.lists = lists;
        this.moderation = moderation;
        this.registrations = registrations;
        this.roles = roles;
        this.access = access;
    }

    record Decision(String reason) {}

    record RoleChoice(String role) {}

    record BulkDecision(List<UUID> ids, String reason) {}

    @GetMapping("/api/v1/admin/events/{id}/registrations")
    @Operation(
            summary = "Attendee list: filters, accent-insensitive search on names, e-mail and organisation, "
                    + "order (NAME, COUNTRY, STATUS, REGISTERED), paging and totals per status")
    Mono<AttendeePage> list(
            @PathVariable UUID id,
            @RequestParam(required = false) RegistrationStatus status,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) ParticipantRole role,
            @RequestParam(required = false) UUID sessionId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) AttendeeSort sort,
            @RequestParam(defaultValue = "false") boolean descending,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var query = new AttendeeQuery(status, country, role, sessionId, q, page, size, sort, descending);
        return access.require(id).then(lists.page(id, query));
    }

    @GetMapping("/api/v1/admin/registrations/{id}")
    @Operation(summary = "One registration")
    Mono<Registration> one(@PathVariable UUID id) {
        return moderation.eventOf(id).flatMap(access::require).then(registrations.find(id));
    }

    @PostMapping("/api/v1/admin/registrations/{id}/approve")
    @Operation(summary = "Approve a pending registration")
    Mono<Registration> approve(@PathVariable UUID id) {
        return moderation.eventOf(id).flatMap(access::require).then(moderation.approve(id));
    }

    @PostMapping("/api/v1/admin/registrations/{id}/decline")
    @Operation(summary = "Decline a pending or waiting registration; a held seat goes to the waiting list")
    Mono<Registration> decline(@PathVariable UUID id, @RequestBody(required = false) Decision decision) {
        return moderation
                .eventOf(id)
                .flatMap(access::require)
                .then(moderation.decline(id, decision == null ? null : decision.reason()));
    }

    @PutMapping(path = "/api/v1/admin/registrations/{id}/role", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Give a registration its role: DELEGATE, SPEAKER, EXPERT, ORGANISER or PRESS",
            description = "People who register themselves are delegates; only organisers give the other roles. A "
                    + "new role revokes the badge printed with the old one (badgeVersion is raised).")
    Mono<Registration> assignRole(@PathVariable UUID id, @RequestBody RoleChoice choice) {
        return moderation
                .eventOf(id)
                .flatMap(access::require)
                .then(roles.assign(id, choice == null ? null : choice.role()));
    }

    @PostMapping("/api/v1/admin/events/{id}/registrations/approve")
    @Operation(summary = "Approve several registrations of the event; each succeeds or fails on its own")
    Flux<Moderation.Outcome> approveAll(@PathVariable UUID id, @RequestBody BulkDecision body) {
        return access.require(id).thenMany(onlyOfEvent(id, body).flatMapMany(moderation::approveAll));
    }

    @PostMapping("/api/v1/admin/events/{id}/registrations/decline")
    @Operation(summary = "Decline several registrations of the event")
    Flux<Moderation.Outcome> declineAll(@PathVariable UUID id, @RequestBody BulkDecision body) {
        return access.require(id)
                .thenMany(onlyOfEvent(id, body).flatMapMany(ids -> moderation.declineAll(ids, body.reason())));
    }

    private Mono<List<UUID>> onlyOfEvent(UUID eventId, BulkDecision body) {
        if (body == null
                || body.ids() == null
                || body.ids().isEmpty()
                || body.ids().size() > 500) {
            return Mono.error(
                    new InvalidInputException("ids", "Size", "must list between 1 and 500 registrations", 500, 1));
        }
        return Flux.fromIterable(body.ids())
                .concatMap(rid -> moderation
                        .eventOf(rid)
                        .onErrorResume(e -> Mono.empty())
                        .filter(eventId::equals)
                        .map(x -> rid))
                .collectList()
                .flatMap(ids -> ids.size() == body.ids().size()
                        ? Mono.just(ids)
                        : Mono.error(new InvalidInputException(
                                "ids", "other-event", "must all be registrations of this event")));
    }
}
