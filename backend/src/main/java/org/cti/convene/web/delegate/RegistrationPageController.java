package org.cti.convene.web.delegate;

import java.util.Locale;
import org.cti.convene.calendar.EventCalendars;
import org.cti.convene.common.DomainException;
import org.cti.convene.common.InvalidInputException;
import org.cti.convene.common.NotFoundException;
import org.cti.convene.common.UnprocessableException;
import org.cti.convene.events.Event;
import org.cti.convene.events.Events;
import org.cti.convene.registration.Delegations;
import org.cti.convene.registration.RegistrationResult;
import org.cti.convene.registration.Registrations;
import org.cti.convene.web.Wording;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The public registration form and its confirmation, and "send my link again".
 *
 * <p>The confirmation is the answer to the POST itself, not a redirect: a redirect would have to carry the
 * private link in its URL (into history, logs and Referer headers) or park it in a cookie. Reloading the
 * confirmation repeats the POST with the same form key, which the registration feature treats as an
 * {@code Idempotency-Key}: the delegate gets the same registration and the same link back, never a second one.
 * See {@code docs/adr/0004-private-links-in-pages.md}.
 */
@Controller
class RegistrationPageController {

    private final Events events;
    private final Registrations registrations;
    private final EventCalendars calendars;
    private final PrivateLinks links;
    private final RefusalPage refusals;
    private final Wording words;
    private final Delegations delegations;

    RegistrationPageController(
            Events events,
            Registrations registrations,
            EventCalendars calendars,
            PrivateLinks links,
            RefusalPage refusals,
            Wording words,
            Delegations delegations) {
        this.delegations = delegations;
        this.events = events;
        this.registrations = registrations;
        this.calendars = calendars;
        this.links = links;
        this.refusals = refusals;
        this.words = words;
    }

    /** A form that cannot succeed (closed, not open yet, by invitation) is not shown: the page says why instead. */
    @GetMapping("/events/{slug}/register")
    Mono<Rendering> form(@PathVariable String slug, Locale locale) {
        return events.findPublished(slug)
                .map(e -> {
                    EventSummary event = EventSummary.of(e, locale);
                    return registrations
                            .publicRefusal(e)
                            .map(refusal -> refusals.of(refusal, event, null, locale))
                            .orElseGet(() -> form(
                                    event,
                                    PersonFields.blank(locale.getLanguage()),
                                    FormErrors.none(),
                                    HttpStatus.OK,
                                    null,
                                    locale));
                })
                .onErrorResume(NotFoundException.class, ex -> Mono.just(refusals.of(ex, null, null, locale)));
    }

    @PostMapping("/events/{slug}/register")
    Mono<Rendering> register(@PathVariable String slug, ServerWebExchange exchange, Locale locale) {
        return events.findPublished(slug)
                .flatMap(e -> exchange.getFormData().flatMap(form -> {
                    EventSummary event = EventSummary.of(e, locale);
                    PersonFields fields = PersonFields.read(form, "");
                    String key = FormKey.sent(form.getFirst("formKey"));
                    return Mono.fromCallable(fields::request)
                            .flatMap(request -> registrations.register(e.id(), request, key))
                            .map(result -> confirmation(e, event, result, fields, locale))
                            .onErrorResume(
                                    InvalidInputException.class,
                                    ex -> Mono.just(form(
                                            event,
                                            fields,
                                            FormErrors.of(ex.violations(), words, locale),
                                            ex.status(),
                                            key,
                                            locale)))
                            .onErrorResume(
                                    ex -> DomainException.is(ex, "session-full"),
                                    ex -> Mono.just(form(
                                            event,
                                            fields,
                                            FormErrors.general(
                                                    "sessionIds", words.text("problem.session-full.text", locale)),
                                            HttpStatus.CONFLICT,
                                            key,
                                            locale)))
                            // The page came back (history, a second tab) and was sent with other details: a new
                            // key lets the delegate send it deliberately once more.
                            .onErrorResume(
                                    UnprocessableException.class,
                                    ex -> Mono.just(form(
                                            event,
                                            fields,
                                            FormErrors.general(
                                                    "form", words.text("problem.idempotency-key-reused.text", locale)),
                                            ex.status(),
                                            null,
                                            locale)))
                            .onErrorResume(
                                    DomainException.class,
                                    ex -> Mono.just(refusals.of(ex, event, fields.get("email"), locale)));
                }))
                .onErrorResume(NotFoundException.class, ex -> Mono.just(refusals.of(ex, null, null, locale)));
    }

    /** Always the same answer, so that nobody can find out with this form who registered. */
    @PostMapping("/events/{slug}/resend-link")
    Mono<Rendering> resendLink(@PathVariable String slug, ServerWebExchange exchange, Locale locale) {
        return events.findPublished(slug)
                .flatMap(e -> exchange.getFormData().flatMap(form -> {
                    String email = form.getFirst("email");
                    Mono<Void> sent = email == null || email.isBlank() || email.length() > 254
                            ? Mono.empty()
                            : registrations.resendLink(e.id(), email).then(delegations.resendLink(e.id(), email));
                    return sent.thenReturn(Rendering.view("delegate/link-sent")
                            .modelAttribute("pageTitle", words.text("linkSent.title", locale))
                            .modelAttribute("event", EventSummary.of(e, locale))
                            .header(HttpHeaders.CACHE_CONTROL, "no-store")
                            .build());
                }))
                .onErrorResume(NotFoundException.class, ex -> Mono.just(refusals.of(ex, null, null, locale)));
    }

    private Rendering form(
            EventSummary event, PersonFields fields, FormErrors errors, HttpStatus status, String key, Locale locale) {
        return Rendering.view("delegate/register")
                .modelAttribute(
                        "pageTitle",
                        errors.pageTitle(words.text("register.pageTitle", locale, event.title()), words, locale))
                .modelAttribute("event", event)
                .modelAttribute("person", PersonBlock.registration(fields))
                .modelAttribute("errors", errors)
                .modelAttribute("options", FormOptions.in(locale, words))
                .modelAttribute("formKey", FormKey.forPage(key))
                .status(status)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private Rendering confirmation(
            Event e, EventSummary event, RegistrationResult result, PersonFields fields, Locale locale) {
        String link = PrivateLinks.link(PrivateLinks.MY_REGISTRATION, result.manageToken());
        return PrivateLinks.privately(Rendering.view("delegate/confirmation")
                        .modelAttribute("pageTitle", words.text("confirmation.title", locale))
                        .modelAttribute("event", event)
                        .modelAttribute("status", result.status().name())
                        .modelAttribute("waitlistPosition", result.waitlistPosition())
                        .modelAttribute("email", fields.get("email").strip())
                        .modelAttribute("manageLink", link)
                        .modelAttribute("manageUrl", links.absolute(link))
                        .modelAttribute("calendar", CalendarLinks.of(calendars, e, locale))
                        // the language switcher leads to the private page, not to an empty form
                        .modelAttribute("currentPath", link))
                .build();
    }
}
