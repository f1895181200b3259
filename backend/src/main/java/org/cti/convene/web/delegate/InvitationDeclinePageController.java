package org.cti.convene.web.delegate;

import java.util.Locale;
import org.cti.convene.common.DomainException;
import org.cti.convene.common.InvalidInputException;
import org.cti.convene.common.NotFoundException;
import org.cti.convene.invitations.InvitationAnswer;
import org.cti.convene.invitations.InvitationAnswers;
import org.cti.convene.web.delegate.InvitationPages.Notice;
import org.cti.convene.web.delegate.InvitationPages.Opened;
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
    private final InvitationPages invitations;
    private final DelegatePages pages;

    InvitationDeclinePageController(InvitationAnswers answers, InvitationPages invitations, DelegatePages pages) {
        this.answers = answers;
        this.invitations = invitations;
        this.pages = pages;
    }

    /** Declines nothing. */
    @GetMapping("/invitations/{token}/decline")
    Mono<Rendering> form(@PathVariable String token, Locale locale) {
        return invitations
                .open(token)
                .map(o -> page(token, o, "", FormErrors.none(), null, HttpStatus.OK, locale))
                .onErrorResume(NotFoundException.class, ex -> Mono.just(invitations.invalid(locale)));
    }

    /** Declines; sent again (a reload), it finds the invitation declined and thanks again. */
    @PostMapping("/invitations/{token}/decline")
    Mono<Rendering> decline(@PathVariable String token, ServerWebExchange exchange, Locale locale) {
        return exchange.getFormData()
                .flatMap(form -> {
                    String reason = form.getFirst("reason") == null ? "" : form.getFirst("reason");
                    return answers.decline(token, new InvitationAnswer.Decline(reason, null))
                            .flatMap(invitations::withEvent)
                            .map(o -> thanks(o, locale))
                            .onErrorResume(
                                    InvalidInputException.class,
                                    ex -> invitations
                                            .open(token)
                                            .map(o -> page(
                                                    token,
                                                    o,
                                                    reason,
                                                    pages.errors(ex, locale),
                                                    null,
                                                    HttpStatus.BAD_REQUEST,
                                                    locale)))
                            .onErrorResume(
                                    ex -> DelegatePages.isProblem(ex, "invitation-declined"),
                                    ex -> invitations.open(token).map(o -> thanks(o, locale)))
                            .onErrorResume(
                                    ex -> ex instanceof DomainException && !(ex instanceof NotFoundException),
                                    ex -> refused(token, reason, (DomainException) ex, locale));
                })
                .onErrorResume(NotFoundException.class, ex -> Mono.just(invitations.invalid(locale)));
    }

    private Mono<Rendering> refused(String token, String reason, DomainException ex, Locale locale) {
        return invitations
                .open(token)
                .map(o -> page(
                        token,
                        o,
                        reason,
                        FormErrors.none(),
                        invitations.notice(ex.problemType(), o, 0, locale),
                        DelegatePages.statusOf(ex),
                        locale));
    }

    private Rendering page(
            String token, Opened o, String reason, FormErrors errors, Notice notice, HttpStatus status, Locale locale) {
        InvitationSummary invitation = invitations.summary(o, locale);
        Notice why = notice != null || invitation.canDecline() ? notice : invitations.notice(whyNot(o), o, 0, locale);
        return DelegatePages.privately(Rendering.view("delegate/invitation-decline")
                        .modelAttribute("pageTitle", pages.title("decline.pageTitle", errors, locale))
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

    private Rendering thanks(Opened o, Locale locale) {
        return DelegatePages.privately(Rendering.view("delegate/invitation-declined")
                        .modelAttribute("pageTitle", pages.text("declined.title", locale))
                        .modelAttribute("event", EventSummary.of(o.event(), locale))
                        .modelAttribute("contact", invitations.contact(o, locale)))
                .build();
    }
}
