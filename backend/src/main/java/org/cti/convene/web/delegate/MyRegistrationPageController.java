package org.cti.convene.web.delegate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cti.convene.calendar.DelegateCalendars;
import org.cti.convene.calendar.EventCalendars;
import org.cti.convene.common.Countries;
import org.cti.convene.common.DomainException;
import org.cti.convene.common.InvalidInputException;
import org.cti.convene.common.Language;
import org.cti.convene.common.NotFoundException;
import org.cti.convene.events.Event;
import org.cti.convene.events.Events;
import org.cti.convene.registration.Registration;
import org.cti.convene.registration.RegistrationStatus;
import org.cti.convene.registration.Registrations;
import org.cti.convene.web.LanguageResolver;
import org.cti.convene.web.Wording;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * "My registration", behind the private link that the confirmation page and every mail carry
 * ({@code /my/registration?token=…}): status and place on the waiting list, the event, the details with a
 * change form, cancelling in two steps, the calendar file and the badge. Forms send the token in the body,
 * never in a new URL; after a change the delegate is sent back (303) to the link they already have.
 */
@Controller
class MyRegistrationPageController {

    private static final Set<String> DONE = Set.of("saved", "cancelled");

    private final Registrations registrations;
    private final Events events;
    private final EventCalendars calendars;
    private final DelegateCalendars feeds;
    private final RefusalPage refusals;
    private final Wording words;

    MyRegistrationPageController(
            Registrations registrations,
            Events events,
            EventCalendars calendars,
            RefusalPage refusals,
            Wording words,
            DelegateCalendars feeds) {
        this.registrations = registrations;
        this.events = events;
        this.calendars = calendars;
        this.feeds = feeds;
        this.refusals = refusals;
        this.words = words;
    }

    /** A registration behind its private link, with its event and the language of its pages. */
    private record Found(Registration registration, Event event, Locale locale) {}

    /** The page speaks the delegate's language unless the reader asks for another ({@link LanguageResolver}). */
    private Mono<Found> find(String token, ServerWebExchange exchange) {
        return registrations
                .byToken(token)
                .flatMap(r -> events.find(r.eventId())
                        .map(e -> new Found(r, e, LanguageResolver.forPerson(exchange, r.language()))));
    }

    @GetMapping(PrivateLinks.MY_REGISTRATION)
    Mono<Rendering> page(
            @RequestParam(required = false) String token,
            @RequestParam(required = false) String done,
            ServerWebExchange exchange,
            Locale locale) {
        return find(token, exchange)
                .map(f -> page(
                        f,
                        token,
                        PersonFields.of(f.registration()),
                        FormErrors.none(),
                        HttpStatus.OK,
                        done != null && DONE.contains(done) ? done : null))
                .onErrorResume(NotFoundException.class, ex -> Mono.just(refusals.invalidLink(locale)));
    }

    /** Same validation as the API; the e-mail is not among the fields and so cannot change. */
    @PostMapping(PrivateLinks.MY_REGISTRATION)
    Mono<Rendering> change(ServerWebExchange exchange, Locale locale) {
        return exchange.getFormData().flatMap(form -> {
            String token = form.getFirst("token");
            PersonFields typed = PersonFields.read(form, "");
            return registrations
                    .change(token, typed.toChanges())
                    .then(PrivateLinks.seeOther(PrivateLinks.MY_REGISTRATION, token, "saved"))
                    .onErrorResume(
                            InvalidInputException.class,
                            ex -> find(token, exchange)
                                    .map(f -> page(
                                            f,
                                            token,
                                            typed,
                                            FormErrors.of(ex.violations(), words, f.locale()),
                                            ex.status(),
                                            null)))
                    .onErrorResume(NotFoundException.class, ex -> Mono.just(refusals.invalidLink(locale)))
                    .onErrorResume(DomainException.class, ex -> Mono.just(refusals.of(ex, null, null, locale)));
        });
    }

    /** First step of cancelling: say what will happen and ask once more. */
    @PostMapping(PrivateLinks.MY_REGISTRATION + "/cancel-confirmation")
    Mono<Rendering> confirmCancel(ServerWebExchange exchange, Locale locale) {
        return exchange.getFormData().flatMap(form -> {
            String token = form.getFirst("token");
            String link = PrivateLinks.link(PrivateLinks.MY_REGISTRATION, token);
            return find(token, exchange)
                    .map(f -> PrivateLinks.privately(Rendering.view("delegate/cancel")
                                    .modelAttribute("pageTitle", words.text("cancel.title", f.locale()))
                                    .modelAttribute("event", EventSummary.of(f.event(), f.locale()))
                                    .modelAttribute("registration", f.registration())
                                    .modelAttribute("token", token)
                                    .modelAttribute("backLink", link)
                                    .modelAttribute("currentPath", link))
                            .build())
                    .onErrorResume(NotFoundException.class, ex -> Mono.just(refusals.invalidLink(locale)));
        });
    }

    /** The seat goes to the first on the waiting list; a repeated click finds it already cancelled. */
    @PostMapping(PrivateLinks.MY_REGISTRATION + "/cancel")
    Mono<Rendering> cancel(ServerWebExchange exchange, Locale locale) {
        return exchange.getFormData().flatMap(form -> {
            String token = form.getFirst("token");
            return registrations
                    .cancel(token)
                    .then(PrivateLinks.seeOther(PrivateLinks.MY_REGISTRATION, token, "cancelled"))
                    .onErrorResume(
                            ex -> DomainException.is(ex, "already-cancelled"),
                            ex -> PrivateLinks.seeOther(PrivateLinks.MY_REGISTRATION, token, "cancelled"))
                    .onErrorResume(NotFoundException.class, ex -> Mono.just(refusals.invalidLink(locale)));
        });
    }

    private Rendering page(
            Found found, String token, PersonFields fields, FormErrors errors, HttpStatus status, String done) {
        Registration r = found.registration();
        Locale locale = found.locale();
        EventSummary event = EventSummary.of(found.event(), locale);
        String link = PrivateLinks.link(PrivateLinks.MY_REGISTRATION, token);
        List<String> sessions = event.sessions().stream()
                .filter(s -> r.sessionIds().contains(s.id()))
                .map(s -> s.title() + " (" + s.when() + ")")
                .toList();
        return PrivateLinks.privately(Rendering.view("delegate/registration")
                        .modelAttribute(
                                "pageTitle", errors.pageTitle(words.text("my.pageTitle", locale), words, locale))
                        .modelAttribute("event", event)
                        .modelAttribute("registration", r)
                        .modelAttribute("status", r.status().name())
                        .modelAttribute("live", r.status().isLive())
                        .modelAttribute("confirmed", r.status() == RegistrationStatus.CONFIRMED)
                        .modelAttribute("countryName", Countries.name(r.countryCode(), locale))
                        .modelAttribute(
                                "languageName",
                                Language.of(r.language())
                                        .map(Language::nameInItself)
                                        .orElse(""))
                        .modelAttribute("chosenSessions", sessions)
                        .modelAttribute("person", PersonBlock.change(fields))
                        .modelAttribute("errors", errors)
                        .modelAttribute("options", FormOptions.in(locale, words))
                        .modelAttribute("token", token)
                        .modelAttribute("done", done)
                        .modelAttribute(
                                "icsLink", PrivateLinks.link(PrivateLinks.MY_REGISTRATION + "/calendar.ics", token))
                        .modelAttribute(
                                "badgeLink", PrivateLinks.link(PrivateLinks.MY_REGISTRATION + "/badge.pdf", token))
                        .modelAttribute(
                                "feedLink", PrivateLinks.link(PrivateLinks.MY_REGISTRATION + "/calendar-feed", token))
                        // the https address too, for calendars that do not open webcal:// links
                        .modelAttribute(
                                "feedUrl",
                                r.status() == RegistrationStatus.CONFIRMED
                                        ? feeds.feedUrl(token)
                                        : reactor.core.publisher.Mono.just(""))
                        .modelAttribute("calendar", CalendarLinks.of(calendars, found.event(), locale))
                        .modelAttribute("currentPath", link)
                        .status(status))
                .build();
    }
}
