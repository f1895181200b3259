package org.cti.convene.web.delegate;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.cti.convene.common.Countries;
import org.cti.convene.common.DomainException;
import org.cti.convene.common.InvalidInputException;
import org.cti.convene.common.NotFoundException;
import org.cti.convene.events.Events;
import org.cti.convene.registration.Delegation;
import org.cti.convene.registration.Delegations;
import org.cti.convene.registration.Registration;
import org.cti.convene.registration.SubstitutionRequest;
import org.cti.convene.web.LanguageResolver;
import org.cti.convene.web.Wording;
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
    private final RefusalPage refusals;
    private final Wording words;

    MyDelegationPageController(Delegations delegations, Events events, RefusalPage refusals, Wording words) {
        this.delegations = delegations;
        this.events = events;
        this.refusals = refusals;
        this.words = words;
    }

    @GetMapping(PrivateLinks.MY_DELEGATION)
    Mono<Rendering> page(
            @RequestParam(required = false) String token,
            @RequestParam(required = false) String done,
            ServerWebExchange exchange,
            Locale locale) {
        String link = PrivateLinks.link(PrivateLinks.MY_DELEGATION, token);
        return delegations
                .byToken(token)
                .flatMap(d -> events.find(d.eventId()).map(e -> {
                    Locale language = LanguageResolver.forPerson(exchange, d.headLanguage());
                    return PrivateLinks.privately(Rendering.view("delegate/my-delegation")
                                    .modelAttribute("pageTitle", words.text("myDelegation.pageTitle", language))
                                    .modelAttribute("event", EventSummary.of(e, language))
                                    .modelAttribute("delegation", d)
                                    .modelAttribute("countryName", Countries.name(d.countryCode(), language))
                                    .modelAttribute("token", token)
                                    .modelAttribute("done", done != null && DONE.contains(done) ? done : null)
                                    .modelAttribute("currentPath", link))
                            .build();
                }))
                .onErrorResume(NotFoundException.class, ex -> Mono.just(refusals.invalidLink(locale)));
    }

    /** The form for the person who takes a delegate's place. */
    @PostMapping(PrivateLinks.MY_DELEGATION + "/substitute-form")
    Mono<Rendering> substituteForm(ServerWebExchange exchange, Locale locale) {
        return withDelegate(
                exchange,
                locale,
                (found, form) -> Mono.just(substitutePage(
                        found,
                        PersonFields.blank(found.locale().getLanguage()),
                        false,
                        FormErrors.none(),
                        HttpStatus.OK)));
    }

    @PostMapping(PrivateLinks.MY_DELEGATION + "/substitute")
    Mono<Rendering> substitute(ServerWebExchange exchange, Locale locale) {
        return withDelegate(exchange, locale, (found, form) -> {
            boolean consent = PersonFields.checked(form, "consent");
            PersonFields typed = PersonFields.read(form, "replacement.")
                    .withCountry(found.delegation().countryCode())
                    .withConsent(consent);
            return Mono.fromCallable(typed::request)
                    .onErrorMap(
                            InvalidInputException.class,
                            e -> new InvalidInputException(e.violations().stream()
                                    .map(v -> v.under("replacement."))
                                    .toList()))
                    .flatMap(replacement -> delegations.substitute(
                            found.token(),
                            new SubstitutionRequest(found.delegate().id(), replacement)))
                    .then(PrivateLinks.seeOther(PrivateLinks.MY_DELEGATION, found.token(), "substituted"))
                    .onErrorResume(
                            InvalidInputException.class,
                            ex -> Mono.just(substitutePage(
                                    found,
                                    typed,
                                    consent,
                                    FormErrors.of(
                                            ex.violations(),
                                            words,
                                            found.locale(),
                                            MyDelegationPageController::formField),
                                    ex.status())))
                    .onErrorResume(DomainException.class, ex -> Mono.just(refusals.of(ex, null, null, found.locale())));
        });
    }

    @PostMapping(PrivateLinks.MY_DELEGATION + "/cancel-confirmation")
    Mono<Rendering> confirmCancel(ServerWebExchange exchange, Locale locale) {
        return withDelegate(exchange, locale, (found, form) -> {
            String link = PrivateLinks.link(PrivateLinks.MY_DELEGATION, found.token());
            return Mono.just(PrivateLinks.privately(Rendering.view("delegate/cancel-delegate")
                            .modelAttribute("pageTitle", words.text("cancelDelegate.title", found.locale()))
                            .modelAttribute("event", found.event())
                            .modelAttribute("delegate", found.delegate())
                            .modelAttribute("token", found.token())
                            .modelAttribute("backLink", link)
                            .modelAttribute("currentPath", link))
                    .build());
        });
    }

    @PostMapping(PrivateLinks.MY_DELEGATION + "/cancel")
    Mono<Rendering> cancel(ServerWebExchange exchange, Locale locale) {
        return exchange.getFormData().flatMap(form -> {
            String token = form.getFirst("token");
            Optional<UUID> id = uuid(form.getFirst("registrationId"));
            if (id.isEmpty()) {
                return Mono.just(refusals.invalidLink(locale));
            }
            return delegations
                    .cancelDelegate(token, id.get())
                    .then(PrivateLinks.seeOther(PrivateLinks.MY_DELEGATION, token, "cancelled"))
                    .onErrorResume(
                            ex -> DomainException.is(ex, "already-cancelled"),
                            ex -> PrivateLinks.seeOther(PrivateLinks.MY_DELEGATION, token, "cancelled"))
                    .onErrorResume(NotFoundException.class, ex -> Mono.just(refusals.invalidLink(locale)));
        });
    }

    /** One current delegate of the delegation behind a token, with the event and the head's language. */
    private record Found(
            Delegation delegation, Registration delegate, String token, EventSummary event, Locale locale) {}

    /**
     * Finds the delegation behind the form's token and one of its current delegates; an unknown token or a
     * delegate already replaced or cancelled (a second click, an old tab) gets a page that says so.
     */
    private Mono<Rendering> withDelegate(
            ServerWebExchange exchange,
            Locale locale,
            BiFunction<Found, MultiValueMap<String, String>, Mono<Rendering>> then) {
        return exchange.getFormData().flatMap(form -> {
            String token = form.getFirst("token");
            Optional<UUID> id = uuid(form.getFirst("registrationId"));
            return delegations
                    .byToken(token)
                    .flatMap(d -> events.find(d.eventId()).flatMap(e -> {
                        Locale language = LanguageResolver.forPerson(exchange, d.headLanguage());
                        return d.delegates().stream()
                                .filter(r -> id.isPresent()
                                        && r.id().equals(id.get())
                                        && r.status().isLive())
                                .findFirst()
                                .map(r -> then.apply(
                                        new Found(d, r, token, EventSummary.of(e, language), language), form))
                                .orElseGet(() -> Mono.just(
                                        refusals.of("not-a-current-delegate", HttpStatus.NOT_FOUND, language)));
                    }))
                    .onErrorResume(NotFoundException.class, ex -> Mono.just(refusals.invalidLink(locale)));
        });
    }

    private Rendering substitutePage(
            Found found, PersonFields typed, boolean consent, FormErrors errors, HttpStatus status) {
        Locale locale = found.locale();
        String link = PrivateLinks.link(PrivateLinks.MY_DELEGATION, found.token());
        return PrivateLinks.privately(Rendering.view("delegate/substitute")
                        .modelAttribute(
                                "pageTitle",
                                errors.pageTitle(words.text("substitute.pageTitle", locale), words, locale))
                        .modelAttribute("delegate", found.delegate())
                        .modelAttribute("event", found.event())
                        .modelAttribute(
                                "countryName", Countries.name(found.delegation().countryCode(), locale))
                        .modelAttribute("person", PersonBlock.replacement(typed))
                        .modelAttribute("consent", consent)
                        .modelAttribute("options", FormOptions.in(locale, words))
                        .modelAttribute("errors", errors)
                        .modelAttribute("token", found.token())
                        .modelAttribute("backLink", link)
                        .modelAttribute("currentPath", link)
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
