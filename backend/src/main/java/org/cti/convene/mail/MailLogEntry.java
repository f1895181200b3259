package org.cti.convene.mail;

import java.time.Instant;
import java.util.UUID;
import org.cti.convene.mail.templates.MailKind;

/**
 * One mail as organisers see it in the mail log.
 *
 * @param attempts attempts made so far (the successful one included)
 * @param nextAttemptAt when a pending mail is tried next
 * @param resentFrom the mail this one is a resent copy of
 */
public record MailLogEntry(
        UUID id,
        MailKind kind,
        String recipientEmail,
        String recipientName,
        String language,
        UUID eventId,
        UUID registrationId,
        MailStatus status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt,
        String messageId,
        UUID resentFrom) {

    static MailLogEntry of(OutboxRow row) {
        return new MailLogEntry(
                row.id(),
                row.kind(),
                row.recipientEmail(),
                row.recipientName(),
                row.language(),
                row.eventId(),
                row.registrationId(),
                row.status(),
                row.attempts(),
                row.lastError(),
                row.createdAt(),
                row.status() == MailStatus.PENDING ? row.nextAttemptAt() : null,
                row.sentAt(),
                row.messageId(),
                row.resentFrom());
    }
}
