package org.cti.convene.web.delegate;

import java.time.Clock;
import java.util.Locale;
import org.cti.convene.events.Event;
import org.cti.convene.events.Events;
import org.cti.convene.invitations.InvitationAnswers;
import org.cti.convene.invitations.InvitationType;
import org.cti.convene.invitations.InvitationView;
import org.cti.convene.web.TimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/**
 * What the invitation pages (accept and decline) share: the invitation read with its event, its summary, and
 * the explanation of why nobody can answer it, in the reader's language.
 */
@Component
class InvitationPages {

    /** An invitation with its event, as read for one page. */
    record Opened(InvitationView view, Event event) {

        boolean personal() {
            return view.type() == InvitationType.PERSON;
        }
    }

    /** Why nothing can be done with the invitation, as a titled explanation. */
    record Notice(String type, String title, String text) {}

    private final InvitationAnswers answers;
    private final Events events;
    private final DelegatePages pages;
    private final Clock clock;

    InvitationPages(InvitationAnswers answers, Events events, DelegatePages pages, Clock clock) {
        this.answers = answers;
        this.events = events;
        this.pages = pages;
        this.clock = clock;
    }

    /** Reads the invitation behind the token (the first view marks it opened); an unknown token is a 404. */
    Mono<Opened> open(String token) {
        return answers.open(token, null).flatMap(this::withEvent);
    }

    Mono<Opened> withEvent(InvitationView view) {
        return events.find(view.event().id()).map(event -> new Opened(view, event));
    }

    InvitationSummary summary(Opened o, Locale locale) {
        return InvitationSummary.of(o.view(), o.event(), locale, clock.instant());
    }

    /** Why nobody can be registered through the invitation now, or null when people can be. */
    String closedBecause(Opened o) {
        return InvitationSummary.closedBecause(o.view(), o.event(), clock.instant());
    }

    /**
     * The bundle's {@code problem.<type>} texts, given the contact address {0}, the deadline {1}, the seats left
     * {2} and the number of people the form sent {3}.
     */
    Notice notice(String type, Opened o, int sent, Locale locale) {
        String expires = new TimeFormat(o.event().venue().zone(), locale)
                .dateTime(o.view().expiresAt());
        Object[] args = {contact(o, locale), expires, o.view().seatsLeft(), sent};
        String titleKey = "problem." + type + ".title";
        String textKey = "problem." + type + ".text";
        String title = pages.text(titleKey, locale);
        String text = pages.text(textKey, locale, args);
        return new Notice(
                type,
                title.equals(titleKey) ? pages.text("problem.default.title", locale) : title,
                text.equals(textKey) ? "" : text);
    }

    String contact(Opened o, Locale locale) {
        String email = o.event().contactEmail();
        return email == null || email.isBlank() ? pages.text("problem.secretariat", locale) : email;
    }

    /** A token that matches no invitation: mistyped, cut by a mail program, or replaced by a newer link. */
    Rendering invalid(Locale locale) {
        return pages.problem("invalid-invitation", HttpStatus.NOT_FOUND, null, null, null, locale);
    }
}
