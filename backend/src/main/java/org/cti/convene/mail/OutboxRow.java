package org.cti.convene.mail;

import java.time.Instant;
import java.util.UUID;
import org.cti.convene.mail.templates.MailKind;

/** One row of the outbox as the sender and the mail log see it. */
record OutboxRow(
        UUID id,
        String idempotencyKey,
        MailKind kind,
        UUID eventId,
        UUID registrationId,
        String recipientEmail,
        String recipientName,
        String language,
        String replyTo,
        String facts,
        MailStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant sentAt,
        String messageId,
        UUID resentFrom) {}
