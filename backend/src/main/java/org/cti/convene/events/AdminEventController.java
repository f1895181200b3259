package org.cti.convene.events;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.cti.convene.common.EventAccess;
import org.cti.convene.common.ForbiddenException;
import org.cti.convene.common.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/admin/events")
@Tag(name = "Events (organisers)", description = "Create, edit, publish and cancel events")
@SecurityRequirement(name = "basic")
class AdminEventController {

    private final Events events;
    private final EventAccess access;
    private final EventMergePatch mergePatch;

    AdminEventController(Events events, EventAccess access, JsonMapper json) {
        this.events = events;
        this.access = access;
        this.mergePatch = new EventMergePatch(json);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an event as a DRAFT")
    Mono<Event> create(@RequestBody EventRequest request) {
        return access.current()
                .filter(user -> user.allEvents() || user.role() == org.cti.convene.common.StaffRole.ADMIN)
                .switchIfEmpty(Mono.error(() -> new ForbiddenException(
                        "event-scope", "Your account is limited to some events and cannot create new ones.")))
                .then(events.create(request));
    }

    @GetMapping
    @Operation(summary = "Every event the caller may work on, newest first")
    Flux<Event> list(@RequestParam(required = false) EventStatus status) {
        return access.current().flatMapMany(user -> events.all(status).filter(e -> user.mayWorkOn(e.id())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One event, whatever its status")
    Mono<Event> one(@PathVariable UUID id) {
        return access.require(id).then(events.find(id));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace an event's details and programme (DRAFT or PUBLISHED only)")
    Mono<Event> replace(@PathVariable UUID id, @RequestBody EventRequest request) {
        return access.require(id).then(events.update(id, request));
    }

    @PatchMapping(
            path = "/{id}",
            consumes = {"application/merge-patch+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Change some fields (JSON Merge Patch, RFC 7396)")
    Mono<Event> patch(@PathVariable UUID id, @RequestBody JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            return Mono.error(new InvalidInputException("body", "json-object", "must be a JSON object"));
        }
        return access.require(id)
                .then(events.find(id))
                .map(current -> mergePatch.apply(Events.toRequest(current), patch))
                .flatMap(request -> events.update(id, request));
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a draft; publishing a published event changes nothing")
    Mono<Event> publish(@PathVariable UUID id) {
        return access.require(id).then(events.publish(id));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel an event; this is final")
    Mono<Event> cancel(@PathVariable UUID id) {
        return access.require(id).then(events.cancel(id));
    }
}
