package org.cti.convene.web.console;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cti.convene.common.DomainException;
import org.cti.convene.common.EventAccess;
import org.cti.convene.common.InvalidInputException;
import org.cti.convene.staff.ApiTokens;
import org.cti.convene.staff.PasswordPolicy;
import org.cti.convene.staff.StaffPasswords;
import org.cti.convene.web.Wording;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every member of staff's own page: change the password (which signs them out everywhere, this browser
 * included) and manage personal API tokens, a new one shown exactly once.
 */
@Controller
class AccountPageController {

    private final EventAccess access;
    private final StaffPasswords passwords;
    private final ApiTokens tokens;
    private final Wording wording;

    AccountPageController(EventAccess access, StaffPasswords passwords, ApiTokens tokens, Wording wording) {
        this.access = access;
        this.passwords = passwords;
        this.tokens = tokens;
        this.wording = wording;
    }

    @GetMapping("/console/account")
    Mono<String> show(ServerWebExchange exchange, Model model) {
        model.addAttribute("done", exchange.getRequest().getQueryParams().getFirst("done"));
        return page(model, List.of(), null);
    }

    @PostMapping("/console/account/password")
    Mono<String> changePassword(ServerWebExchange exchange, Locale locale, Model model) {
        return exchange.getFormData().flatMap(form -> {
            if (form.getFirst("newPassword") == null
                    || !form.getFirst("newPassword").equals(form.getFirst("confirmation"))) {
                return page(model, List.of(wording.text("console.password.mismatch", locale)), null);
            }
            return access.current()
                    .flatMap(user ->
                            passwords.change(user, form.getFirst("currentPassword"), form.getFirst("newPassword")))
                    .thenReturn("redirect:/console/login?changed")
                    .onErrorResume(DomainException.class, e -> page(model, problems(e, locale), null));
        });
    }

    @PostMapping("/console/account/tokens")
    Mono<String> createToken(ServerWebExchange exchange, Locale locale, Model model) {
        return exchange.getFormData()
                .flatMap(form -> access.current()
                        .flatMap(user -> Mono.defer(
                                () -> tokens.create(user, form.getFirst("name"), expiry(form.getFirst("expiresOn")))))
                        .flatMap(created -> page(model, List.of(), created))
                        .onErrorResume(DomainException.class, e -> page(model, problems(e, locale), null)));
    }

    @PostMapping("/console/account/tokens/{id}/revoke")
    Mono<String> revoke(@PathVariable UUID id, Locale locale, Model model) {
        return access.current()
                .flatMap(user -> tokens.revoke(user, id))
                .thenReturn("redirect:/console/account?done=revoked")
                .onErrorResume(DomainException.class, e -> page(model, problems(e, locale), null));
    }

    private Mono<String> page(Model model, List<String> problems, ApiTokens.CreatedToken created) {
        model.addAttribute("problems", problems);
        model.addAttribute("created", created);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return access.current().flatMap(user -> tokens.mine(user).collectList()).map(list -> {
            model.addAttribute("tokens", list);
            return "console/account";
        });
    }

    private List<String> problems(DomainException e, Locale locale) {
        return wording.problems(e, "console.problem.", locale);
    }

    /** The end of the chosen day in UTC; no date means the default (90 days). */
    private static OffsetDateTime expiry(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date)
                    .plusDays(1)
                    .atStartOfDay()
                    .atOffset(ZoneOffset.UTC)
                    .minusSeconds(1);
        } catch (DateTimeException e) { // unreadable, or a year such as +999999999 that overflows
            throw new InvalidInputException(
                    "expiresAt", "token-expiry", "A token expires in the future and within a year.");
        }
    }
}
