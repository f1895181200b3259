package org.cti.convene.events;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.common.ConflictException;
import org.cti.convene.common.DomainEvents;
import org.cti.convene.common.InvalidInputException;
import org.cti.convene.common.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Organisers create, edit, publish and cancel events; anyone reads the published ones. */
@Service
public class Events {

    private final EventRepository events;
    private final EventValidator validator;
    private final DomainEvents domainEvents;
    private final EventCache cache;
    private final TransactionalOperator tx;
    private final Clock clock;

    Events(
            EventRepository events,
            EventValidator validator,
            DomainEvents domainEvents,
            EventCache cache,
            TransactionalOperator tx,
            Clock clock) {
        this.events = events;
        this.cache = cache;
        this.validator = validator;
        this.domainEvents = domainEvents;
        this.tx = tx;
        this.clock = clock;
    }

    public Mono<Event> create(EventRequest request) {
        return Mono.fromCallable(() -> {
                    validator.check(request);
                    Instant now = clock.instant();
                    return toEvent(UUID.randomUUID(), EventStatus.DRAFT, 0, request, List.of(), now, now);
                })
                .flatMap(e -> events.insert(e)
                        .then(domainEvents.publish(new EventCreated(e)))
                        .thenReturn(e))
                .onErrorMap(DuplicateKeyException.class, ex -> slugTaken(request.slug()))
                .as(tx::transactional)
                .flatMap(e -> find(e.id()));
    }

    /** Replaces the event's description and programme; only drafts and published events can be edited. */
    public Mono<Event> update(UUID id, EventRequest request) {
        return Mono.fromRunnable(() -> validator.check(request))
                .then(events.findForUpdate(id))
                .switchIfEmpty(Mono.error(() -> notFound(id)))
                .flatMap(before -> {
                    if (before.status() == EventStatus.CANCELLED) {
                        return Mono.error(new ConflictException(
                                "event-not-editable", "A cancelled event can no longer be edited."));
                    }
                    Event draft = toEvent(
                            id,
                            before.status(),
                            before.sequence(),
                            request,
                            before.sessions(),
                            before.createdAt(),
                            clock.instant());
                    List<String> changes = EventDifferences.between(before, draft);
                    boolean bump =
                            changes.contains("TIME") || changes.contains("VENUE") || changes.contains("PROGRAMME");
                    Event after = bump ? draft.with(draft.status(), before.sequence() + 1) : draft;
                    return events.update(after)
                            .then(
                                    changes.isEmpty()
                                            ? Mono.empty()
                                            : domainEvents.publish(new EventChanged(before, after, changes)))
                            .thenReturn(after);
                })
                .onErrorMap(DuplicateKeyException.class, ex -> slugTaken(request.slug()))
                .as(tx::transactional)
                .doFinally(signal -> cache.forget(id))
                .flatMap(e -> find(e.id()));
    }

    public Mono<Event> publish(UUID id) {
        return events.findForUpdate(id)
                .switchIfEmpty(Mono.error(() -> notFound(id)))
                .flatMap(before -> switch (before.status()) {
                    case PUBLISHED -> Mono.just(before);
                    case CANCELLED ->
                        Mono.error(new ConflictException(
                                "event-cancelled", "A cancelled event cannot be published again."));
                    case DRAFT -> {
                        Event after = before.with(EventStatus.PUBLISHED, before.sequence());
                        yield events.update(after)
                                .then(domainEvents.publish(new EventPublished(after)))
                                .thenReturn(after);
                    }
                })
                .as(tx::transactional)
                .doFinally(signal -> cache.forget(id));
    }

    /** Cancels the event for good; participants are told by the features that listen. */
    public Mono<Event> cancel(UUID id) {
        return events.findForUpdate(id)
                .switchIfEmpty(Mono.error(() -> notFound(id)))
                .flatMap(before -> {
                    if (before.status() == EventStatus.CANCELLED) {
                        return Mono.error(new ConflictException(
                                "event-cancelled", "This event is already cancelled; cancelling is final."));
                    }
                    Event after = before.with(EventStatus.CANCELLED, before.sequence() + 1);
                    return events.update(after)
                            .then(domainEvents.publish(new EventCancelled(after)))
                            .thenReturn(after);
                })
                .as(tx::transactional)
                .doFinally(signal -> cache.forget(id));
    }

    /** Any event, whatever its status (staff and internal use). */
    public Mono<Event> find(UUID id) {
        return Mono.deferContextual(context -> EventCache.decided(context, id)
                .map(Mono::just)
                .orElseGet(() -> events.findById(id).switchIfEmpty(Mono.error(() -> notFound(id)))));
    }

    /** Whether an event with this id exists, whatever its status. */
    public Mono<Boolean> exists(UUID id) {
        return events.exists(id);
    }

    /** A published event by id or slug; drafts and cancelled events are not public. */
    public Mono<Event> findPublished(String idOrSlug) {
        Mono<Event> found = parseUuid(idOrSlug).map(events::findById).orElseGet(() -> events.findBySlug(idOrSlug));
        return found.filter(Event::isPublished)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("No published event '" + idOrSlug + "'.")));
    }

    /** Published events that have not ended by {@code from} (now when null), soonest first. */
    public Flux<Event> upcoming(Instant from, EventKind kind) {
        return events.findPublishedEndingAfter(from == null ? clock.instant() : from, kind);
    }

    public Flux<Event> all(EventStatus status) {
        return events.findAll(status);
    }

    /** The event as a request, so that a form or a PATCH can start from what is stored. */
    public static EventRequest toRequest(Event e) {
        var zone = e.venue().zone();
        List<EventRequest.SessionRequest> sessions = e.sessions().stream()
                .map(s -> new EventRequest.SessionRequest(
                        s.id(), s.title(), at(s.startsAt(), zone), at(s.endsAt(), zone), s.room(), s.capacity()))
                .toList();
        return new EventRequest(
                e.kind().name(),
                e.slug(),
                e.title(),
                e.description(),
                new EventRequest.VenueRequest(
                        e.venue().name(),
                        e.venue().city(),
                        e.venue().countryCode(),
                        e.venue().timeZone()),
                at(e.startsAt(), zone),
                at(e.endsAt(), zone),
                at(e.registrationOpensAt(), zone),
                at(e.registrationClosesAt(), zone),
                e.capacity(),
                e.access().name(),
                e.approvalRequired(),
                e.waitlist(),
                e.contactEmail(),
                sessions);
    }

    private static OffsetDateTime at(Instant i, java.time.ZoneId zone) {
        return i == null ? null : i.atZone(zone).toOffsetDateTime();
    }

    private static Event toEvent(
            UUID id,
            EventStatus status,
            int sequence,
            EventRequest r,
            List<EventSession> existing,
            Instant createdAt,
            Instant updatedAt) {
        List<UUID> known = existing.stream().map(EventSession::id).toList();
        List<EventSession> sessions = new ArrayList<>();
        for (EventRequest.SessionRequest s : r.sessionsOrEmpty()) {
            UUID sessionId = s.id() != null && known.contains(s.id()) ? s.id() : UUID.randomUUID();
            sessions.add(new EventSession(
                    sessionId,
                    clean(s.title()),
                    s.startsAt().toInstant(),
                    s.endsAt().toInstant(),
                    blankToNull(s.room()),
                    s.capacity()));
        }
        var v = r.venue();
        return new Event(
                id,
                r.slug(),
                EventKind.valueOf(r.kind()),
                status,
                clean(r.title()),
                clean(r.description()),
                new Venue(v.name().trim(), blankToNull(v.city()), v.countryCode(), v.timeZone()),
                r.startsAt().toInstant(),
                r.endsAt().toInstant(),
                instant(r.registrationOpensAt()),
                instant(r.registrationClosesAt()),
                r.capacity(),
                AccessMode.valueOf(r.access()),
                Boolean.TRUE.equals(r.approvalRequired()),
                r.waitlist() == null || r.waitlist(),
                blankToNull(r.contactEmail()),
                sequence,
                sessions,
                createdAt,
                updatedAt);
    }

    private static Map<String, String> clean(Map<String, String> texts) {
        if (texts == null) {
            return Map.of();
        }
        Map<String, String> out = new java.util.TreeMap<>();
        texts.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                out.put(k, v.strip());
            }
        });
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private static java.util.Optional<UUID> parseUuid(String s) {
        try {
            return java.util.Optional.of(UUID.fromString(s));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No event with id " + id + ".");
    }

    private static ConflictException slugTaken(String slug) {
        return new ConflictException("slug-taken", "The slug '" + slug + "' is already used by another event.", slug);
    }

    static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(field, message);
    }
}
