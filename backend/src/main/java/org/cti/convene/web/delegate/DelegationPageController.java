package org.cti.convene.web.delegate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cti.convene.common.DomainException;
import org.cti.convene.common.InputValidator;
import org.cti.convene.common.InvalidInputException;
import org.cti.convene.common.NotFoundException;
import org.cti.convene.events.Events;
import org.cti.convene.registration.DelegationResult;
import org.cti.convene.registration.Delegations;
import org.cti.convene.registration.Registrations;
import org.cti.convene.web.Wording;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A head of delegation registers a State's delegates in one form: the country once, the head's contact,
 * and one block per delegate. Three blocks to start with; {@code ?rows=6} gives more without JavaScript, and
 * blocks left empty are skipped. Like the single form, the answer to the POST is the confirmation with the
 * head's private link, and the form key makes a repeated POST harmless.
 */
@Controller
class DelegationPageController {

    private final Events events;
    private final Delegations delegations;
    private final InputValidator validator;
    private final Registrations registrations;
    private final PrivateLinks links;
    private final RefusalPage refusals;
    private final Wording words;

    DelegationPageController(
            Events events,
            Delegations delegations,
            Registrations registrations,
            InputValidator validator,
            PrivateLinks links,
            RefusalPage refusals,
            Wording words) {
        this.events = events;
        this.delegations = delegations;
        this.registrations = registrations;
        this.validator = validator;
        this.links = links;
        this.refusals = refusals;
        this.words = words;
    }

    @GetMapping("/events/{slug}/delegation")
    Mono<Rendering> form(@PathVariable String slug, @RequestParam(required = false) String rows, Locale locale) {
        return events.findPublished(slug)
                .map(e -> {
                    EventSummary event = EventSummary.of(e, locale);
                    return registrations
                            .publicRefusal(e)
                            .map(refusal -> refusals.of(refusal, event, null, locale))
                            .orElseGet(() -> form(
                                    event,
                                    DelegationForm.blank(DelegationForm.rows(rows), locale.getLanguage()),
                                    FormErrors.none(),
                                    HttpStatus.OK,
                                    null,
                                    locale));
                })
                .onErrorResume(NotFoundException.class, ex -> Mono.just(refusals.of(ex, null, null, locale)));
    }

    @PostMapping("/events/{slug}/delegation")
    Mono<Rendering> register(@PathVariable String slug, ServerWebExchange exchange, Locale locale) {
        return events.findPublished(slug)
                .flatMap(e -> exchange.getFormData().flatMap(form -> {
                    EventSummary event = EventSummary.of(e, locale);
                    DelegationForm typed = DelegationForm.read(form);
                    String key = FormKey.sent(form.getFirst("formKey"));
                    return Mono.fromCallable(() -> typed.toRequest(validator))
                            .flatMap(request -> delegations.register(e.id(), request, key))
                            .map(result -> confirmation(event, typed, result, locale))
                            .onErrorResume(
                                    InvalidInputException.class,
                                    ex -> Mono.just(form(
                                            event,
                                            typed,
                                            FormErrors.of(ex.violations(), words, locale, typed::fieldOfForm),
                                            HttpStatus.BAD_REQUEST,
                                            key,
                                            locale)))
                            .onErrorResume(
                                    DomainException.class, ex -> Mono.just(refusals.of(ex, event, null, locale)));
                }))
                .onErrorResume(NotFoundException.class, ex -> Mono.just(refusals.of(ex, null, null, locale)));
    }

    private Rendering form(
            EventSummary event, DelegationForm typed, FormErrors errors, HttpStatus status, String key, Locale locale) {
        int rows = typed.people().size();
        return Rendering.view("delegate/delegation")
                .modelAttribute(
                        "pageTitle",
                        errors.pageTitle(words.text("delegation.pageTitle", locale, event.title()), words, locale))
                .modelAttribute("event", event)
                .modelAttribute("typed", typed)
                .modelAttribute("errors", errors)
                .modelAttribute("options", FormOptions.in(locale, words))
                .modelAttribute("rows", rows)
                .modelAttribute(
                        "moreRows",
                        rows < DelegationForm.MAX_ROWS
                                ? Math.min(DelegationForm.MAX_ROWS, rows + DelegationForm.FIRST_ROWS)
                                : null)
                .modelAttribute("formKey", FormKey.forPage(key))
                .status(status)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** Who was registered, in the order typed, with where each stands; the head's link manages them all. */
    record Registered(String name, String status, Integer waitlistPosition) {}

    private Rendering confirmation(EventSummary event, DelegationForm typed, DelegationResult result, Locale locale) {
        List<Registered> people = new ArrayList<>();
        for (int i = 0; i < result.registrations().size() && i < typed.filled().size(); i++) {
            PersonFields p = typed.people().get(typed.filled().get(i));
            var r = result.registrations().get(i);
            people.add(new Registered(
                    p.get("givenName").strip() + " " + p.get("familyName").strip(),
                    r.status().name(),
                    r.waitlistPosition()));
        }
        String link = PrivateLinks.link(PrivateLinks.MY_DELEGATION, result.manageToken());
        return PrivateLinks.privately(Rendering.view("delegate/delegation-confirmation")
                        .modelAttribute("pageTitle", words.text("delegationConfirmation.title", locale))
                        .modelAttribute("event", event)
                        .modelAttribute("status", result.status().name())
                        .modelAttribute("people", people)
                        .modelAttribute("email", typed.headEmail().strip())
                        .modelAttribute("manageLink", link)
                        .modelAttribute("manageUrl", links.absolute(link))
                        .modelAttribute("currentPath", link))
                .build();
    }
}
