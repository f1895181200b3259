package org.cti.convene.web.console;

import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cti.convene.events.Event;
import org.cti.convene.events.Events;
import org.cti.convene.mail.MailLog;
import org.cti.convene.mail.MailLogEntry;
import org.cti.convene.mail.MailStatus;
import org.cti.convene.web.TimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The mail log: what Convene sent to whom, what failed and why, filtered by status, recipient and event, with
 * "send again". Times are in UTC, since one log spans events in many zones. Accounts limited to some events
 * see those events' mails only (the mail feature decides).
 */
@Controller
class MailController {

    static final int PAGE_SIZE = 50;

    private final MailLog log;
    private final Events events;
    private final Permissions permissions;

    MailController(MailLog log, Events events, Permissions permissions) {
        this.log = log;
        this.events = events;
        this.permissions = permissions;
    }

    /** One mail as the log shows it; {@code resendKey} makes a double click on "send again" send one copy. */
    record Row(
            UUID id,
            String queuedAt,
            String kind,
            String recipientName,
            String recipientEmail,
            UUID eventId,
            String eventTitle,
            String status,
            int attempts,
            String lastError,
            String sentAt,
            boolean resent,
            String resendKey) {}

    @GetMapping("/console/mail")
    Mono<String> list(ServerWebExchange exchange, Locale locale, Model model) {
        MultiValueMap<String, String> params = exchange.getRequest().getQueryParams();
        MailFilters filters = MailFilters.of(params);
        model.addAttribute("done", "resent".equals(params.getFirst("done")) ? "resent" : null);
        return permissions
                .toManage()
                .flatMap(user -> Mono.zip(
                        log.page(filters.mailLogQuery(PAGE_SIZE)),
                        events.all(null).filter(e -> user.mayWorkOn(e.id())).collectList()))
                .map(found -> {
                    String language = locale.getLanguage();
                    Map<UUID, String> titles =
                            found.getT2().stream().collect(Collectors.toMap(Event::id, e -> e.titleIn(language)));
                    TimeFormat utc = new TimeFormat(ZoneOffset.UTC, locale);
                    long total = found.getT1().total();
                    model.addAttribute(
                            "rows",
                            found.getT1().items().stream()
                                    .map(e -> row(e, titles, utc))
                                    .toList());
                    model.addAttribute("total", total);
                    model.addAttribute("lastPage", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
                    model.addAttribute("filters", filters);
                    model.addAttribute("statuses", MailStatus.values());
                    model.addAttribute(
                            "eventOptions",
                            found.getT2().stream()
                                    .sorted(Comparator.comparing(Event::startsAt)
                                            .reversed())
                                    .map(e -> new Choices.Option(e.id().toString(), e.titleIn(language)))
                                    .toList());
                    model.addAttribute("eventTitle", filters.event() == null ? null : titles.get(filters.event()));
                    return "console/mail";
                });
    }

    @PostMapping("/console/mail/{mailId}/resend")
    Mono<Rendering> resend(@PathVariable UUID mailId, ServerWebExchange exchange) {
        return permissions
                .toManage()
                .then(exchange.getFormData())
                .flatMap(form -> log.resend(mailId, form.getFirst("key")).thenReturn(form))
                .map(form -> {
                    MailFilters back = MailFilters.of(Queries.decode(form.getFirst("back")));
                    String query = back.query();
                    return Rendering.redirectTo(
                                    Queries.link("/console/mail", (query.isEmpty() ? "" : query + "&") + "done=resent"))
                            .status(HttpStatus.SEE_OTHER)
                            .build();
                });
    }

    private static Row row(MailLogEntry e, Map<UUID, String> titles, TimeFormat utc) {
        return new Row(
                e.id(),
                utc.dateTime(e.createdAt()),
                String.valueOf(e.kind()),
                e.recipientName(),
                e.recipientEmail(),
                e.eventId(),
                e.eventId() == null ? null : titles.get(e.eventId()),
                e.status().name(),
                e.attempts(),
                e.lastError(),
                e.sentAt() == null ? null : utc.dateTime(e.sentAt()),
                e.resentFrom() != null,
                UUID.randomUUID().toString());
    }
}
