package org.cti.convene.web.console;

import java.util.UUID;
import org.cti.convene.audit.AuditLog;
import org.cti.convene.common.DomainException;
import org.cti.convene.common.EventAccess;
import org.cti.convene.common.StaffUser;
import org.cti.convene.events.Events;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The audit log in the console: filter by event, actor, action and period, page through, download as CSV.
 * Organisers see their events' entries, administrators everything (as in the API).
 */
@Controller
class AuditController {

    static final int PAGE_SIZE = 100;

    private final AuditLog log;
    private final EventAccess access;
    private final Events events;

    AuditController(AuditLog log, EventAccess access, Events events) {
        this.log = log;
        this.access = access;
        this.events = events;
    }

    @GetMapping("/console/audit")
    Mono<String> page(ServerWebExchange exchange, Model model) {
        var params = exchange.getRequest().getQueryParams();
        int page = Math.max(0, parse(params.getFirst("page")));
        model.addAttribute("params", params.toSingleValueMap());
        return reader(params)
                .flatMap(user -> Mono.zip(
                        log.page(user, filters(params), PAGE_SIZE, page * PAGE_SIZE),
                        events.all(null).filter(e -> user.mayWorkOn(e.id())).collectList()))
                .map(found -> {
                    model.addAttribute("entries", found.getT1().items());
                    model.addAttribute("total", found.getT1().total());
                    model.addAttribute("page", page);
                    model.addAttribute("pages", (found.getT1().total() + PAGE_SIZE - 1) / PAGE_SIZE);
                    model.addAttribute("events", found.getT2());
                    model.addAttribute("problem", null);
                    return "console/audit";
                })
                .onErrorResume(DomainException.class, e -> {
                    model.addAttribute("problem", e.getMessage());
                    model.addAttribute("entries", java.util.List.of());
                    model.addAttribute("total", 0);
                    model.addAttribute("page", 0);
                    model.addAttribute("pages", 0);
                    model.addAttribute("events", java.util.List.of());
                    return Mono.just("console/audit");
                });
    }

    @GetMapping("/console/audit.csv")
    @ResponseBody
    Mono<ResponseEntity<String>> csv(ServerWebExchange exchange) {
        var params = exchange.getRequest().getQueryParams();
        return reader(params)
                .flatMap(user -> log.csv(user, filters(params)))
                .map(body -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8")
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"")
                        .body(body));
    }

    private Mono<StaffUser> reader(MultiValueMap<String, String> params) {
        UUID event = eventId(params);
        return event == null ? access.current() : access.require(event);
    }

    private static AuditLog.Filters filters(MultiValueMap<String, String> params) {
        return AuditLog.Filters.of(
                eventId(params),
                params.getFirst("actor"),
                params.getFirst("action"),
                params.getFirst("from"),
                params.getFirst("to"));
    }

    private static UUID eventId(MultiValueMap<String, String> params) {
        String id = params.getFirst("eventId");
        try {
            return id == null || id.isBlank() ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int parse(String n) {
        try {
            return n == null ? 0 : Integer.parseInt(n);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
