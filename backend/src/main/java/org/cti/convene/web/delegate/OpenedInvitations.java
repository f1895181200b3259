package org.cti.convene.web.delegate;

import java.time.Clock;
import java.util.Locale;
import org.cti.convene.events.Event;
import org.cti.convene.events.Events;
import org.cti.convene.invitations.InvitationAnswers;
import org.cti.convene.invitations.InvitationType;
import org.cti.convene.invitations.InvitationView;
import org.cti.convene.web.LanguageResolver;
import org.cti.convene.web.TimeFormat;
import org.cti.convene.web.Wording;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * An invitation as its pages (accept and decline) read it: with its event, its summary, and the explanation of
 * why nobody can answer it, in the reader's language.
 */
@Component
class OpenedInvitations {

    /** An invitation with its event, as read for one page, and the language of that page. */
    record Opened(InvitationView view, Event event, Locale locale) {

        boolean personal() {
            return view.type() == InvitationType.PERSON;
        }
    }

    /** Why nothing can be done with the invitation, as a titled explanation. */
    record Notice(String type, String title, String text) {}

    private final InvitationAnswers answers;
    private final Events events;
    private final RefusalPage refusals;
    private final Wording words;
    private final Clock clock;

    OpenedInvitations(InvitationAnswers answers, Events events, RefusalPage refusals, Wording words, Clock clock) {
        this.answers = answers;
        this.events = events;
        this.refusals = refusals;
        this.words = words;
        this.clock = clock;
    }

    /**
     * Reads the invitation behind the token (the first view marks it opened); an unknown token is a 404. The
     * page speaks the invitation's language unless the reader asks for another ({@link LanguageResolver}).
     */
    Mono<Opened> open(String token, ServerWebExchange exchange) {
        return answers.open(token, null).flatMap(view -> withEvent(view, exchange));
    }

    Mono<Opened> withEvent(InvitationView view, ServerWebExchange exchange) {
        Locale locale = LanguageResolver.forPerson(exchange, view.language());
        return events.find(view.event().id()).map(event -> new Opened(view, event, locale));
    }

    InvitationSummary summary(Opened o) {
        return InvitationSummary.of(o.view(), o.event(), o.locale(), clock.instant());
    }

    /** Why nobody can be registered through the invitation now, or null when people can be. */
    String closedBecause(Opened o) {
        return InvitationSummary.closedBecause(o.view(), o.event(), clock.instant());
    }

    /**
     * The bundle's {@code problem.<type>} texts, given the contact address {0}, the deadline {1}, the seats left
     * {2} and the number of people the form sent {3}.
     */
    Notice notice(String type, Opened o, int sent) {
        Locale locale = o.locale();
        String expires = new TimeFormat(o.event().venue().zone(), locale)
                .dateTime(o.view().expiresAt());
        Object[] args = {contact(o), expires, o.view().seatsLeft(), sent};
        return new Notice(
                type,
                words.textOr(words.text("problem.default.title", locale), "problem." + type + ".title", locale),
                words.textOr("", "problem." + type + ".text", locale, args));
    }

    String contact(Opened o) {
        return refusals.contact(o.event().contactEmail(), o.locale());
    }

    /** A token that matches no invitation: mistyped, cut by a mail program, or replaced by a newer link. */
    Rendering invalid(Locale locale) {
        return refusals.of("invalid-invitation", HttpStatus.NOT_FOUND, locale);
    }
}
