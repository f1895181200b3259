package org.cti.convene.web.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cti.convene.common.ConflictException;
import org.cti.convene.common.NotFoundException;
import org.cti.convene.events.Events;
import org.cti.convene.registration.Moderation;
import org.cti.convene.registration.Registration;
import org.cti.convene.registration.Registrations;
import org.cti.convene.web.TimeFormat;
import org.cti.convene.web.Wording;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Approve and decline from the attendee list, one by one or the ticked ones together. Each form carries the
 * list's view in {@code back}; the answer is a redirect (303) to that view with how many changed and how
 * many could not. A bulk form that cannot be acted on comes back as the list with its message (400), the
 * ticks and the reason kept.
 */
@Controller
class ModerationController {

    private static final int MAX_SELECTED = 500;

    private final Events events;
    private final Moderation moderation;
    private final Registrations registrations;
    private final AttendeeListModel page;
    private final Permissions permissions;
    private final Wording words;

    ModerationController(
            Events events,
            Moderation moderation,
            Registrations registrations,
            AttendeeListModel page,
            Permissions permissions,
            Wording words) {
        this.events = events;
        this.moderation = moderation;
        this.registrations = registrations;
        this.page = page;
        this.permissions = permissions;
        this.words = words;
    }

    /** The bulk form: the ticked registrations, the button pressed ({@code decision}) and an optional reason. */
    @PostMapping("/console/events/{id}/registrations/moderate")
    Mono<Rendering> moderate(@PathVariable UUID id, ServerWebExchange exchange, Locale locale, Model model) {
        return permissions.toChange(id).then(exchange.getFormData()).flatMap(form -> {
            AttendeeFilters back = AttendeeFilters.ofQuery(form.getFirst("back"));
            String decision = form.getFirst("decision");
            String reason = blankToNull(form.getFirst("reason"));
            List<UUID> ids = ids(form.get("ids"));
            String refusal = refusal(ids, decision, reason);
            if (refusal != null) {
                String input = ids.isEmpty() ? "bulk-actions" : "reason";
                String label = words.text(
                        ids.isEmpty() ? "console.attendees.bulk.legend" : "console.attendees.bulk.reason", locale);
                model.addAttribute("errors", FormErrors.single(input, label, words.text(refusal, locale)));
                model.addAttribute("selected", Set.copyOf(ids));
                model.addAttribute("reason", reason);
                return page.fill(id, back, locale, model)
                        .thenReturn(Rendering.view(AttendeeListModel.VIEW)
                                .status(HttpStatus.BAD_REQUEST)
                                .build());
            }
            boolean approve = "approve".equals(decision);
            Flux<Moderation.Outcome> outcomes = onlyOfEvent(id, ids)
                    .collectList()
                    .flatMapMany(mine -> approve ? moderation.approveAll(mine) : moderation.declineAll(mine, reason));
            return outcomes.filter(o -> o.problem() == null)
                    .count()
                    .map(changed ->
                            redirect(id, back, approve ? "approved" : "declined", changed, ids.size() - changed));
        });
    }

    @PostMapping("/console/events/{id}/registrations/{registrationId}/approve")
    Mono<Rendering> approve(@PathVariable UUID id, @PathVariable UUID registrationId, ServerWebExchange exchange) {
        return permissions
                .toChange(id)
                .then(ofEvent(id, registrationId))
                .then(exchange.getFormData())
                .flatMap(form -> decided(id, form, "approved", moderation.approve(registrationId)));
    }

    /** Declining tells the person and cannot be undone: the list's button leads here first, for a reason. */
    @GetMapping("/console/events/{id}/registrations/{registrationId}/decline")
    Mono<String> confirmDecline(
            @PathVariable UUID id,
            @PathVariable UUID registrationId,
            ServerWebExchange exchange,
            Locale locale,
            Model model) {
        AttendeeFilters back = AttendeeFilters.of(exchange.getRequest().getQueryParams());
        return permissions
                .toChange(id)
                .then(Mono.zip(events.find(id), ofEvent(id, registrationId)))
                .map(found -> {
                    TimeFormat time = new TimeFormat(found.getT1().venue().zone(), locale);
                    model.addAttribute("event", EventView.of(found.getT1(), locale));
                    model.addAttribute("person", AttendeeRow.of(found.getT2(), time, locale));
                    model.addAttribute("back", back.query());
                    model.addAttribute("listPath", AttendeeListModel.path(id));
                    return "console/registration-decline";
                });
    }

    @PostMapping("/console/events/{id}/registrations/{registrationId}/decline")
    Mono<Rendering> decline(@PathVariable UUID id, @PathVariable UUID registrationId, ServerWebExchange exchange) {
        return permissions
                .toChange(id)
                .then(ofEvent(id, registrationId))
                .then(exchange.getFormData())
                .flatMap(form -> decided(
                        id,
                        form,
                        "declined",
                        moderation.decline(registrationId, blankToNull(form.getFirst("reason")))));
    }

    /** Why the bulk form cannot be acted on (a message key), or null. */
    private static String refusal(List<UUID> ids, String decision, String reason) {
        if (ids.isEmpty()) {
            return "console.attendees.bulk.noneSelected";
        }
        if (!"approve".equals(decision) && !"decline".equals(decision)) {
            return "console.attendees.bulk.noDecision";
        }
        // Enter in the reason field submits the first button, Approve: never approve what was meant to be declined
        if ("approve".equals(decision) && reason != null) {
            return "console.attendees.bulk.reasonOnApprove";
        }
        return null;
    }

    private Mono<Rendering> decided(
            UUID id, MultiValueMap<String, String> form, String done, Mono<Registration> decision) {
        AttendeeFilters back = AttendeeFilters.ofQuery(form.getFirst("back"));
        return decision.map(r -> redirect(id, back, done, 1, 0))
                .onErrorResume(ConflictException.class, e -> Mono.just(redirect(id, back, done, 0, 1)));
    }

    /** The registration, when it belongs to this event; 404 otherwise, as for an event out of scope. */
    private Mono<Registration> ofEvent(UUID eventId, UUID registrationId) {
        return registrations
                .find(registrationId)
                .filter(r -> r.eventId().equals(eventId))
                .switchIfEmpty(
                        Mono.error(() -> new NotFoundException("No registration with id " + registrationId + ".")));
    }

    private Flux<UUID> onlyOfEvent(UUID eventId, List<UUID> ids) {
        return Flux.fromIterable(ids)
                .concatMap(rid -> moderation
                        .eventOf(rid)
                        .onErrorResume(NotFoundException.class, e -> Mono.empty())
                        .filter(eventId::equals)
                        .map(e -> rid));
    }

    private static Rendering redirect(UUID id, AttendeeFilters back, String done, long changed, long refused) {
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("done", done);
        notice.put("changed", changed);
        notice.put("refused", refused);
        String query = back.query();
        String target =
                Queries.link(AttendeeListModel.path(id), (query.isEmpty() ? "" : query + "&") + Queries.encode(notice));
        return Rendering.redirectTo(target).status(HttpStatus.SEE_OTHER).build();
    }

    /** The ticked ids; a value that is no id (a tampered form) is dropped, and at most a page's worth is read. */
    private static List<UUID> ids(List<String> values) {
        List<UUID> ids = new ArrayList<>();
        for (String v : values == null ? List.<String>of() : values) {
            try {
                UUID id = UUID.fromString(v.strip());
                if (!ids.contains(id) && ids.size() < MAX_SELECTED) {
                    ids.add(id);
                }
            } catch (IllegalArgumentException e) {
                // not an id: nothing to decide on
            }
        }
        return ids;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
