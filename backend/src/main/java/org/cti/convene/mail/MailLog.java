package org.cti.convene.mail;

import java.util.Set;
import java.util.UUID;
import org.cti.convene.common.EventAccess;
import org.cti.convene.common.NotFoundException;
import org.cti.convene.common.StaffRole;
import org.cti.convene.common.StaffUser;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * What Convene mailed to whom, and whether it arrived at the mail server: the organisers' mail log. Staff
 * limited to some events see only those events' mails.
 */
@Service
public class MailLog {

    private final MailOutboxRepository rows;
    private final MailOutbox outbox;
    private final EventAccess access;

    MailLog(MailOutboxRepository rows, MailOutbox outbox, EventAccess access) {
        this.rows = rows;
        this.outbox = outbox;
        this.access = access;
    }

    public Mono<MailLogPage> page(MailLogQuery query) {
        Mono<StaffUser> who = query.eventId() != null ? access.require(query.eventId()) : access.current();
        return who.flatMap(user -> {
            Set<UUID> scope = user.role() == StaffRole.ADMIN || user.allEvents() ? null : user.eventIds();
            return Mono.zip(rows.page(query, scope).map(MailLogEntry::of).collectList(), rows.count(query, scope))
                    .map(found -> new MailLogPage(found.getT1(), found.getT2(), query.page(), query.size()));
        });
    }

    public Mono<MailLogEntry> find(UUID id) {
        return visible(id).map(MailLogEntry::of);
    }

    /**
     * Sends a mail again as a new copy: a new row (new id and Message-ID) with the same recipient and render
     * input, rendered afresh (so it carries the current private link) and queued at once. The original
     * stays in the log as it was; the copy names it in {@code resentFrom}. A repeat with the same
     * {@code requestKey} returns the first copy instead of making another.
     */
    public Mono<MailLogEntry> resend(UUID id, String requestKey) {
        String key = "resend:" + id + ":"
                + (requestKey == null || requestKey.isBlank() ? UUID.randomUUID() : requestKey.strip());
        return visible(id)
                .flatMap(original -> outbox.copy(original, key))
                .flatMap(rows::find)
                .map(MailLogEntry::of);
    }

    private Mono<OutboxRow> visible(UUID id) {
        return rows.find(id)
                .switchIfEmpty(Mono.error(() -> notFound(id)))
                .flatMap(row -> row.eventId() == null
                        ? access.current()
                                .flatMap(user ->
                                        user.role() == StaffRole.ADMIN ? Mono.just(row) : Mono.error(notFound(id)))
                        : access.require(row.eventId()).thenReturn(row))
                .onErrorMap(NotFoundException.class, e -> notFound(id));
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No mail with id " + id + ".");
    }
}
