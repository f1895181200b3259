package org.cti.convene.web.console;

import java.util.List;
import java.util.Locale;
import org.cti.convene.common.DomainException;
import org.cti.convene.common.InvalidInputException;
import org.cti.convene.staff.PasswordPolicy;
import org.cti.convene.staff.StaffPasswords;
import org.cti.convene.web.Wording;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The pages a mailed link opens: an invited colleague chooses a first password ({@code /console/welcome/…}),
 * someone who forgot theirs chooses a new one ({@code /console/password/…}); and the form that asks for such a
 * link, whose answer is the same whether or not the address has an account.
 */
@Controller
class PasswordLinkController {

    private final StaffPasswords passwords;
    private final Wording wording;

    PasswordLinkController(StaffPasswords passwords, Wording wording) {
        this.passwords = passwords;
        this.wording = wording;
    }

    @GetMapping({"/console/welcome/{token}", "/console/password/{token}"})
    Mono<String> show(@PathVariable String token, ServerWebExchange exchange, Model model) {
        return page(token, exchange, model, List.of());
    }

    @PostMapping({"/console/welcome/{token}", "/console/password/{token}"})
    Mono<String> choose(@PathVariable String token, ServerWebExchange exchange, Locale locale, Model model) {
        return exchange.getFormData().flatMap(form -> {
            String password = form.getFirst("password");
            if (password == null || !password.equals(form.getFirst("confirmation"))) {
                return page(token, exchange, model, List.of(wording.text("console.password.mismatch", locale)));
            }
            return passwords
                    .choose(token, password)
                    .thenReturn("redirect:/console/login?welcome")
                    .onErrorResume(
                            InvalidInputException.class,
                            e -> page(
                                    token,
                                    exchange,
                                    model,
                                    e.violations().stream()
                                            .map(v -> wording.violation(v, locale))
                                            .toList()))
                    .onErrorResume(DomainException.class, e -> page(token, exchange, model, List.of()));
        });
    }

    @GetMapping("/console/password")
    String forgot() {
        return "console/password-forgot";
    }

    @PostMapping("/console/password")
    Mono<String> requestLink(ServerWebExchange exchange, Model model) {
        return exchange.getFormData()
                .flatMap(form -> passwords.requestReset(form.getFirst("email")))
                .then(Mono.fromSupplier(() -> {
                    model.addAttribute("sent", true);
                    return "console/password-forgot";
                }));
    }

    private Mono<String> page(String token, ServerWebExchange exchange, Model model, List<String> problems) {
        ServerHttpResponse response = exchange.getResponse();
        // the form posts back to the address it came from (welcome or password), with its CSRF token
        model.addAttribute("action", exchange.getRequest().getPath().value());
        model.addAttribute("problems", problems);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return passwords
                .holder(token)
                .map(holder -> {
                    model.addAttribute("holder", holder);
                    if (!problems.isEmpty()) {
                        response.setStatusCode(HttpStatus.UNPROCESSABLE_ENTITY);
                    }
                    return "console/password-choose";
                })
                .switchIfEmpty(Mono.fromSupplier(() -> {
                    response.setStatusCode(HttpStatus.NOT_FOUND);
                    return "console/password-link-gone";
                }));
    }
}
