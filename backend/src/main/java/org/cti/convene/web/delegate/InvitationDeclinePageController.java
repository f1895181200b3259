package org.cti.convene.web.delegate;

import java.util.Locale;
import org.cti.convene.common.DomainException;
import org.cti.convene.common.InvalidInputException;
import org.cti.convene.common.NotFoundException;
import org.cti.convene.invitations.InvitationAnswer;
import org.cti.convene.invitations.InvitationAnswers;
import org.cti.convene.web.Wording;
import org.cti.convene.web.delegate.OpenedInvitations.Notice;
import org.cti.convene.web.delegate.OpenedInvitations.Opened;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The decline link of an invitation mail. Mail scanners and link previews open every link in a mail, so the
 * GET only explains what declining means and asks for an optional reason; the POST of that form declines.
 */
@Controller
class InvitationDeclinePageController {

    private final InvitationAnswers answers;
    private final OpenedInvitations invitations;
    private final Wording words;

    InvitationDeclinePageController(InvitationAnswers answers, OpenedInvitations invitations, Wording words) {
        this.answers = answers;
        this.invitations = invitations;
        this.words = words;
    }

    /** Declines nothing. */
    @GetMapping("/invitations/{token}/decline")
    Mono<Rendering> form(@PathVariable String token, ServerWebExchange exchange, Locale locale) {
        return invitations
                .open(token, exchange)
                .map(o -> page(token, o, "", FormErrors.none(), null, HttpStatus.OK))
                .onErrorResume(NotFoundException.class, ex -> Mono.just(invitations.invalid(locale)));
    }

    /** Declines; sent again (a reload), it finds the invitation declined and thanks again. */
    @PostMapping("/invitations/{token}/decline")
    Mono<Rendering> decline(@PathVariable String token, ServerWebExchange exchange, Locale locale) {
        return exchange.getFormData()
                .flatMap(form -> {
                    String reason = form.getFirst("reason") == null ? "" : form.getFirst("reason");
                    return answers.decline(token, new InvitationAnswer.Decline(reason, null))
                            .flatMap(view -> invitations.withEvent(view, exchange))
                            .map(this::thanks)
                            .onErrorResume(
                                    InvalidInputException.class,
                                    ex -> invitations
                                            .open(token, exchange)
                                            .map(o -> page(
                                                    token,
                                                    o,
                                                    reason,
                                                    FormErrors.of(ex.violations(), words, o.locale()),
                                                    null,
                                                    ex.status())))
                            .onErrorResume(
                                    ex -> DomainException.is(ex, "invitation-declined"),
                                    ex -> invitations.open(token, exchange).map(this::thanks))
                            .onErrorResume(
                                    ex -> ex instanceof DomainException && !(ex instanceof NotFoundException),
                                    ex -> refused(token, reason, (DomainException) ex, exchange));
                })
                .onErrorResume(NotFoundException.class, ex -> Mono.just(invitations.invalid(locale)));
    }

    private Mono<Rendering> refused(String token, String reason, DomainException ex, ServerWebExchange exchange) {
        return invitations
                .open(token, exchange)
                .map(o -> page(
                        token, o, reason, FormErrors.none(), invitations.notice(ex.problemType(), o, 0), ex.status()));
    }

    private Rendering page(String token, Opened o, String reason, FormErrors errors, Notice notice, HttpStatus status) {
        Locale locale = o.locale();
        InvitationSummary invitation = invitations.summary(o);
        Notice why = notice != null || invitation.canDecline() ? notice : invitations.notice(whyNot(o), o, 0);
        return PrivateLinks.privately(Rendering.view("delegate/invitation-decline")
                        .modelAttribute(
                                "pageTitle", errors.pageTitle(words.text("decline.pageTitle", locale), words, locale))
                        .modelAttribute("token", token)
                        .modelAttribute("event", EventSummary.of(o.event(), locale))
                        .modelAttribute("invitation", invitation)
                        .modelAttribute("notice", why)
                        .modelAttribute("reason", reason)
                        .modelAttribute("errors", errors)
                        .status(status))
                .build();
    }

    private static String whyNot(Opened o) {
        return switch (o.view().status()) {
            case ACCEPTED -> "invitation-accepted";
            case DECLINED -> "invitation-declined";
            case REVOKED -> "invitation-revoked";
            default -> "invitation-expired";
        };
    }

    private Rendering thanks(Opened o) {
        Locale locale = o.locale();
        return PrivateLinks.privately(Rendering.view("delegate/invitation-declined")
                        .modelAttribute("pageTitle", words.text("declined.title", locale))
                        .modelAttribute("event", EventSummary.of(o.event(), locale))
                        .modelAttribute("contact", invitations.contact(o)))
                .build();
    }
}
