package org.cti.convene.events;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import org.cti.convene.common.PlausibleTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Events", description = "Published events and their programme")
class PublicEventController {

    private final Events events;
    private final EventCache cache;

    PublicEventController(Events events, EventCache cache) {
        this.events = events;
        this.cache = cache;
    }

    @GetMapping
    @Operation(
            summary = "Published events that have not ended, soonest first",
            description = "Without `from`, the listing may be up to two seconds old.")
    Flux<Event> upcoming(
            @Parameter(description = "only events still running at this instant (default: now)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    OffsetDateTime from,
            @Parameter(description = "only events of this kind") @RequestParam(required = false) EventKind kind) {
        return from == null ? cache.upcoming(kind) : events.upcoming(PlausibleTime.Range.clamp(from.toInstant()), kind);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One published event with its programme, by id or slug")
    Mono<Event> one(@PathVariable String id) {
        return events.findPublished(id);
    }
}
