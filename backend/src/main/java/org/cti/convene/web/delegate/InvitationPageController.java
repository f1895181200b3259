package org.cti.convene.web.delegate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cti.convene.common.DomainException;
import org.cti.convene.common.FieldViolation;
import org.cti.convene.common.InputValidator;
import org.cti.convene.common.InvalidInputException;
import org.cti.convene.common.NotFoundException;
import org.cti.convene.common.UnprocessableException;
import org.cti.convene.invitations.InvitationAnswer;
import org.cti.convene.invitations.InvitationAnswers;
import org.cti.convene.invitations.InvitationView;
import org.cti.convene.registration.RegistrationResult;
import org.cti.convene.web.Wording;
import org.cti.convene.web.delegate.OpenedInvitations.Notice;
import org.cti.convene.web.delegate.OpenedInvitations.Opened;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The invitation page behind the link of an invitation mail: the invitation and its event, and a form to
 * register the invitee (a personal invitation) or the delegation's people (up to the seats left, in as many
 * visits as needed). Declining has its own page ({@link InvitationDeclinePageController}).
 *
 * <p>As on the registration form (ADR 0004), the confirmation is the answer to the POST, with each person's
 * private link, and the hidden form key is the {@code Idempotency-Key}: a second submit returns the first
 * result and registers nobody twice. A refusal registers nobody and comes back as the invitation page with
 * the reason. Every page here carries the invitation's token in its URL or private links in its body, so
 * none is cached or handed on in a Referer.
 */
@Controller
class InvitationPageController {

    private final InvitationAnswers answers;
    private final OpenedInvitations invitations;
    private final InputValidator validator;
    private final PrivateLinks links;
    private final Wording words;

    InvitationPageController(
            InvitationAnswers answers,
            OpenedInvitations invitations,
            InputValidator validator,
            PrivateLinks links,
            Wording words) {
        this.answers = answers;
        this.invitations = invitations;
        this.validator = validator;
        this.links = links;
        this.words = words;
    }

    @GetMapping("/invitations/{token}")
    Mono<Rendering> page(
            @PathVariable String token,
            @RequestParam(required = false) String rows,
            ServerWebExchange exchange,
            Locale locale) {
        return invitations
                .open(token, exchange)
                .map(o -> {
                    String closed = invitations.closedBecause(o);
                    if (closed != null) {
                        HttpStatus status = closed.equals("invitation-used") ? HttpStatus.OK : HttpStatus.CONFLICT;
                        return page(token, o, null, FormErrors.none(), invitations.notice(closed, o, 0), status, null);
                    }
                    return page(token, o, blank(o, rows), FormErrors.none(), null, HttpStatus.OK, null);
                })
                .onErrorResume(NotFoundException.class, ex -> Mono.just(invitations.invalid(locale)));
    }

    /** A delegation that will not use all its seats gives the rest back; the page then shows the new count. */
    @PostMapping("/invitations/{token}/give-back-seats")
    Mono<Rendering> giveBackSeats(@PathVariable String token) {
        return answers.giveBackSeats(token)
                .thenReturn(Rendering.redirectTo("/invitations/" + token).build())
                .onErrorResume(
                        org.cti.convene.common.ConflictException.class,
                        ex -> Mono.just(
                                Rendering.redirectTo("/invitations/" + token).build()));
    }

    @PostMapping("/invitations/{token}")
    Mono<Rendering> accept(@PathVariable String token, ServerWebExchange exchange, Locale locale) {
        return invitations
                .open(token, exchange)
                .flatMap(o -> exchange.getFormData().flatMap(form -> {
                    InvitationForm typed =
                            InvitationForm.read(form, o.personal(), o.view().countryCode());
                    String key = FormKey.sent(form.getFirst("formKey"));
                    return Mono.fromCallable(() -> typed.toRequests(validator))
                            .flatMap(people -> answers.accept(token, new InvitationAnswer.Accept(people, null), key))
                            .map(accepted -> confirmation(token, o, typed, accepted))
                            .onErrorResume(
                                    InvalidInputException.class,
                                    ex -> Mono.just(page(
                                            token,
                                            o,
                                            typed,
                                            FormErrors.of(ex.violations(), words, o.locale(), typed::fieldOfForm),
                                            null,
                                            HttpStatus.BAD_REQUEST,
                                            key)))
                            // sent again from history or a second tab with other details: a new key lets the
                            // invitee send it deliberately once more
                            .onErrorResume(
                                    UnprocessableException.class,
                                    ex -> Mono.just(page(
                                            token,
                                            o,
                                            typed,
                                            FormErrors.general(
                                                    "form",
                                                    words.text("problem.idempotency-key-reused.text", o.locale())),
                                            null,
                                            HttpStatus.UNPROCESSABLE_CONTENT,
                                            null)))
                            .onErrorResume(
                                    ex -> DomainException.is(ex, "already-registered"),
                                    ex -> Mono.just(page(
                                            token,
                                            o,
                                            typed,
                                            alreadyRegistered(typed, (DomainException) ex, o.locale()),
                                            null,
                                            HttpStatus.CONFLICT,
                                            key)))
                            .onErrorResume(
                                    ex -> DomainException.is(ex, "session-full"),
                                    ex -> Mono.just(page(
                                            token,
                                            o,
                                            typed,
                                            FormErrors.general(
                                                    "form", words.text("problem.session-full.text", o.locale())),
                                            null,
                                            HttpStatus.CONFLICT,
                                            key)))
                            .onErrorResume(
                                    DomainException.class,
                                    ex -> refused(token, typed, (DomainException) ex, key, exchange));
                }))
                .onErrorResume(NotFoundException.class, ex -> Mono.just(invitations.invalid(locale)));
    }

    /** A personal invitation is the invitee's own form; a delegation gets up to its seats left in blocks. */
    private static InvitationForm blank(Opened o, String rows) {
        Locale locale = o.locale();
        InvitationView v = o.view();
        if (o.personal()) {
            String language = v.language() == null ? locale.getLanguage() : v.language();
            return InvitationForm.person(language, v.countryCode());
        }
        int wanted = Math.min(DelegationForm.rows(rows), v.seatsLeft());
        return InvitationForm.delegation(Math.max(1, wanted), locale.getLanguage(), v.countryCode());
    }

    /** The form refused as a whole (seats, deadline, withdrawn…): the invitation as it stands now, and why. */
    private Mono<Rendering> refused(
            String token, InvitationForm typed, DomainException ex, String key, ServerWebExchange exchange) {
        return invitations.open(token, exchange).map(now -> {
            boolean open = invitations.closedBecause(now) == null;
            // no seat left at all: the invitation was used up (perhaps by this very form, in another tab)
            String type = ex.problemType().equals("invitation-seats-used")
                            && now.view().seatsLeft() <= 0
                    ? "invitation-full"
                    : ex.problemType();
            return page(
                    token,
                    now,
                    open ? typed : null,
                    FormErrors.none(),
                    invitations.notice(type, now, typed.filled().size()),
                    ex.status(),
                    key);
        });
    }

    /** "Already registered" next to the e-mail the refusal names, or for the whole form. */
    private FormErrors alreadyRegistered(InvitationForm typed, DomainException ex, Locale locale) {
        Object[] args = ex.arguments();
        String field = args.length > 0 ? typed.emailField(String.valueOf(args[0])) : "form";
        return FormErrors.of(List.of(FieldViolation.of(field, ex.problemType(), ex.getMessage())), words, locale);
    }

    private Rendering page(
            String token,
            Opened o,
            InvitationForm typed,
            FormErrors errors,
            Notice notice,
            HttpStatus status,
            String key) {
        Locale locale = o.locale();
        EventSummary event = EventSummary.of(o.event(), locale);
        InvitationSummary invitation = invitations.summary(o);
        int rows = typed == null ? 0 : typed.rows();
        int most = Math.min(DelegationForm.MAX_ROWS, o.view().seatsLeft());
        Integer moreRows = typed != null && !typed.personal() && rows < most
                ? Math.min(most, rows + DelegationForm.FIRST_ROWS)
                : null;
        String title = o.personal()
                ? words.text("invitation.title.person", locale)
                : words.text("invitation.title.delegation", locale, invitation.countryName());
        return PrivateLinks.privately(Rendering.view("delegate/invitation")
                        .modelAttribute(
                                "pageTitle",
                                errors.pageTitle(
                                        words.text("invitation.pageTitle", locale, event.title()), words, locale))
                        .modelAttribute("title", title)
                        .modelAttribute("token", token)
                        .modelAttribute("event", event)
                        .modelAttribute("invitation", invitation)
                        .modelAttribute("notice", notice)
                        .modelAttribute("typed", typed)
                        .modelAttribute("errors", errors)
                        .modelAttribute("options", FormOptions.in(locale, words))
                        .modelAttribute("rows", rows)
                        .modelAttribute("moreRows", moreRows)
                        .modelAttribute("formKey", FormKey.forPage(key))
                        .status(status))
                .build();
    }

    /** Who was registered, in the order typed, each with their status and their own private link. */
    record Registered(String name, String status, Integer waitlistPosition, String manageLink, String manageUrl) {}

    private Rendering confirmation(String token, Opened o, InvitationForm typed, InvitationAnswer.Accepted accepted) {
        Locale locale = o.locale();
        List<Registered> people = new ArrayList<>();
        for (int i = 0; i < accepted.registrations().size(); i++) {
            RegistrationResult r = accepted.registrations().get(i);
            String link = PrivateLinks.link(PrivateLinks.MY_REGISTRATION, r.manageToken());
            people.add(new Registered(
                    i < typed.filled().size() ? typed.nameOf(i) : "",
                    r.status().name(),
                    r.waitlistPosition(),
                    link,
                    links.absolute(link)));
        }
        return PrivateLinks.privately(Rendering.view("delegate/invitation-confirmation")
                        .modelAttribute("pageTitle", words.text("invitationConfirmation.title", locale))
                        .modelAttribute("token", token)
                        .modelAttribute("event", EventSummary.of(o.event(), locale))
                        .modelAttribute("personal", o.personal())
                        .modelAttribute("people", people)
                        .modelAttribute("seatsLeft", accepted.seatsLeft()))
                .build();
    }
}
