package org.cti.convene.mail;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/admin/mail")
@Tag(name = "Mail (organisers)", description = "The mail log: what was sent to whom, what failed and why")
@SecurityRequirement(name = "basic")
class AdminMailController {

    private final MailLog log;

    AdminMailController(MailLog log) {
        this.log = log;
    }

    @GetMapping
    @Operation(summary = "The mail log, newest first: kind, recipient, status, attempts, last error, times")
    Mono<MailLogPage> list(
            @RequestParam(required = false) MailStatus status,
            @Parameter(description = "part of the recipient's address") @RequestParam(required = false) String to,
            @RequestParam(required = false) UUID eventId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return log.page(new MailLogQuery(status, to, eventId, page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One mail of the log")
    Mono<MailLogEntry> one(@PathVariable UUID id) {
        return log.find(id);
    }

    @PostMapping("/{id}/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Send a mail again",
            description = "Queues a new copy (new id and Message-ID, rendered afresh with the current private link) "
                    + "and leaves the original in the log untouched; the copy's resentFrom names the original. "
                    + "Works for sent and failed mails alike.")
    Mono<MailLogEntry> resend(
            @PathVariable UUID id,
            @Parameter(description = "repeat-safe key; the same key returns the first copy")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    String idempotencyKey) {
        return log.resend(id, idempotencyKey);
    }
}
