package org.cti.convene.web.delegate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cti.convene.common.DomainException;
import org.cti.convene.common.InvalidInputException;
import org.cti.convene.common.NotFoundException;
import org.cti.convene.events.Event;
import org.cti.convene.events.Events;
import org.cti.convene.registration.Registration;
import org.cti.convene.registration.RegistrationStatus;
import org.cti.convene.registration.Registrations;
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
    private final DelegatePages pages;

    MyRegistrationPageController(Registrations registrations, Events events, DelegatePages pages) {
        this.registrations = registrations;
        this.events = events;
        this.pages = pages;
    }

    @GetMapping(DelegatePages.MY_REGISTRATION)
    Mono<Rendering> page(
            @RequestParam(required = false) String token, @RequestParam(required = false) String done, Locale locale) {
        return registrations
                .byToken(token)
                .flatMap(r -> events.find(r.eventId())
                        .map(e -> page(
                                r,
                                e,
                                token,
                                PersonFields.of(r),
                                FormErrors.none(),
                                HttpStatus.OK,
                                done != null && DONE.contains(done) ? done : null,
                                locale)))
                .onErrorResume(NotFoundException.class, ex -> Mono.just(pages.invalidLink(locale)));
    }

    /** Same validation as the API; the e-mail is not among the fields and so cannot change. */
    @PostMapping(DelegatePages.MY_REGISTRATION)
    Mono<Rendering> change(ServerWebExchange exchange, Locale locale) {
        return exchange.getFormData().flatMap(form -> {
            String token = form.getFirst("token");
            PersonFields typed = PersonFields.read(form, "");
            return registrations
                    .change(token, typed.toChanges())
                    .then(DelegatePages.seeOther(DelegatePages.MY_REGISTRATION, token, "saved"))
                    .onErrorResume(
                            InvalidInputException.class,
                            ex -> registrations
                                    .byToken(token)
                                    .flatMap(r -> events.find(r.eventId())
                                            .map(e -> page(
                                                    r,
                                                    e,
                                                    token,
                                                    typed,
                                                    pages.errors(ex, locale),
                                                    HttpStatus.BAD_REQUEST,
                                                    null,
                                                    locale))))
                    .onErrorResume(NotFoundException.class, ex -> Mono.just(pages.invalidLink(locale)))
                    .onErrorResume(DomainException.class, ex -> Mono.just(pages.problem(ex, null, null, locale)));
        });
    }

    /** First step of cancelling: say what will happen and ask once more. */
    @PostMapping(DelegatePages.MY_REGISTRATION + "/cancel-confirmation")
    Mono<Rendering> confirmCancel(ServerWebExchange exchange, Locale locale) {
        return exchange.getFormData().flatMap(form -> {
            String token = form.getFirst("token");
            return registrations
                    .byToken(token)
                    .flatMap(r -> events.find(r.eventId())
                            .map(e -> DelegatePages.privately(Rendering.view("delegate/cancel")
                                            .modelAttribute("pageTitle", pages.text("cancel.title", locale))
                                            .modelAttribute("event", EventSummary.of(e, locale))
                                            .modelAttribute("registration", r)
                                            .modelAttribute("token", token)
                                            .modelAttribute(
                                                    "backLink",
                                                    DelegatePages.link(DelegatePages.MY_REGISTRATION, token))
                                            .modelAttribute(
                                                    "currentPath",
                                                    DelegatePages.link(DelegatePages.MY_REGISTRATION, token)))
                                    .build()))
                    .onErrorResume(NotFoundException.class, ex -> Mono.just(pages.invalidLink(locale)));
        });
    }

    /** The seat goes to the first on the waiting list; a repeated click finds it already cancelled. */
    @PostMapping(DelegatePages.MY_REGISTRATION + "/cancel")
    Mono<Rendering> cancel(ServerWebExchange exchange, Locale locale) {
        return exchange.getFormData().flatMap(form -> {
            String token = form.getFirst("token");
            return registrations
                    .cancel(token)
                    .then(DelegatePages.seeOther(DelegatePages.MY_REGISTRATION, token, "cancelled"))
                    .onErrorResume(
                            ex -> DelegatePages.isProblem(ex, "already-cancelled"),
                            ex -> DelegatePages.seeOther(DelegatePages.MY_REGISTRATION, token, "cancelled"))
                    .onErrorResume(NotFoundException.class, ex -> Mono.just(pages.invalidLink(locale)));
        });
    }

    private Rendering page(
            Registration r,
            Event e,
            String token,
            PersonFields fields,
            FormErrors errors,
            HttpStatus status,
            String done,
            Locale locale) {
        String link = DelegatePages.link(DelegatePages.MY_REGISTRATION, token);
        List<String> sessions = EventSummary.of(e, locale).sessions().stream()
                .filter(s -> r.sessionIds().contains(s.id()))
                .map(s -> s.title() + " (" + s.when() + ")")
                .toList();
        return DelegatePages.privately(Rendering.view("delegate/registration")
                        .modelAttribute("pageTitle", pages.title("my.pageTitle", errors, locale))
                        .modelAttribute("event", EventSummary.of(e, locale))
                        .modelAttribute("registration", r)
                        .modelAttribute("status", r.status().name())
                        .modelAttribute("live", r.status().isLive())
                        .modelAttribute("confirmed", r.status() == RegistrationStatus.CONFIRMED)
                        .modelAttribute("countryName", Countries.name(r.countryCode(), locale))
                        .modelAttribute("languageName", languageName(r.language(), locale))
                        .modelAttribute("chosenSessions", sessions)
                        .modelAttribute("person", PersonBlock.change(fields))
                        .modelAttribute("errors", errors)
                        .modelAttribute("options", pages.options(locale))
                        .modelAttribute("token", token)
                        .modelAttribute("done", done)
                        .modelAttribute(
                                "icsLink", DelegatePages.link(DelegatePages.MY_REGISTRATION + "/calendar.ics", token))
                        .modelAttribute(
                                "badgeLink", DelegatePages.link(DelegatePages.MY_REGISTRATION + "/badge.pdf", token))
                        .modelAttribute(
                                "feedLink", DelegatePages.link(DelegatePages.MY_REGISTRATION + "/calendar-feed", token))
                        .modelAttribute("calendar", pages.calendarLinks(e, locale))
                        .modelAttribute("currentPath", link)
                        .status(status))
                .build();
    }

    static String languageName(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        Locale language = Locale.forLanguageTag(code);
        return language.getDisplayLanguage(language);
    }
}
