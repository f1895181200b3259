package org.cti.convene.web.console;

import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.cti.convene.audit.AuditLog;
import org.cti.convene.common.Countries;
import org.cti.convene.common.NotFoundException;
import org.cti.convene.events.Events;
import org.cti.convene.mail.MailLog;
import org.cti.convene.mail.MailLogQuery;
import org.cti.convene.registration.Registrations;
import org.cti.convene.web.TimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import reactor.core.publisher.Mono;

/**
 * One registration as the event's staff see it: everything the person gave (dietary and accessibility needs,
 * visa letter, phone), the history of its statuses from the audit trail, and the mails sent to them.
 */
@Controller
class RegistrationDetailController {

    private final Registrations registrations;
    private final Events events;
    private final AuditLog audit;
    private final MailLog mails;
    private final Permissions permissions;

    RegistrationDetailController(
            Registrations registrations, Events events, AuditLog audit, MailLog mails, Permissions permissions) {
        this.registrations = registrations;
        this.events = events;
        this.audit = audit;
        this.mails = mails;
        this.permissions = permissions;
    }

    @GetMapping("/console/events/{id}/registrations/{registrationId}")
    Mono<String> show(@PathVariable UUID id, @PathVariable UUID registrationId, Locale locale, Model model) {
        return permissions
                .toChange(id)
                .flatMap(user -> registrations
                        .find(registrationId)
                        .filter(r -> r.eventId().equals(id))
                        .switchIfEmpty(Mono.error(new NotFoundException("No registration " + registrationId + ".")))
                        .flatMap(r -> Mono.zip(
                                        events.find(id),
                                        audit.page(user, AuditLog.Filters.about(id, registrationId), 200, 0),
                                        mails.page(new MailLogQuery(null, r.email(), id, 0, 100)))
                                .map(found -> {
                                    var event = found.getT1();
                                    model.addAttribute("event", EventView.of(event, locale));
                                    model.addAttribute("registration", r);
                                    model.addAttribute("country", Countries.name(r.countryCode(), locale));
                                    model.addAttribute("history", found.getT2().items());
                                    model.addAttribute("mails", found.getT3().items());
                                    model.addAttribute(
                                            "sessions",
                                            event.sessions().stream()
                                                    .filter(s -> r.sessionIds().contains(s.id()))
                                                    .map(s -> s.titleIn(locale.getLanguage()))
                                                    .toList());
                                    model.addAttribute("times", new TimeFormat(ZoneId.of("UTC"), locale));
                                    model.addAttribute("listPath", AttendeeListModel.path(id));
                                    return "console/registration";
                                })));
    }
}
