package org.cti.convene.web.delegate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cti.convene.common.ConflictException;
import org.cti.convene.common.DomainException;
import org.cti.convene.common.FieldViolation;
import org.cti.convene.common.ForbiddenException;
import org.cti.convene.common.InputValidator;
import org.cti.convene.common.InvalidInputException;
import org.cti.convene.common.NotFoundException;
import org.cti.convene.common.UnprocessableException;
import org.cti.convene.events.AccessMode;
import org.cti.convene.events.Event;
import org.cti.convene.events.Events;
import org.cti.convene.registration.RegistrationRequest;
import org.cti.convene.registration.RegistrationResult;
import org.cti.convene.registration.Registrations;
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
    private final InputValidator validator;
    private final DelegatePages pages;
    private final Clock clock;

    RegistrationPageController(
            Events events, Registrations registrations, InputValidator validator, DelegatePages pages, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.validator = validator;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/events/{slug}/register")
    Mono<Rendering> form(@PathVariable String slug, Locale locale) {
        return events.findPublished(slug)
                .map(e -> {
                    EventSummary event = EventSummary.of(e, locale);
                    DomainException refusal = refusal(e, clock);
                    return refusal != null
                            ? pages.problem(refusal, event, null, locale)
                            : form(
                                    event,
                                    PersonFields.blank(locale.getLanguage()),
                                    FormErrors.none(),
                                    HttpStatus.OK,
                                    null,
                                    locale);
                })
                .onErrorResume(NotFoundException.class, ex -> Mono.just(pages.problem(ex, null, null, locale)));
    }

    @PostMapping("/events/{slug}/register")
    Mono<Rendering> register(@PathVariable String slug, ServerWebExchange exchange, Locale locale) {
        return events.findPublished(slug)
                .flatMap(e -> exchange.getFormData().flatMap(form -> {
                    EventSummary event = EventSummary.of(e, locale);
                    PersonFields fields = PersonFields.read(form, "");
                    String key = DelegatePages.formKey(form.getFirst("formKey"));
                    return Mono.fromCallable(() -> request(fields, validator))
                            .flatMap(request -> registrations.register(e.id(), request, key))
                            .map(result -> confirmation(e, event, result, fields, locale))
                            .onErrorResume(
                                    InvalidInputException.class,
                                    ex -> Mono.just(form(
                                            event,
                                            fields,
                                            pages.errors(ex, locale),
                                            HttpStatus.BAD_REQUEST,
                                            key,
                                            locale)))
                            .onErrorResume(
                                    ex -> DelegatePages.isProblem(ex, "session-full"),
                                    ex -> Mono.just(form(
                                            event,
                                            fields,
                                            FormErrors.general(
                                                    "sessionIds", pages.text("problem.session-full.text", locale)),
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
                                                    "form", pages.text("problem.idempotency-key-reused.text", locale)),
                                            HttpStatus.UNPROCESSABLE_CONTENT,
                                            null,
                                            locale)))
                            .onErrorResume(
                                    DomainException.class,
                                    ex -> Mono.just(pages.problem(ex, event, fields.get("email"), locale)));
                }))
                .onErrorResume(NotFoundException.class, ex -> Mono.just(pages.problem(ex, null, null, locale)));
    }

    /** Always the same answer, so that nobody can find out with this form who registered. */
    @PostMapping("/events/{slug}/resend-link")
    Mono<Rendering> resendLink(@PathVariable String slug, ServerWebExchange exchange, Locale locale) {
        return events.findPublished(slug)
                .flatMap(e -> exchange.getFormData().flatMap(form -> {
                    String email = form.getFirst("email");
                    Mono<Void> sent = email == null || email.isBlank() || email.length() > 254
                            ? Mono.empty()
                            : registrations.resendLink(e.id(), email);
                    return sent.thenReturn(Rendering.view("delegate/link-sent")
                            .modelAttribute("pageTitle", pages.text("linkSent.title", locale))
                            .modelAttribute("event", EventSummary.of(e, locale))
                            .header(HttpHeaders.CACHE_CONTROL, "no-store")
                            .build());
                }))
                .onErrorResume(NotFoundException.class, ex -> Mono.just(pages.problem(ex, null, null, locale)));
    }

    /**
     * Why the public form would be refused, told before the delegate types anything. The registration
     * feature decides again on submit; this only spares a phone user a long form that cannot succeed.
     */
    static DomainException refusal(Event e, Clock clock) {
        var now = clock.instant();
        if (e.isOver(now)) {
            return new ConflictException("event-over", "This event is over.");
        }
        if (e.access() == AccessMode.INVITATION_ONLY) {
            return new ForbiddenException("invitation-only", "This event is by invitation only.");
        }
        if (e.registrationOpensAt() != null && now.isBefore(e.registrationOpensAt())) {
            return new ConflictException("registration-not-open", "Registration for this event is not open yet.");
        }
        if (!e.registrationOpenAt(now)) {
            return new ConflictException("registration-closed", "Registration for this event is closed.");
        }
        return null;
    }

    /**
     * The API lets the secretariat register organisers; the public form does not, so a tampered role is
     * refused here with the same list of everything else that is wrong.
     */
    static RegistrationRequest request(PersonFields fields, InputValidator validator) {
        RegistrationRequest request = fields.toRequest();
        if (request.role() != null && !PersonFields.ROLES.contains(request.role())) {
            List<FieldViolation> violations = new ArrayList<>(validator.violations(request));
            violations.removeIf(v -> v.field().equals("role"));
            violations.add(new FieldViolation("role", "must be one of DELEGATE, SPEAKER, EXPERT, PRESS"));
            throw new InvalidInputException(violations);
        }
        return request;
    }

    private Rendering form(
            EventSummary event, PersonFields fields, FormErrors errors, HttpStatus status, String key, Locale locale) {
        return Rendering.view("delegate/register")
                .modelAttribute("pageTitle", pages.title("register.pageTitle", errors, locale, event.title()))
                .modelAttribute("event", event)
                .modelAttribute("person", PersonBlock.registration(fields))
                .modelAttribute("errors", errors)
                .modelAttribute("options", pages.options(locale))
                .modelAttribute("formKey", key == null ? UUID.randomUUID().toString() : key)
                .status(status)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private Rendering confirmation(
            Event e, EventSummary event, RegistrationResult result, PersonFields fields, Locale locale) {
        String link = DelegatePages.link(DelegatePages.MY_REGISTRATION, result.manageToken());
        return DelegatePages.privately(Rendering.view("delegate/confirmation")
                        .modelAttribute("pageTitle", pages.text("confirmation.title", locale))
                        .modelAttribute("event", event)
                        .modelAttribute("status", result.status().name())
                        .modelAttribute("waitlistPosition", result.waitlistPosition())
                        .modelAttribute("email", fields.get("email").strip())
                        .modelAttribute("manageLink", link)
                        .modelAttribute("manageUrl", pages.absolute(link))
                        .modelAttribute("calendar", pages.calendarLinks(e, locale))
                        // the language switcher leads to the private page, not to an empty form
                        .modelAttribute("currentPath", link))
                .build();
    }
}
