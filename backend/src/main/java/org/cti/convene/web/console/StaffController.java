package org.cti.convene.web.console;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.cti.convene.common.DomainException;
import org.cti.convene.common.InvalidInputException;
import org.cti.convene.common.StaffRole;
import org.cti.convene.events.Event;
import org.cti.convene.events.Events;
import org.cti.convene.staff.StaffAccount;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.staff.StaffChange;
import org.cti.convene.staff.StaffInvitation;
import org.cti.convene.staff.StaffPasswords;
import org.cti.convene.web.Wording;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Administrators manage their colleagues here: invite with a role and the events they may work on, change
 * that, disable and re-enable, resend an invitation, send a password-reset link. Refusals (the last
 * administrator, an address already taken) come back on the same page in the reader's language.
 */
@Controller
class StaffController {

    private final StaffAccounts accounts;
    private final StaffPasswords passwords;
    private final Events events;
    private final Wording wording;

    StaffController(StaffAccounts accounts, StaffPasswords passwords, Events events, Wording wording) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.events = events;
        this.wording = wording;
    }

    @GetMapping("/console/staff")
    Mono<String> list(ServerWebExchange exchange, Model model) {
        model.addAttribute("done", exchange.getRequest().getQueryParams().getFirst("done"));
        return listPage(model, List.of());
    }

    @PostMapping("/console/staff")
    Mono<String> invite(ServerWebExchange exchange, Locale locale, Model model) {
        return exchange.getFormData().flatMap(form -> {
            model.addAttribute("form", form.toSingleValueMap());
            return Mono.defer(() -> accounts.invite(new StaffInvitation(
                            form.getFirst("email"),
                            form.getFirst("name"),
                            role(form),
                            eventIds(form),
                            form.getFirst("language"))))
                    .map(a -> "redirect:/console/staff?done=invited")
                    .onErrorResume(DomainException.class, e -> listPage(model, problems(e, locale)));
        });
    }

    @GetMapping("/console/staff/{id}")
    Mono<String> member(@PathVariable UUID id, ServerWebExchange exchange, Model model) {
        model.addAttribute("done", exchange.getRequest().getQueryParams().getFirst("done"));
        return memberPage(id, model, List.of());
    }

    @PostMapping("/console/staff/{id}")
    Mono<String> change(@PathVariable UUID id, ServerWebExchange exchange, Locale locale, Model model) {
        return exchange.getFormData()
                .flatMap(form -> Mono.defer(() -> accounts.change(
                                id,
                                new StaffChange(
                                        role(form),
                                        form.containsKey("allEvents") ? Set.of() : eventIds(form),
                                        "true".equals(form.getFirst("enabled")))))
                        .map(a -> "redirect:/console/staff/" + id + "?done=saved")
                        .onErrorResume(DomainException.class, e -> memberPage(id, model, problems(e, locale))));
    }

    @PostMapping("/console/staff/{id}/invitation")
    Mono<String> resend(@PathVariable UUID id, Locale locale, Model model) {
        return accounts.resendInvitation(id)
                .map(a -> "redirect:/console/staff/" + id + "?done=invited")
                .onErrorResume(DomainException.class, e -> memberPage(id, model, problems(e, locale)));
    }

    @PostMapping("/console/staff/{id}/password-reset")
    Mono<String> reset(@PathVariable UUID id, Locale locale, Model model) {
        return passwords
                .sendReset(id)
                .thenReturn("redirect:/console/staff/" + id + "?done=reset")
                .onErrorResume(DomainException.class, e -> memberPage(id, model, problems(e, locale)));
    }

    private Mono<String> listPage(Model model, List<String> problems) {
        model.addAttribute("problems", problems);
        model.addAttribute("roles", StaffRole.values());
        return Mono.zip(accounts.list().collectList(), events.all(null).collectList())
                .map(found -> {
                    model.addAttribute("members", found.getT1());
                    model.addAttribute("events", found.getT2());
                    return "console/staff";
                });
    }

    private Mono<String> memberPage(UUID id, Model model, List<String> problems) {
        model.addAttribute("problems", problems);
        model.addAttribute("roles", StaffRole.values());
        return Mono.zip(accounts.find(id), events.all(null).collectList()).map(found -> {
            StaffAccount member = found.getT1();
            model.addAttribute("member", member);
            model.addAttribute("events", found.getT2());
            model.addAttribute(
                    "eventTitles",
                    found.getT2().stream()
                            .filter(e -> member.eventIds().contains(e.id()))
                            .map(Event::slug)
                            .toList());
            return "console/staff-member";
        });
    }

    private List<String> problems(DomainException e, Locale locale) {
        return wording.problems(e, "console.problem.", locale);
    }

    private static StaffRole role(MultiValueMap<String, String> form) {
        String role = form.getFirst("role");
        try {
            return role == null ? null : StaffRole.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("role", "invalid", "Choose a role.");
        }
    }

    private static Set<UUID> eventIds(MultiValueMap<String, String> form) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String id : form.getOrDefault("eventIds", List.of())) {
            try {
                ids.add(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("eventIds", "unknown-event", "One of the events does not exist.");
            }
        }
        return ids;
    }
}
