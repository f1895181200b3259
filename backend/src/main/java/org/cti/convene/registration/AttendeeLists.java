package org.cti.convene.registration;

import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Who is coming: the organiser's filtered, searchable attendee list of an event. */
@Service
public class AttendeeLists {

    private final AttendeeRepository attendees;

    AttendeeLists(AttendeeRepository attendees) {
        this.attendees = attendees;
    }

    public Mono<AttendeePage> page(UUID eventId, AttendeeQuery query) {
        return Mono.zip(attendees.page(eventId, query).collectList(), attendees.count(eventId, query),
                        attendees.totals(eventId))
                .map(t -> new AttendeePage(t.getT1(), t.getT2(), query.page(), query.size(), t.getT3()));
    }

    /** How many registrations match the filters (paging fields are ignored). */
    public Mono<Long> count(UUID eventId, AttendeeQuery query) {
        return attendees.count(eventId, query);
    }

    /** Every registration matching the filters (exports, badges), in the list's order. */
    public Flux<Registration> all(UUID eventId, AttendeeQuery query) {
        return Flux.range(0, Integer.MAX_VALUE)
                .concatMap(page -> attendees.page(eventId, new AttendeeQuery(query.status(), query.country(),
                                query.role(), query.sessionId(), query.q(), page, AttendeeQuery.MAX_SIZE))
                        .collectList())
                .takeUntil(list -> list.size() < AttendeeQuery.MAX_SIZE)
                .flatMapIterable(list -> list);
    }
}
