package org.cti.convene.mail;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.mail.templates.MailKind;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The {@code mail_outbox} table. Every write is guarded so that two senders never both own a row. */
@Repository
class MailOutboxRepository {

    private static final String COLUMNS = """
            id, idempotency_key, kind, event_id, registration_id, recipient_email, recipient_name, language,
            reply_to, facts, status, attempts, next_attempt_at, last_error, created_at, sent_at, message_id,
            resent_from""";

    private static final int MAX_ERROR_LENGTH = 1000;

    private final DatabaseClient db;

    MailOutboxRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Adds a mail unless one exists for the same fact; runs in the caller's transaction. */
    Mono<Boolean> insert(NewMail mail) {
        return db.sql("""
                        insert into mail_outbox (id, idempotency_key, kind, event_id, registration_id, recipient_email,
                            recipient_name, language, reply_to, facts, status, attempts, next_attempt_at, created_at,
                            resent_from)
                        values (:id, :key, :kind, :eventId, :registrationId, :email, :name, :language, :replyTo,
                            :facts, 'PENDING', 0, :now, :now, :resentFrom)
                        on conflict (idempotency_key) do nothing
                        """)
                .bindValues(Map.ofEntries(
                        Map.entry("id", mail.id()),
                        Map.entry("key", mail.idempotencyKey()),
                        Map.entry("kind", mail.kind().name()),
                        Map.entry("eventId", Parameter.fromOrEmpty(mail.eventId(), UUID.class)),
                        Map.entry("registrationId", Parameter.fromOrEmpty(mail.registrationId(), UUID.class)),
                        Map.entry("email", mail.recipientEmail()),
                        Map.entry("name", mail.recipientName()),
                        Map.entry("language", mail.language()),
                        Map.entry("replyTo", Parameter.fromOrEmpty(mail.replyTo(), String.class)),
                        Map.entry("facts", Json.of(mail.facts())),
                        Map.entry("now", utc(mail.createdAt())),
                        Map.entry("resentFrom", Parameter.fromOrEmpty(mail.resentFrom(), UUID.class))))
                .fetch()
                .rowsUpdated()
                .map(n -> n > 0);
    }

    /**
     * Claims up to {@code limit} due rows for {@code claimer} until {@code until}. Rows another sender is
     * claiming at this moment are skipped, not waited for; rows whose lease ran out are due again.
     */
    Flux<OutboxRow> claim(String claimer, Instant now, Instant until, int limit) {
        return db.sql("update mail_outbox set claimed_by = :claimer, claimed_until = :until"
                        + " where id in (select id from mail_outbox"
                        + "   where status = 'PENDING' and next_attempt_at <= :now"
                        + "     and (claimed_until is null or claimed_until <= :now)"
                        + "   order by next_attempt_at limit :limit for update skip locked)"
                        + " returning " + COLUMNS)
                .bind("claimer", claimer)
                .bind("until", utc(until))
                .bind("now", utc(now))
                .bind("limit", limit)
                .map(MailOutboxRepository::row)
                .all();
    }

    /** Records a sent mail; {@code false} when the row was no longer this sender's (its lease ran out). */
    Mono<Boolean> markSent(UUID id, String claimer, Instant at, String messageId) {
        return db.sql("""
                        update mail_outbox
                           set status = 'SENT', sent_at = :at, message_id = :messageId, attempts = attempts + 1,
                               last_error = null, claimed_by = null, claimed_until = null
                         where id = :id and claimed_by = :claimer
                        """)
                .bind("at", utc(at))
                .bind("messageId", messageId)
                .bind("id", id)
                .bind("claimer", claimer)
                .fetch()
                .rowsUpdated()
                .map(n -> n > 0);
    }

    /** Records a failed attempt: due again at {@code retryAt}, or {@code FAILED} for good. */
    Mono<Boolean> markFailed(UUID id, String claimer, String error, MailStatus status, Instant retryAt) {
        return db.sql("""
                        update mail_outbox
                           set status = :status, attempts = attempts + 1, last_error = :error,
                               next_attempt_at = :retryAt, claimed_by = null, claimed_until = null
                         where id = :id and claimed_by = :claimer
                        """)
                .bind("status", status.name())
                .bind("error", truncate(error))
                .bind("retryAt", utc(retryAt))
                .bind("id", id)
                .bind("claimer", claimer)
                .fetch()
                .rowsUpdated()
                .map(n -> n > 0);
    }

    Mono<OutboxRow> find(UUID id) {
        return db.sql("select " + COLUMNS + " from mail_outbox where id = :id")
                .bind("id", id)
                .map(MailOutboxRepository::row)
                .one();
    }

    Mono<OutboxRow> findByKey(String key) {
        return db.sql("select " + COLUMNS + " from mail_outbox where idempotency_key = :key")
                .bind("key", key)
                .map(MailOutboxRepository::row)
                .one();
    }

    /** The mail log, newest first; {@code events} limits it to those events when not {@code null}. */
    Flux<OutboxRow> page(MailLogQuery q, Collection<UUID> events) {
        return bind(
                        db.sql("select " + COLUMNS + " from mail_outbox where " + where(q, events)
                                + " order by created_at desc, id limit :limit offset :offset"),
                        q,
                        events)
                .bind("limit", q.size())
                .bind("offset", (long) q.page() * q.size())
                .map(MailOutboxRepository::row)
                .all();
    }

    Mono<Long> count(MailLogQuery q, Collection<UUID> events) {
        return bind(db.sql("select count(*) as n from mail_outbox where " + where(q, events)), q, events)
                .map((row, meta) -> row.get("n", Long.class))
                .one();
    }

    private static String where(MailLogQuery q, Collection<UUID> events) {
        StringBuilder sql = new StringBuilder("true");
        if (q.status() != null) {
            sql.append(" and status = :status");
        }
        if (q.to() != null) {
            sql.append(" and recipient_email like :to escape '\\'");
        }
        if (q.eventId() != null) {
            sql.append(" and event_id = :eventId");
        }
        if (events != null) {
            sql.append(" and event_id = any(:events)");
        }
        return sql.toString();
    }

    private static GenericExecuteSpec bind(GenericExecuteSpec spec, MailLogQuery q, Collection<UUID> events) {
        if (q.status() != null) {
            spec = spec.bind("status", q.status().name());
        }
        if (q.to() != null) {
            String escaped = q.to().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            spec = spec.bind("to", "%" + escaped + "%");
        }
        if (q.eventId() != null) {
            spec = spec.bind("eventId", q.eventId());
        }
        if (events != null) {
            spec = spec.bind("events", events.toArray(UUID[]::new));
        }
        return spec;
    }

    private static OutboxRow row(Readable row) {
        Json facts = row.get("facts", Json.class);
        return new OutboxRow(
                row.get("id", UUID.class),
                row.get("idempotency_key", String.class),
                MailKind.valueOf(row.get("kind", String.class)),
                row.get("event_id", UUID.class),
                row.get("registration_id", UUID.class),
                row.get("recipient_email", String.class),
                row.get("recipient_name", String.class),
                row.get("language", String.class),
                row.get("reply_to", String.class),
                facts == null ? null : facts.asString(),
                MailStatus.valueOf(row.get("status", String.class)),
                row.get("attempts", Integer.class),
                instant(row, "next_attempt_at"),
                row.get("last_error", String.class),
                instant(row, "created_at"),
                instant(row, "sent_at"),
                row.get("message_id", String.class),
                row.get("resent_from", UUID.class));
    }

    private static Instant instant(Readable row, String column) {
        OffsetDateTime t = row.get(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    /** A mail to add; {@code facts} is {@link MailFacts} as JSON. */
    record NewMail(
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
            Instant createdAt,
            UUID resentFrom) {}
}
