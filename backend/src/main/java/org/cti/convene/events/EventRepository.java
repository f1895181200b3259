package org.cti.convene.events;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for events and sessions. The schema's constraints repeat the validator's rules as a last defence. */
@Repository
class EventRepository {

    private static final TypeReference<LinkedHashMap<String, String>> TEXTS = new TypeReference<>() {};

    private static final String COLUMNS = """
            id, slug, kind, status, title, description, venue_name, venue_city, venue_country, time_zone,
            starts_at, ends_at, registration_opens_at, registration_closes_at, capacity, access,
            approval_required, waitlist, contact_email, sequence, created_at, updated_at
            """;

    private final DatabaseClient db;
    private final JsonMapper json;

    EventRepository(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Mono<Void> insert(Event e) {
        return db.sql("""
                        insert into event (id, slug, kind, status, title, description, venue_name, venue_city,
                            venue_country, time_zone, starts_at, ends_at, registration_opens_at,
                            registration_closes_at, capacity, access, approval_required, waitlist, contact_email,
                            sequence, created_at, updated_at)
                        values (:id, :slug, :kind, :status, :title, :description, :venueName, :venueCity,
                            :venueCountry, :timeZone, :startsAt, :endsAt, :opensAt, :closesAt, :capacity, :access,
                            :approval, :waitlist, :contact, :sequence, :createdAt, :updatedAt)
                        """)
                .bindValues(values(e))
                .bind("createdAt", utc(e.createdAt()))
                .then()
                .then(replaceSessions(e.id(), e.sessions()));
    }

    Mono<Void> update(Event e) {
        return db.sql("""
                        update event set slug = :slug, kind = :kind, status = :status, title = :title,
                            description = :description, venue_name = :venueName, venue_city = :venueCity,
                            venue_country = :venueCountry, time_zone = :timeZone, starts_at = :startsAt,
                            ends_at = :endsAt, registration_opens_at = :opensAt, registration_closes_at = :closesAt,
                            capacity = :capacity, access = :access, approval_required = :approval,
                            waitlist = :waitlist, contact_email = :contact, sequence = :sequence,
                            updated_at = :updatedAt
                         where id = :id
                        """).bindValues(values(e)).then().then(replaceSessions(e.id(), e.sessions()));
    }

    /** Locks the event row for the rest of the transaction so concurrent edits apply one after the other. */
    Mono<Event> findForUpdate(UUID id) {
        return db.sql("select " + COLUMNS + " from event where id = :id for update")
                .bind("id", id)
                .map(this::event)
                .one()
                .flatMap(this::withSessions);
    }

    Mono<Event> findById(UUID id) {
        return db.sql("select " + COLUMNS + " from event where id = :id")
                .bind("id", id)
                .map(this::event)
                .one()
                .flatMap(this::withSessions);
    }

    /** The event with its revision, which the registration statement checks (V14). */
    Mono<RevisedEvent> findRevised(UUID id) {
        return db.sql("select " + COLUMNS + ", revision from event where id = :id")
                .bind("id", id)
                .map((row, meta) -> new RevisedEvent(event(row, meta), row.get("revision", Long.class)))
                .one()
                .flatMap(r -> withSessions(r.event()).map(e -> new RevisedEvent(e, r.revision())));
    }

    Mono<Boolean> exists(UUID id) {
        return db.sql("select exists (select 1 from event where id = :id) as found")
                .bind("id", id)
                .map(row -> Boolean.TRUE.equals(row.get("found", Boolean.class)))
                .one();
    }

    Mono<Event> findBySlug(String slug) {
        return db.sql("select " + COLUMNS + " from event where slug = :slug")
                .bind("slug", slug)
                .map(this::event)
                .one()
                .flatMap(this::withSessions);
    }

    Flux<Event> findPublishedEndingAfter(Instant from, EventKind kind) {
        String sql = "select " + COLUMNS + " from event where status = 'PUBLISHED' and ends_at > :from"
                + (kind == null ? "" : " and kind = :kind") + " order by starts_at, slug limit 500";
        DatabaseClient.GenericExecuteSpec spec = db.sql(sql).bind("from", utc(from));
        if (kind != null) {
            spec = spec.bind("kind", kind.name());
        }
        return withSessions(spec.map(this::event).all());
    }

    Flux<Event> findAll(EventStatus status) {
        String sql = "select " + COLUMNS + " from event" + (status == null ? "" : " where status = :status")
                + " order by starts_at desc limit 1000";
        DatabaseClient.GenericExecuteSpec spec = db.sql(sql);
        if (status != null) {
            spec = spec.bind("status", status.name());
        }
        return withSessions(spec.map(this::event).all());
    }

    private Mono<Event> withSessions(Event e) {
        return sessions(List.of(e.id())).map(byEvent -> e.withSessions(byEvent.getOrDefault(e.id(), List.of())));
    }

    private Flux<Event> withSessions(Flux<Event> events) {
        return events.collectList()
                .flatMapMany(list -> list.isEmpty()
                        ? Flux.empty()
                        : sessions(list.stream().map(Event::id).toList())
                                .flatMapMany(byEvent -> Flux.fromIterable(list)
                                        .map(e -> e.withSessions(byEvent.getOrDefault(e.id(), List.of())))));
    }

    private Mono<Map<UUID, List<EventSession>>> sessions(List<UUID> eventIds) {
        return db.sql("""
                        select id, event_id, title, starts_at, ends_at, room, capacity
                          from event_session where event_id = any(:ids) order by event_id, position
                        """)
                .bind("ids", eventIds.toArray(UUID[]::new))
                .map((row, meta) -> Map.entry(
                        row.get("event_id", UUID.class),
                        new EventSession(
                                row.get("id", UUID.class),
                                texts(row, "title"),
                                instant(row, "starts_at"),
                                instant(row, "ends_at"),
                                row.get("room", String.class),
                                row.get("capacity", Integer.class))))
                .all()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** Keeps the ids of sessions that stay (other features refer to them) and removes the others. */
    private Mono<Void> replaceSessions(UUID eventId, List<EventSession> sessions) {
        UUID[] keep = sessions.stream().map(EventSession::id).toArray(UUID[]::new);
        Mono<Void> removeGone = db.sql("delete from event_session where event_id = :eventId and id <> all(:keep)")
                .bind("eventId", eventId)
                .bind("keep", keep)
                .then();
        // positions are unique per event: park the kept rows out of the way before renumbering them
        Mono<Void> park = db.sql("update event_session set position = position + 100000 where event_id = :eventId")
                .bind("eventId", eventId)
                .then();
        List<Mono<Long>> upserts = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            EventSession s = sessions.get(i);
            DatabaseClient.GenericExecuteSpec spec = db.sql("""
                            insert into event_session (id, event_id, position, title, starts_at, ends_at, room, capacity)
                            values (:id, :eventId, :position, :title, :startsAt, :endsAt, :room, :capacity)
                            on conflict (id) do update set position = excluded.position, title = excluded.title,
                                starts_at = excluded.starts_at, ends_at = excluded.ends_at, room = excluded.room,
                                capacity = excluded.capacity
                             where event_session.event_id = excluded.event_id
                            """)
                    .bind("id", s.id())
                    .bind("eventId", eventId)
                    .bind("position", i)
                    .bind("title", jsonb(s.title()))
                    .bind("startsAt", utc(s.startsAt()))
                    .bind("endsAt", utc(s.endsAt()));
            spec = s.room() == null ? spec.bindNull("room", String.class) : spec.bind("room", s.room());
            spec = s.capacity() == null
                    ? spec.bindNull("capacity", Integer.class)
                    : spec.bind("capacity", s.capacity());
            upserts.add(spec.fetch().rowsUpdated());
        }
        return removeGone.then(park).then(Flux.concat(upserts).then());
    }

    private Map<String, Object> values(Event e) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", e.id());
        v.put("slug", e.slug());
        v.put("kind", e.kind().name());
        v.put("status", e.status().name());
        v.put("title", jsonb(e.title()));
        v.put("description", jsonb(e.description() == null ? Map.of() : e.description()));
        v.put("venueName", e.venue().name());
        v.put("venueCity", nullable(e.venue().city(), String.class));
        v.put("venueCountry", e.venue().countryCode());
        v.put("timeZone", e.venue().timeZone());
        v.put("startsAt", utc(e.startsAt()));
        v.put("endsAt", utc(e.endsAt()));
        v.put("opensAt", nullable(utc(e.registrationOpensAt()), OffsetDateTime.class));
        v.put("closesAt", nullable(utc(e.registrationClosesAt()), OffsetDateTime.class));
        v.put("capacity", e.capacity());
        v.put("access", e.access().name());
        v.put("approval", e.approvalRequired());
        v.put("waitlist", e.waitlist());
        v.put("contact", nullable(e.contactEmail(), String.class));
        v.put("sequence", e.sequence());
        v.put("updatedAt", utc(e.updatedAt()));
        return v;
    }

    private static Object nullable(Object value, Class<?> type) {
        return value == null ? org.springframework.r2dbc.core.Parameter.empty(type) : value;
    }

    private Event event(Readable row, io.r2dbc.spi.RowMetadata meta) {
        return new Event(
                row.get("id", UUID.class),
                row.get("slug", String.class),
                EventKind.valueOf(row.get("kind", String.class)),
                EventStatus.valueOf(row.get("status", String.class)),
                texts(row, "title"),
                texts(row, "description"),
                new Venue(
                        row.get("venue_name", String.class),
                        row.get("venue_city", String.class),
                        row.get("venue_country", String.class),
                        row.get("time_zone", String.class)),
                instant(row, "starts_at"),
                instant(row, "ends_at"),
                instant(row, "registration_opens_at"),
                instant(row, "registration_closes_at"),
                row.get("capacity", Integer.class),
                AccessMode.valueOf(row.get("access", String.class)),
                Boolean.TRUE.equals(row.get("approval_required", Boolean.class)),
                Boolean.TRUE.equals(row.get("waitlist", Boolean.class)),
                row.get("contact_email", String.class),
                row.get("sequence", Integer.class),
                List.of(),
                instant(row, "created_at"),
                instant(row, "updated_at"));
    }

    private Map<String, String> texts(Readable row, String column) {
        Json value = row.get(column, Json.class);
        return value == null ? Map.of() : json.readValue(value.asString(), TEXTS);
    }

    private Json jsonb(Map<String, String> texts) {
        return Json.of(json.writeValueAsString(texts));
    }

    private static Instant instant(Readable row, String column) {
        OffsetDateTime t = row.get(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }
}
