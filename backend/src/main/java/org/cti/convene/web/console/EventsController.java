package org.cti.convene.web.console;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.cti.convene.common.ConflictException;
import org.cti.convene.common.StaffUser;
import org.cti.convene.events.Event;
import org.cti.convene.events.EventStatus;
import org.cti.convene.events.Events;
import org.cti.convene.web.Wording;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The console's event list and one event's page with its actions. Publishing and cancelling are POST
 * forms; success redirects (303) back to the event with a notice, a refusal (409) is shown on the page.
 */
@Controller
@RequestMapping("/console/events")
class EventsController {

    /** Outcomes the event page announces after a redirect. */
    /** Where the console's bundle keeps its words for refusals, by code. */
    static final String PROBLEMS = "console.problem.";

    static final Set<String> DONE = Set.of("created", "saved", "published", "cancelled");

    private final Events events;
    private final Permissions permissions;
    private final Wording words;

    EventsController(Events events, Permissions permissions, Wording words) {
        this.events = events;
        this.permissions = permissions;
        this.words = words;
    }

    @GetMapping
    Mono<String> list(@RequestParam(required = false) String status, Locale locale, Model model) {
        EventStatus filter = parse(status);
        return permissions
                .current()
                .flatMap(user -> events.all(filter)
                        .filter(e -> user.mayWorkOn(e.id()))
                        .map(e -> EventView.of(e, locale))
                        .collectList()
                        .map(list -> {
                            model.addAttribute("events", list);
                            model.addAttribute("statuses", EventStatus.values());
                            model.addAttribute("selectedStatus", filter == null ? "" : filter.name());
                            model.addAttribute("mayCreate", Permissions.mayCreate(user));
                            return "console/events";
                        }));
    }

    @GetMapping("/{id}")
    Mono<String> show(@PathVariable UUID id, @RequestParam(required = false) String done, Locale locale, Model model) {
        return permissions
                .toSee(id)
                .flatMap(user -> events.find(id).map(e -> {
                    page(e, user, locale, model);
                    model.addAttribute("done", done != null && DONE.contains(done) ? done : null);
                    return "console/event";
                }));
    }

    @PostMapping("/{id}/publish")
    Mono<Rendering> publish(@PathVariable UUID id, Locale locale, Model model) {
        return permissions
                .toChange(id)
                .flatMap(user -> events.publish(id)
                        .map(e -> redirect(e, "published"))
                        .onErrorResume(ConflictException.class, ex -> refused(id, user, ex, locale, model)));
    }

    /** Cancelling is final and tells every participant, so the form must carry an explicit confirmation. */
    @PostMapping("/{id}/cancel")
    Mono<Rendering> cancel(@PathVariable UUID id, ServerWebExchange exchange, Locale locale, Model model) {
        return permissions
                .toChange(id)
                .flatMap(user -> exchange.getFormData().flatMap(form -> {
                    if (!"true".equals(form.getFirst("confirm"))) {
                        return events.find(id).map(e -> {
                            page(e, user, locale, model);
                            String label = words.text("console.event.cancel.confirm", locale);
                            String message = words.text("console.event.cancel.unconfirmed", locale);
                            model.addAttribute("errors", FormErrors.single("confirm", label, message));
                            return Rendering.view("console/event")
                                    .status(HttpStatus.BAD_REQUEST)
                                    .build();
                        });
                    }
                    return events.cancel(id)
                            .map(e -> redirect(e, "cancelled"))
                            .onErrorResume(ConflictException.class, ex -> refused(id, user, ex, locale, model));
                }));
    }

    private Mono<Rendering> refused(UUID id, StaffUser user, ConflictException ex, Locale locale, Model model) {
        return events.find(id).map(e -> {
            page(e, user, locale, model);
            model.addAttribute("problem", words.refusal(PROBLEMS, ex, locale));
            return Rendering.view("console/event").status(HttpStatus.CONFLICT).build();
        });
    }

    private static void page(Event e, StaffUser user, Locale locale, Model model) {
        EventView view = EventView.of(e, locale);
        boolean mayChange = Permissions.mayChange(user);
        model.addAttribute("event", view);
        model.addAttribute("mayEdit", mayChange && !view.isCancelled());
        model.addAttribute("mayPublish", mayChange && e.status() == EventStatus.DRAFT);
        model.addAttribute("mayCancel", mayChange && !view.isCancelled());
        model.addAttribute("mayManage", mayChange);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
    }

    static Rendering redirect(Event e, String done) {
        return Rendering.redirectTo("/console/events/" + e.id() + "?done=" + done)
                .status(HttpStatus.SEE_OTHER)
                .build();
    }

    private static EventStatus parse(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return EventStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
