package org.cti.convene.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.cti.convene.common.NotFoundException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Events held in memory for the registration rush, which otherwise read the same event and programme several
 * times per registration. The cache is never trusted on its own: whoever acts on a cached event checks its
 * {@link RevisedEvent#revision() revision} in the same statement (V14 bumps it on every change, on any
 * instance) and reloads when it moved. Capacity is enforced by the seat rows, never by what is cached here.
 */
@Service
public class EventCache {

    /** Far more events than a secretariat runs at once; past it the cache starts again rather than grow. */
    static final int MAX_EVENTS = 2_000;

    private static final Object DECIDED = EventCache.class.getName() + ".decided";

    /** How long an instance may show the public listing it read; an edit elsewhere shows within this. */
    static final Duration LISTING_TTL = Duration.ofSeconds(2);

    private record Listing(Instant readAt, List<Event> events) {}

    private final EventRepository repository;
    private final Clock clock;
    private final ConcurrentMap<UUID, RevisedEvent> events = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Listing> listings = new ConcurrentHashMap<>();

    EventCache(EventRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Published events that have not ended, soonest first, as read at most {@link #LISTING_TTL} ago: the public
     * listing is the most requested page of an announcement and needs no stronger freshness than that.
     */
    public Flux<Event> upcoming(EventKind kind) {
        Instant now = clock.instant();
        String key = kind == null ? "" : kind.name();
        Listing listing = listings.get(key);
        Mono<List<Event>> read =
                listing != null && listing.readAt().plus(LISTING_TTL).isAfter(now)
                        ? Mono.just(listing.events())
                        : repository
                                .findPublishedEndingAfter(now, kind)
                                .collectList()
                                .doOnNext(found -> listings.put(key, new Listing(now, List.copyOf(found))));
        return read.flatMapIterable(found -> found)
                .filter(event -> event.endsAt().isAfter(now));
    }

    /** The cached event, loaded on first use; 404 when there is no such event. */
    public Mono<RevisedEvent> current(UUID id) {
        RevisedEvent cached = events.get(id);
        return cached != null ? Mono.just(cached) : reload(id);
    }

    /** Reads the event again, after a statement found its revision had moved. */
    public Mono<RevisedEvent> reload(UUID id) {
        return repository
                .findRevised(id)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("No event with id " + id + ".")))
                .doOnNext(loaded -> {
                    if (events.size() >= MAX_EVENTS) {
                        events.clear();
                    }
                    // a slow reload must not put back an older revision than one a faster reload stored
                    events.merge(id, loaded, (old, fresh) -> fresh.revision() >= old.revision() ? fresh : old);
                });
    }

    void forget(UUID id) {
        events.remove(id);
        listings.clear();
    }

    /**
     * Runs {@code work} knowing that {@code current} is the event it decides on, so that {@link Events#find}
     * answers from it within that work (the mail and audit written in the same transaction) instead of reading
     * the row again.
     */
    public <T> Mono<T> deciding(RevisedEvent current, Mono<T> work) {
        return work.contextWrite(context -> context.put(DECIDED, current.event()));
    }

    static Optional<Event> decided(ContextView context, UUID id) {
        return context.<Event>getOrEmpty(DECIDED).filter(event -> event.id().equals(id));
    }
}
