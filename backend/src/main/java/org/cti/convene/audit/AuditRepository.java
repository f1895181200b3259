package org.cti.convene.audit;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Appends to the audit trail and reads it; nothing here updates or deletes (the table's trigger refuses). */
@Repository
class AuditRepository {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    /** What every filter adds; :everything and :only decide what the reader may see at all. */
    private static final String WHERE = """
             where (:event::uuid is null or event_id = :event::uuid)
               and (:object::text is null or object_id = :object::text)
               and (:actor::text is null or actor_label ilike '%' || :actor::text || '%' or actor_id::text = :actor::text)
               and (:action::text is null or action = :action::text or action like :action::text || '.%')
               and (:from::timestamptz is null or at >= :from::timestamptz)
               and (:to::timestamptz is null or at < :to::timestamptz)
               and (:everything or (event_id is not null and (:only::uuid[] is null or event_id = any(:only::uuid[]))))
            """;

    private final DatabaseClient db;
    private final JsonMapper json;

    AuditRepository(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Mono<Void> append(AuditEntry e) {
        return db.sql("""
                        insert into audit_entry (at, actor_type, actor_id, actor_label, address, action, object_type,
                                                 object_id, event_id, changes)
                        values (:at, :type, :actorId, :label, :address, :action, :objectType, :objectId, :event,
                                :changes)
                        """)
                .bind("at", e.at())
                .bind("type", e.actorType().name())
                .bind("actorId", Parameter.fromOrEmpty(e.actorId(), UUID.class))
                .bind("label", e.actor())
                .bind("address", Parameter.fromOrEmpty(e.address(), String.class))
                .bind("action", e.action())
                .bind("objectType", e.objectType())
                .bind("objectId", Parameter.fromOrEmpty(e.objectId(), String.class))
                .bind("event", Parameter.fromOrEmpty(e.eventId(), UUID.class))
                .bind("changes", Json.of(json.writeValueAsString(e.changes())))
                .then();
    }

    Flux<AuditEntry> find(AuditQuery q) {
        return filters(
                        db.sql("select * from audit_entry " + WHERE
                                + " order by at desc, id desc limit :limit offset :offset"),
                        q)
                .bind("limit", q.limit())
                .bind("offset", q.offset())
                .map(this::read)
                .all();
    }

    Mono<Long> count(AuditQuery q) {
        return filters(db.sql("select count(*) as n from audit_entry " + WHERE), q)
                .map(row -> row.get("n", Long.class))
                .one();
    }

    private static GenericExecuteSpec filters(GenericExecuteSpec spec, AuditQuery q) {
        return spec.bind("event", Parameter.fromOrEmpty(q.eventId(), UUID.class))
                .bind("object", Parameter.fromOrEmpty(q.objectId(), String.class))
                .bind("actor", Parameter.fromOrEmpty(q.actor(), String.class))
                .bind("action", Parameter.fromOrEmpty(q.action(), String.class))
                .bind("from", Parameter.fromOrEmpty(q.from(), Instant.class))
                .bind("to", Parameter.fromOrEmpty(q.to(), Instant.class))
                .bind("everything", q.everything())
                .bind(
                        "only",
                        Parameter.fromOrEmpty(
                                q.onlyEvents() == null ? null : q.onlyEvents().toArray(UUID[]::new), UUID[].class));
    }

    private AuditEntry read(Readable row) {
        return new AuditEntry(
                row.get("id", Long.class),
                row.get("at", Instant.class),
                row.get("actor_label", String.class),
                AuditEntry.ActorType.valueOf(row.get("actor_type", String.class)),
                row.get("actor_id", UUID.class),
                row.get("address", String.class),
                row.get("action", String.class),
                row.get("object_type", String.class),
                row.get("object_id", String.class),
                row.get("event_id", UUID.class),
                json.readValue(row.get("changes", Json.class).asString(), MAP));
    }
}
