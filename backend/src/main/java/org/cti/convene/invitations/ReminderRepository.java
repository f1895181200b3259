package org.cti.convene.invitations;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Which invitation reminders are due, and the record that makes each go once across instances. */
@Repository
class ReminderRepository {

    private final DatabaseClient db;

    ReminderRepository(DatabaseClient db) {
        this.db = db;
    }

    /** An unanswered invitation and the reminder offsets that are due at {@code now} and not yet recorded. */
    record Due(UUID invitationId, List<Integer> offsetsHours) {}

    /**
     * Reminders due: unanswered, not expired, the offset's moment passed, and that moment came after the
     * invitation was (last) sent — an invitation sent 24 hours before its deadline gets no 48-hour reminder.
     */
    Flux<Due> due(Instant now, int limit) {
        return db.sql("""
                        select i.id, array_agg(o.h order by o.h) as offsets
                          from invitation i cross join lateral unnest(i.reminder_offsets_hours) as o(h)
                         where i.status in ('SENT', 'OPENED') and i.expires_at > :now
                           and i.expires_at - make_interval(hours => o.h) <= :now
                           and i.expires_at - make_interval(hours => o.h) > i.sent_at
                           and not exists (select 1 from invitation_reminder r
                                            where r.invitation_id = i.id and r.offset_hours = o.h
                                              and r.expires_at = i.expires_at)
                         group by i.id
                         order by min(i.expires_at)
                         limit :limit
                        """)
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .bind("limit", limit)
                .map((row, meta) -> new Due(row.get("id", UUID.class), List.of(row.get("offsets", Integer[].class))))
                .all();
    }

    /** Records a reminder; 0 when it was recorded before (by this or another instance). */
    Mono<Long> recordReminder(UUID id, int offsetHours, Instant expiresAt) {
        return db.sql("""
                        insert into invitation_reminder (invitation_id, offset_hours, expires_at)
                        values (:id, :offset, :expiresAt)
                        on conflict do nothing
                        """)
                .bind("id", id)
                .bind("offset", offsetHours)
                .bind("expiresAt", expiresAt.atOffset(ZoneOffset.UTC))
                .fetch()
                .rowsUpdated();
    }
}
