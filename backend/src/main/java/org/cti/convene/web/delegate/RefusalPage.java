package org.cti.convene.web.delegate;

import java.util.Locale;
import java.util.stream.Stream;
import org.cti.convene.common.DomainException;
import org.cti.convene.web.Wording;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * A refusal as a page in the reader's language, with the status the API gives it: full, closed, by
 * invitation, already registered, a link that leads nowhere. The words are the bundle's
 * {@code problem.<code>.title} and {@code .text}, given the contact address {0} and the refusal's own arguments
 * after it; a code with no words yet keeps the API's English detail rather than hiding what went wrong.
 */
@Component
class RefusalPage {

    private final Wording words;

    RefusalPage(Wording words) {
        this.words = words;
    }

    /**
     * @param event the event the page is about, or null
     * @param email the e-mail typed, to offer "send my link again" when it is already registered
     */
    Rendering of(DomainException e, EventSummary event, String email, Locale locale) {
        return render(e.problemType(), e.status(), e.getMessage(), e.arguments(), event, email, locale);
    }

    /** A refusal the pages decide themselves, such as a delegate already replaced. */
    Rendering of(String code, HttpStatus status, Locale locale) {
        return render(code, status, "", new Object[0], null, null, locale);
    }

    /** A private link that leads nowhere: expired by a substitution, mistyped, or cut by a mail program. */
    Rendering invalidLink(Locale locale) {
        return of("invalid-link", HttpStatus.NOT_FOUND, locale);
    }

    /** Whom to write to about the event: its contact, or the secretariat. */
    String contact(String contactEmail, Locale locale) {
        return contactEmail == null || contactEmail.isBlank()
                ? words.text("problem.secretariat", locale)
                : contactEmail;
    }

    private Rendering render(
            String code,
            HttpStatus status,
            String fallback,
            Object[] arguments,
            EventSummary event,
            String email,
            Locale locale) {
        Object[] args = Stream.concat(
                        Stream.of(contact(event == null ? null : event.contactEmail(), locale)), Stream.of(arguments))
                .toArray();
        String title = words.textOr(words.text("problem.default.title", locale), "problem." + code + ".title", locale);
        return PrivateLinks.privately(Rendering.view("delegate/problem")
                        .modelAttribute("pageTitle", title)
                        .modelAttribute("problemTitle", title)
                        .modelAttribute(
                                "problemText", words.textOr(fallback, "problem." + code + ".text", locale, args))
                        .modelAttribute("problemType", code)
                        .modelAttribute("event", event)
                        .modelAttribute("email", email == null ? "" : email.strip())
                        .status(status))
                .build();
    }
}
