package org.cti.convene.web.delegate;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cti.convene.common.DomainException;
import org.cti.convene.common.InputValidator;
import org.cti.convene.common.InvalidInputException;
import org.cti.convene.common.NotFoundException;
import org.cti.convene.events.Events;
import org.cti.convene.registration.Delegation;
import org.cti.convene.registration.Delegations;
import org.cti.convene.registration.Registration;
import org.cti.convene.registration.SubstitutionRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The head of delegation's private page ({@code /my/delegation?token=…}): every delegate with their status;
 * substitute one (the newcomer keeps the seat or the place on the waiting list) or cancel one after a
 * confirmation. As on "my registration", forms carry the token in their body.
 */
@Controller
class MyDelegationPageController {

    private static final Set<String> DONE = Set.of("substituted", "cancelled");

    private final Delegations delegations;
    private final Events events;
    private final InputValidator validator;
    private final DelegatePages pages;

    MyDelegationPageController(Delegations delegations, Events events, InputValidator validator, DelegatePages pages) {
        this.delegations = delegations;
        this.events = events;
        this.validator = validator;
        this.pages = pages;
    }

    @GetMapping(DelegatePages.MY_DELEGATION)
    Mono<Rendering> page(
            @RequestParam(required = false) String token, @RequestParam(required = false) String done, Locale locale) {
        return delegations
                .byToken(token)
                .flatMap(d -> events.find(d.eventId())
                        .map(e -> DelegatePages.privately(Rendering.view("delegate/my-delegation")
                                        .modelAttribute("pageTitle", pages.text("myDelegation.pageTitle", locale))
                                        .modelAttribute("event", EventSummary.of(e, locale))
                                        .modelAttribute("delegation", d)
                                        .modelAttribute("countryName", Countries.name(d.countryCode(), locale))
                                        .modelAttribute("token", token)
                                        .modelAttribute("done", done != null && DONE.contains(done) ? done : null)
                                        .modelAttribute(
                                                "currentPath", DelegatePages.link(DelegatePages.MY_DELEGATION, token)))
                                .build()))
                .onErrorResume(NotFoundException.class, ex -> Mono.just(pages.invalidLink(locale)));
    }

    /** The form for the person who takes a delegate's place. */
    @PostMapping(DelegatePages.MY_DELEGATION + "/substitute-form")
    Mono<Rendering> substituteForm(ServerWebExchange exchange, Locale locale) {
        return exchange.getFormData()
                .flatMap(form -> withDelegate(
                        form,
                        locale,
                        (d, old, token, event) -> Mono.just(substitutePage(
                                d,
                                old,
                                token,
                                event,
                                PersonFields.blank(locale.getLanguage()),
                                false,
                                FormErrors.none(),
                                HttpStatus.OK,
                                locale))));
    }

    @PostMapping(DelegatePages.MY_DELEGATION + "/substitute")
    Mono<Rendering> substitute(ServerWebExchange exchange, Locale locale) {
        return exchange.getFormData()
                .flatMap(form -> withDelegate(form, locale, (d, old, token, event) -> {
                    boolean consent = PersonFields.checked(form, "consent");
                    PersonFields typed = PersonFields.read(form, "replacement.")
                            .withCountry(d.countryCode())
                            .withConsent(consent);
                    return Mono.fromCallable(() -> RegistrationPageController.request(typed, validator))
                            .onErrorMap(
                                    InvalidInputException.class,
                                    e -> new InvalidInputException(e.violations().stream()
                                            .map(v -> new org.cti.convene.common.FieldViolation(
                                                    "replacement." + v.field(), v.message()))
                                            .toList()))
                            .flatMap(replacement ->
                                    delegations.substitute(token, new SubstitutionRequest(old.id(), replacement)))
                            .then(DelegatePages.seeOther(DelegatePages.MY_DELEGATION, token, "substituted"))
                            .onErrorResume(
                                    InvalidInputException.class,
                                    ex -> Mono.just(substitutePage(
                                            d,
                                            old,
                                            token,
                                            event,
                                            typed,
                                            consent,
                                            pages.errors(
                                                    ex.violations(), locale, MyDelegationPageController::formField),
                                            HttpStatus.BAD_REQUEST,
                                            locale)))
                            .onErrorResume(
                                    DomainException.class, ex -> Mono.just(pages.problem(ex, null, null, locale)));
                }));
    }

    @PostMapping(DelegatePages.MY_DELEGATION + "/cancel-confirmation")
    Mono<Rendering> confirmCancel(ServerWebExchange exchange, Locale locale) {
        return exchange.getFormData()
                .flatMap(form -> withDelegate(
                        form,
                        locale,
                        (d, old, token, event) -> Mono.just(DelegatePages.privately(Rendering.view(
                                                "delegate/cancel-delegate")
                                        .modelAttribute("pageTitle", pages.text("cancelDelegate.title", locale))
                                        .modelAttribute("event", event)
                                        .modelAttribute("delegate", old)
                                        .modelAttribute("token", token)
                                        .modelAttribute(
                                                "backLink", DelegatePages.link(DelegatePages.MY_DELEGATION, token))
                                        .modelAttribute(
                                                "currentPath", DelegatePages.link(DelegatePages.MY_DELEGATION, token)))
                                .build())));
    }

    @PostMapping(DelegatePages.MY_DELEGATION + "/cancel")
    Mono<Rendering> cancel(ServerWebExchange exchange, Locale locale) {
        return exchange.getFormData().flatMap(form -> {
            String token = form.getFirst("token");
            Optional<UUID> id = uuid(form.getFirst("registrationId"));
            if (id.isEmpty()) {
                return Mono.just(pages.invalidLink(locale));
            }
            return delegations
                    .cancelDelegate(token, id.get())
                    .then(DelegatePages.seeOther(DelegatePages.MY_DELEGATION, token, "cancelled"))
                    .onErrorResume(
                            ex -> DelegatePages.isProblem(ex, "already-cancelled"),
                            ex -> DelegatePages.seeOther(DelegatePages.MY_DELEGATION, token, "cancelled"))
                    .onErrorResume(NotFoundException.class, ex -> Mono.just(pages.invalidLink(locale)));
        });
    }

    interface WithDelegate {
        Mono<Rendering> apply(Delegation delegation, Registration delegate, String token, EventSummary event);
    }

    /**
     * Finds the delegation behind the token and one of its current delegates; an unknown token or a delegate
     * already replaced or cancelled (a second click, an old tab) gets a page that says so.
     */
    private Mono<Rendering> withDelegate(MultiValueMap<String, String> form, Locale locale, WithDelegate then) {
        String token = form.getFirst("token");
        Optional<UUID> id = uuid(form.getFirst("registrationId"));
        return delegations
                .byToken(token)
                .flatMap(d -> events.find(d.eventId()).flatMap(e -> {
                    Registration delegate = d.delegates().stream()
                            .filter(r -> id.isPresent()
                                    && r.id().equals(id.get())
                                    && r.status().isLive())
                            .findFirst()
                            .orElse(null);
                    return delegate == null
                            ? Mono.just(pages.problem(
                                    "not-a-current-delegate", HttpStatus.NOT_FOUND, null, null, null, locale))
                            : then.apply(d, delegate, token, EventSummary.of(e, locale));
                }))
                .onErrorResume(NotFoundException.class, ex -> Mono.just(pages.invalidLink(locale)));
    }

    private Rendering substitutePage(
            Delegation d,
            Registration old,
            String token,
            EventSummary event,
            PersonFields typed,
            boolean consent,
            FormErrors errors,
            HttpStatus status,
            Locale locale) {
        return DelegatePages.privately(Rendering.view("delegate/substitute")
                        .modelAttribute("pageTitle", pages.title("substitute.pageTitle", errors, locale))
                        .modelAttribute("delegate", old)
                        .modelAttribute("event", event)
                        .modelAttribute("countryName", Countries.name(d.countryCode(), locale))
                        .modelAttribute("person", PersonBlock.replacement(typed))
                        .modelAttribute("consent", consent)
                        .modelAttribute("options", pages.options(locale))
                        .modelAttribute("errors", errors)
                        .modelAttribute("token", token)
                        .modelAttribute("backLink", DelegatePages.link(DelegatePages.MY_DELEGATION, token))
                        .modelAttribute("currentPath", DelegatePages.link(DelegatePages.MY_DELEGATION, token))
                        .status(status))
                .build();
    }

    /** The country is the delegation's and the consent is one box; their errors go there. */
    static String formField(String apiField) {
        return switch (apiField) {
            case "replacement.consent" -> "consent";
            case "replacement.countryCode" -> "countryCode";
            default -> apiField;
        };
    }

    private static Optional<UUID> uuid(String s) {
        try {
            return s == null ? Optional.empty() : Optional.of(UUID.fromString(s.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
