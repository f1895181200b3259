package org.cti.convene.web.delegate;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cti.convene.calendar.CalendarEntry;
import org.cti.convene.calendar.CalendarFiles;
import org.cti.convene.calendar.EventCalendars;
import org.cti.convene.common.ConflictException;
import org.cti.convene.common.DomainException;
import org.cti.convene.common.FieldViolation;
import org.cti.convene.common.ForbiddenException;
import org.cti.convene.common.InvalidInputException;
import org.cti.convene.common.NotFoundException;
import org.cti.convene.common.UnprocessableException;
import org.cti.convene.events.Event;
import org.cti.convene.web.LanguageResolver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * What the delegate pages share: translated form errors, readable pages for refusals (full, closed, by
 * invitation, already registered, unknown link) and the headers of every page that carries a private link.
 */
@Component
class DelegatePages {

    static final String MY_REGISTRATION = "/my/registration";
    static final String MY_DELEGATION = "/my/delegation";

    private final MessageSource messages;
    private final EventCalendars calendars;
    private final String baseUrl;

    DelegatePages(MessageSource messages, EventCalendars calendars, @Value("${convene.base-url}") String baseUrl) {
        this.messages = messages;
        this.calendars = calendars;
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
    }

    /** "Add to calendar": the event's .ics, Google Calendar and Outlook on the web, in the page's language. */
    record CalendarLinks(String ics, String google, String outlook) {}

    CalendarLinks calendarLinks(Event event, Locale locale) {
        String language = locale.getLanguage();
        CalendarEntry entry = calendars.entry(event, language);
        String ics = UriComponentsBuilder.fromPath("/api/v1/events/{id}/calendar.ics")
                .queryParam("lang", language)
                .buildAndExpand(event.id())
                .encode()
                .toUriString();
        return new CalendarLinks(ics, CalendarFiles.googleCalendarLink(entry), CalendarFiles.outlookWebLink(entry));
    }

    /** One choice of a select. */
    record Option(String value, String label) {}

    /** The choices of the person fields, named in the page's language (a language in its own). */
    record FormOptions(List<Option> countries, List<Option> languages, List<Option> roles) {}

    FormOptions options(Locale locale) {
        return new FormOptions(
                Countries.in(locale).stream()
                        .map(c -> new Option(c.code(), c.name()))
                        .toList(),
                LanguageResolver.SUPPORTED.stream()
                        .map(l -> new Option(l.getLanguage(), l.getDisplayLanguage(l)))
                        .toList(),
                PersonFields.ROLES.stream()
                        .map(r -> new Option(r, text("role." + r, locale)))
                        .toList());
    }

    FormErrors errors(InvalidInputException e, Locale locale) {
        return FormErrors.of(e.violations(), messages, locale);
    }

    FormErrors errors(
            List<FieldViolation> violations, Locale locale, java.util.function.UnaryOperator<String> fieldOfForm) {
        return FormErrors.of(violations, messages, locale, fieldOfForm);
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, key, locale);
    }

    /** "Error: " before a page title when the form came back with errors, so a screen reader hears it first. */
    String title(String key, FormErrors errors, Locale locale, Object... args) {
        String title = text(key, locale, args);
        return errors.isEmpty() ? title : text("form.errorTitle", locale, title);
    }

    /** A private link as the page shows it, so that it can be copied into a note or another device. */
    String absolute(String pathAndQuery) {
        return baseUrl + pathAndQuery;
    }

    static String link(String path, String token) {
        return UriComponentsBuilder.fromPath(path)
                .queryParam("token", token)
                .encode()
                .build()
                .toUriString();
    }

    static boolean isProblem(Throwable e, String problemType) {
        return e instanceof DomainException d && problemType.equals(d.problemType());
    }

    /** A form key must look like the UUID the form was given; anything else registers without one. */
    static String formKey(String submitted) {
        if (submitted == null) {
            return null;
        }
        try {
            return UUID.fromString(submitted.strip()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A page that shows a private link must not hand it on: no Referer to the calendar sites it links to
     * or anywhere else, and no copy in a shared cache or the browser's disk cache.
     */
    static Rendering.Builder<?> privately(Rendering.Builder<?> page) {
        return page.header(HttpHeaders.CACHE_CONTROL, "no-store").header("Referrer-Policy", "no-referrer");
    }

    /** Back to a private page after a change (303, so that a reload does not repeat the POST). */
    static Mono<Rendering> seeOther(String path, String token, String done) {
        String url = UriComponentsBuilder.fromPath(path)
                .queryParam("token", token)
                .queryParam("done", done)
                .encode()
                .build()
                .toUriString();
        return Mono.just(Rendering.redirectTo(url)
                .status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Referrer-Policy", "no-referrer")
                .build());
    }

    /**
     * A refusal as a page in the reader's language. Known problem types have their own text; any other keeps
     * the API's English detail rather than hiding what went wrong.
     *
     * @param event the event the page is about, or null
     * @param email the e-mail typed, to offer "send my link again" when it is already registered
     */
    Rendering problem(DomainException e, EventSummary event, String email, Locale locale) {
        return problem(e.problemType(), statusOf(e), e.getMessage(), event, email, locale);
    }

    /** The status the API gives the same refusal. */
    static HttpStatus statusOf(DomainException e) {
        return switch (e) {
            case ConflictException c -> HttpStatus.CONFLICT;
            case ForbiddenException f -> HttpStatus.FORBIDDEN;
            case NotFoundException n -> HttpStatus.NOT_FOUND;
            case UnprocessableException u -> HttpStatus.UNPROCESSABLE_CONTENT;
            case InvalidInputException i -> HttpStatus.BAD_REQUEST;
            default -> HttpStatus.CONFLICT;
        };
    }

    /** A private link that leads nowhere: expired by a substitution, mistyped, or cut by a mail program. */
    Rendering invalidLink(Locale locale) {
        return problem("invalid-link", HttpStatus.NOT_FOUND, null, null, null, locale);
    }

    Rendering problem(
            String type, HttpStatus status, String fallback, EventSummary event, String email, Locale locale) {
        String contact = event == null
                        || event.contactEmail() == null
                        || event.contactEmail().isBlank()
                ? text("problem.secretariat", locale)
                : event.contactEmail();
        String title =
                messages.getMessage("problem." + type + ".title", null, text("problem.default.title", locale), locale);
        String detail = messages.getMessage(
                "problem." + type + ".text", new Object[] {contact}, fallback == null ? "" : fallback, locale);
        return Rendering.view("delegate/problem")
                .modelAttribute("pageTitle", title)
                .modelAttribute("problemTitle", title)
                .modelAttribute("problemText", detail)
                .modelAttribute("problemType", type)
                .modelAttribute("event", event)
                .modelAttribute("email", email == null ? "" : email.strip())
                .status(status)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
