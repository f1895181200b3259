package org.cti.convene.invitations;

import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * SQL for invitations and their reminders. Statuses are stored without {@code EXPIRED}; every read derives
 * it from {@code expires_at} and the clock, in Java and (for filters) in SQL the same way.
 */
@Repository
class InvitationRepository {

    private static final String COLUMNS = """
            id, event_id, type, status, name, email, language, country_code, seats, seats_used, skip_approval,
            expires_at, reminder_offsets_hours, decline_reason, times_sent, sent_at, opened_at, answered_at,
            revoked_at, created_at, token_version,
            (select max(r.created_at) from invitation_reminder r where r.invitation_id = invitation.id)
                as last_reminder_at
            """;

    private static final String EFFECTIVE_STATUS =
            "case when status in ('SENT', 'OPENED') and expires_at <= :now then 'EXPIRED' else status end";

    private final DatabaseClient db;
    private final Clock clock;

    InvitationRepository(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    Mono<Void> insert(Invitation i, byte[] tokenHash) {
        return db.sql("""
                        insert into invitation (id, event_id, type, status, name, email, language, country_code, seats,
                            skip_approval, token_hash, token_version, expires_at, reminder_offsets_hours, sent_at,
                            created_at, updated_at)
                        values (:id, :eventId, :type, :status, :name, :email, :language, :country, :seats,
                            :skipApproval, :tokenHash, :tokenVersion, :expiresAt, :reminders, :now, :now, :now)
                        """)
                .bind("id", i.id())
                .bind("eventId", i.eventId())
                .bind("type", i.type().name())
                .bind("status", i.status().name())
                .bind("name", i.name())
                .bind("email", i.email())
                .bind("language", i.language())
                .bind(
                        "country",
                        i.countryCode() == null ? Parameter.empty(String.class) : Parameter.from(i.countryCode()))
                .bind("seats", i.seats())
                .bind("skipApproval", i.skipApproval())
                .bind("tokenHash", tokenHash)
                .bind("tokenVersion", i.tokenVersion())
                .bind("expiresAt", utc(i.expiresAt()))
                .bind("reminders", i.reminderOffsetsHours().toArray(Integer[]::new))
                .bind("now", utc(i.createdAt()))
                .then();
    }

    Mono<Invitation> findById(UUID id) {
        return db.sql("select " + COLUMNS + " from invitation where id = :id")
                .bind("id", id)
                .map(this::invitation)
                .one();
    }

    /** Locks the invitation until the end of the transaction: answers and changes to one happen one at a time. */
    Mono<Invitation> lock(UUID id) {
        return db.sql("select " + COLUMNS + " from invitation where id = :id for update")
                .bind("id", id)
                .map(this::invitation)
                .one();
    }

    Mono<Invitation> findByTokenHash(byte[] hash) {
        return db.sql("select " + COLUMNS + " from invitation where token_hash = :hash")
                .bind("hash", hash)
                .map(this::invitation)
                .one();
    }

    Mono<Invitation> lockByTokenHash(byte[] hash) {
        return db.sql("select " + COLUMNS + " from invitation where token_hash = :hash for update")
                .bind("hash", hash)
                .map(this::invitation)
                .one();
    }

    Flux<Invitation> list(UUID eventId, InvitationStatus status, String country) {
        return db.sql("select " + COLUMNS + " from invitation where event_id = :eventId"
                        + " and (cast(:status as text) is null or " + EFFECTIVE_STATUS + " = :status)"
                        + " and (cast(:country as text) is null or country_code = :country)"
                        + " order by created_at, name, id")
                .bind("eventId", eventId)
                .bind("status", status == null ? Parameter.empty(String.class) : Parameter.from(status.name()))
                .bind("country", country == null ? Parameter.empty(String.class) : Parameter.from(country))
                .bind("now", utc(clock.instant()))
                .map(this::invitation)
                .all();
    }

    Mono<Map<InvitationStatus, Long>> totals(UUID eventId) {
        return db.sql("select " + EFFECTIVE_STATUS + " as s, count(*) as n from invitation"
                        + " where event_id = :eventId group by 1")
                .bind("eventId", eventId)
                .bind("now", utc(clock.instant()))
                .map((row, meta) ->
                        Map.entry(InvitationStatus.valueOf(row.get("s", String.class)), row.get("n", Long.class)))
                .all()
                .collectList()
                .map(entries -> {
                    Map<InvitationStatus, Long> totals = new EnumMap<>(InvitationStatus.class);
                    for (InvitationStatus s : InvitationStatus.values()) {
                        totals.put(s, 0L);
                    }
                    entries.forEach(e -> totals.put(e.getKey(), e.getValue()));
                    return totals;
                });
    }

    /** Which of these addresses already have an open (sent, opened or accepted) invitation to the event. */
    Flux<String> openInvitationEmails(UUID eventId, List<String> emails) {
        return db.sql("""
                        select email from invitation
                         where event_id = :eventId and email = any(:emails) and status in ('SENT', 'OPENED', 'ACCEPTED')
                        """)
                .bind("eventId", eventId)
                .bind("emails", emails.toArray(String[]::new))
                .map((row, meta) -> row.get("email", String.class))
                .all();
    }

    Mono<Void> markOpened(UUID id) {
        return db.sql("""
                        update invitation set status = 'OPENED', opened_at = :now, updated_at = :now
                         where id = :id and status = 'SENT'
                        """).bind("id", id).bind("now", utc(clock.instant())).then();
    }

    Mono<Void> recordAccepted(UUID id, int people) {
        return db.sql("""
                        update invitation set seats_used = seats_used + :people, status = 'ACCEPTED',
                            answered_at = coalesce(answered_at, :now), updated_at = :now
                         where id = :id
                        """)
                .bind("id", id)
                .bind("people", people)
                .bind("now", utc(clock.instant()))
                .then();
    }

    /** A registration made through the invitation was cancelled or declined: its seat counts no more. */
    Mono<Void> releaseSeatUsed(UUID id) {
        return db.sql("""
                        update invitation set seats_used = seats_used - 1, updated_at = :now
                         where id = :id and seats_used > 0
                        """).bind("id", id).bind("now", utc(clock.instant())).then();
    }

    Mono<Void> recordDeclined(UUID id, String reason) {
        return db.sql("""
                        update invitation set status = 'DECLINED', decline_reason = :reason, answered_at = :now,
                            updated_at = :now
                         where id = :id
                        """)
                .bind("id", id)
                .bind("reason", reason == null ? Parameter.empty(String.class) : Parameter.from(reason))
                .bind("now", utc(clock.instant()))
                .then();
    }

    Mono<Void> recordRevoked(UUID id) {
        return db.sql("update invitation set status = 'REVOKED', revoked_at = :now, updated_at = :now where id = :id")
                .bind("id", id)
                .bind("now", utc(clock.instant()))
                .then();
    }

    Mono<Void> recordResent(UUID id, int tokenVersion, byte[] tokenHash) {
        return db.sql("""
                        update invitation set times_sent = times_sent + 1, sent_at = :now, token_version = :version,
                            token_hash = :hash, updated_at = :now
                         where id = :id
                        """)
                .bind("id", id)
                .bind("version", tokenVersion)
                .bind("hash", tokenHash)
                .bind("now", utc(clock.instant()))
                .then();
    }

    Mono<Void> extend(UUID id, Instant expiresAt) {
        return db.sql("update invitation set expires_at = :expiresAt, updated_at = :now where id = :id")
                .bind("id", id)
                .bind("expiresAt", utc(expiresAt))
                .bind("now", utc(clock.instant()))
                .then();
    }

    /** The event was cancelled: invitations still awaiting an answer are withdrawn (no more reminders). */
    Mono<Long> revokeUnanswered(UUID eventId) {
        return db.sql("""
                        update invitation set status = 'REVOKED', revoked_at = :now, updated_at = :now
                         where event_id = :eventId and status in ('SENT', 'OPENED')
                        """)
                .bind("eventId", eventId)
                .bind("now", utc(clock.instant()))
                .fetch()
                .rowsUpdated();
    }

    /** Locks an invitation that still awaits an answer at {@code now}; empty if another instance holds it. */
    Mono<Invitation> lockAwaiting(UUID id, Instant now) {
        return db.sql("select " + COLUMNS + """
                         from invitation where id = :id and status in ('SENT', 'OPENED') and expires_at > :now
                          for update skip locked
                        """)
                .bind("id", id)
                .bind("now", utc(now))
                .map(this::invitation)
                .one();
    }

    private Invitation invitation(Readable row) {
        InvitationStatus stored = InvitationStatus.valueOf(row.get("status", String.class));
        Instant expiresAt = instant(row, "expires_at");
        InvitationStatus status =
                stored.awaitsAnswer() && !clock.instant().isBefore(expiresAt) ? InvitationStatus.EXPIRED : stored;
        Integer[] reminders = row.get("reminder_offsets_hours", Integer[].class);
        return new Invitation(
                row.get("id", UUID.class),
                row.get("event_id", UUID.class),
                InvitationType.valueOf(row.get("type", String.class)),
                status,
                row.get("name", String.class),
                row.get("email", String.class),
                row.get("language", String.class),
                row.get("country_code", String.class),
                row.get("seats", Integer.class),
                row.get("seats_used", Integer.class),
                Boolean.TRUE.equals(row.get("skip_approval", Boolean.class)),
                expiresAt,
                reminders == null ? List.of() : List.of(reminders),
                row.get("decline_reason", String.class),
                row.get("times_sent", Integer.class),
                instant(row, "sent_at"),
                instant(row, "last_reminder_at"),
                instant(row, "opened_at"),
                instant(row, "answered_at"),
                instant(row, "revoked_at"),
                instant(row, "created_at"),
                row.get("token_version", Integer.class));
    }

    private static Instant instant(Readable row, String column) {
        OffsetDateTime t = row.get(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    /** The delegation keeps only the seats it uses: what it reserved and left unused is given back. */
    Mono<Void> shrinkToUsed(UUID id, Instant now) {
        return db.sql("update invitation set seats = greatest(seats_used, 1), updated_at = :now where id = :id")
                .bind("id", id)
                .bind("now", now)
                .then();
    }
}
