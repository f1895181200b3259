package org.cti.convene.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cti.convene.events.EventKind;
import org.cti.convene.events.Events;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/** The catalogue: upcoming published events, grouped by kind, filterable by kind. */
@Controller
class HomePageController {

    private final Events events;

    HomePageController(Events events) {
        this.events = events;
    }

    @GetMapping("/")
    Mono<String> home(@RequestParam(required = false) String kind, Locale locale, Model model) {
        EventKind filter = parse(kind);
        return events.upcoming(null, filter)
                .map(e -> EventCard.of(e, locale))
                .collectList()
                .map(cards -> {
                    Map<String, List<EventCard>> groups = new LinkedHashMap<>();
                    for (EventKind k : EventKind.values()) {
                        List<EventCard> ofKind = cards.stream()
                                .filter(c -> c.kind().equals(k.name()))
                                .toList();
                        if (!ofKind.isEmpty()) {
                            groups.put(k.name(), ofKind);
                        }
                    }
                    model.addAttribute("groups", groups);
                    model.addAttribute("kinds", EventKind.values());
                    model.addAttribute("selectedKind", filter == null ? "" : filter.name());
                    return "home";
                });
    }

    private static EventKind parse(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return EventKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
