package org.cti.convene.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.cti.convene.common.EventAccess;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Audit log", description = "Who changed what, and who read personal data in bulk")
@SecurityRequirement(name = "basic")
class AdminAuditController {

    private final AuditLog log;
    private final EventAccess access;

    AdminAuditController(AuditLog log, EventAccess access) {
        this.log = log;
        this.access = access;
    }

    @GetMapping("/api/v1/admin/audit")
    @Operation(
            summary = "Audit entries, newest first",
            description = "Filters: eventId, actor (part of the e-mail or label, or an id), action (exact, or a prefix "
                    + "such as 'registration'), from/to (ISO instants, to exclusive). Organisers see their events' "
                    + "entries; administrators everything. limit ≤ 1000.")
    Mono<AuditLog.Page> list(
            @RequestParam(required = false) UUID eventId,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        var filters = filters(eventId, actor, action, from, to);
        return reader(eventId).flatMap(user -> log.page(user, filters, limit, offset));
    }

    @GetMapping(path = "/api/v1/admin/audit.csv", produces = "text/csv")
    @Operation(summary = "The same entries as CSV (at most 10,000)")
    Mono<ResponseEntity<String>> csv(
            @RequestParam(required = false) UUID eventId,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        var filters = filters(eventId, actor, action, from, to);
        return reader(eventId)
                .flatMap(user -> log.csv(user, filters))
                .map(body -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8")
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"")
                        .body(body));
    }

    /** Asking about an event outside one's scope is a 404, as everywhere else. */
    private Mono<org.cti.convene.common.StaffUser> reader(UUID eventId) {
        return eventId == null ? access.current() : access.require(eventId);
    }

    private static AuditLog.Filters filters(UUID eventId, String actor, String action, String from, String to) {
        return AuditLog.Filters.of(eventId, actor, action, from, to);
    }
}
