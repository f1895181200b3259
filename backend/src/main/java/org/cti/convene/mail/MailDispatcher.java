package org.cti.convene.mail;

import jakarta.mail.internet.AddressException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.cti.convene.common.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailParseException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Works off the outbox: claims due rows (safe with any number of instances: {@code FOR UPDATE SKIP LOCKED}
 * and a lease), composes, sends, and records the outcome. A failed attempt is retried with exponential
 * backoff until {@code convene.mail.max-attempts}; the change that caused the mail committed long before and
 * is never touched.
 *
 * <p>Delivery is at least once, as SMTP allows no better: a sender killed after the server accepted a mail
 * but before recording it sends that mail again when its lease runs out, with the same Message-ID.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int PARALLEL_SENDS = 4;

    private final MailOutboxRepository rows;
    private final MailComposer composer;
    private final MimeMails mime;
    private final MailTransport transport;
    private final MailSettings settings;
    private final Clock clock;
    private final String name;

    MailDispatcher(
            MailOutboxRepository rows,
            MailComposer composer,
            MimeMails mime,
            MailTransport transport,
            MailSettings settings,
            Clock clock) {
        this.rows = rows;
        this.composer = composer;
        this.mime = mime;
        this.transport = transport;
        this.settings = settings;
        this.clock = clock;
        this.name = ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The name this sender claims rows under (host, process and a random part). */
    String name() {
        return name;
    }

    /** Sends every row that is due, batch after batch; emits how many rows were attempted. */
    Mono<Long> drain() {
        return batch().expand(n -> n == settings.batchSize() ? batch() : Mono.empty())
                .reduce(0L, Long::sum);
    }

    private Mono<Long> batch() {
        return atMost(settings.batchSize(), PARALLEL_SENDS);
    }

    /** Sends at most {@code limit} due rows, {@code parallel} at a time; emits how many were attempted. */
    Mono<Long> atMost(int limit, int parallel) {
        return Mono.defer(() -> {
            Instant now = clock.instant();
            return rows.claim(name, now, now.plus(settings.lease()), limit)
                    .flatMap(row -> deliver(row).thenReturn(row.id()), parallel)
                    .count();
        });
    }

    private Mono<Void> deliver(OutboxRow row) {
        return composer.compose(row)
                .map(mail -> mime.build(row, mail, clock.instant()))
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("The mail came out empty")))
                .flatMap(message -> transport.send(row, message))
                .then(Mono.just(true))
                .onErrorResume(e -> failed(row, e).thenReturn(false))
                .flatMap(sent -> sent ? sent(row) : Mono.empty());
    }

    private Mono<Void> sent(OutboxRow row) {
        return rows.markSent(row.id(), name, clock.instant(), mime.messageId(row))
                .doOnNext(mine -> {
                    if (!mine) {
                        log.warn(
                                "Mail {} was sent but its lease had run out; another sender may send it again",
                                row.id());
                    }
                })
                .onErrorResume(e -> {
                    log.error(
                            "Mail {} was sent but could not be recorded; it will be sent again after the lease: {}",
                            row.id(),
                            e.toString());
                    return Mono.empty();
                })
                .then();
    }

    private Mono<Void> failed(OutboxRow row, Throwable e) {
        int attempts = row.attempts() + 1;
        boolean hopeless = permanent(e);
        MailStatus status = hopeless || attempts >= settings.maxAttempts() ? MailStatus.FAILED : MailStatus.PENDING;
        Instant retryAt = clock.instant().plus(settings.backoffAfter(attempts));
        String error = describe(e);
        if (status == MailStatus.FAILED) {
            log.error("Mail {} ({}) failed for good after {} attempt(s): {}", row.id(), row.kind(), attempts, error);
        } else {
            log.warn("Mail {} ({}) attempt {} failed, next at {}: {}", row.id(), row.kind(), attempts, retryAt, error);
        }
        return rows.markFailed(row.id(), name, error, status, retryAt)
                .onErrorResume(dbDown -> {
                    log.warn("Could not record the failure of mail {}; it comes back after its lease", row.id());
                    return Mono.empty();
                })
                .then();
    }

    /** Failures that no retry can cure: the registration is gone, or the address cannot be parsed. */
    private static boolean permanent(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NotFoundException || t instanceof AddressException || t instanceof MailParseException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 600; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().strip());
            }
        }
        return text.toString();
    }
}
