package org.cti.convene.web.console;

import java.util.Locale;
import java.util.UUID;
import org.cti.convene.events.Events;
import org.cti.convene.registration.AttendeeExport;
import org.cti.convene.registration.AttendeeExports;
import org.cti.convene.registration.AttendeeLists;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Counts by status, country and region, and the attendee exports for console users. The exports are the
 * API's files served again here because the API is stateless HTTP Basic and never reads the console's
 * session cookie; the links carry the list's filters and order.
 */
@Controller
class ReportsController {

    private final Events events;
    private final AttendeeLists lists;
    private final AttendeeExports exports;
    private final Permissions permissions;

    ReportsController(Events events, AttendeeLists lists, AttendeeExports exports, Permissions permissions) {
        this.events = events;
        this.lists = lists;
        this.exports = exports;
        this.permissions = permissions;
    }

    @GetMapping("/console/events/{id}/counts")
    Mono<String> counts(@PathVariable UUID id, Locale locale, Model model) {
        return permissions
                .toChange(id)
                .then(Mono.zip(events.find(id), lists.counts(id, locale)))
                .map(found -> {
                    model.addAttribute("event", EventView.of(found.getT1(), locale));
                    model.addAttribute("counts", found.getT2());
                    model.addAttribute("listPath", AttendeeListModel.path(id));
                    return "console/counts";
                });
    }

    @GetMapping("/console/events/{id}/registrations.csv")
    @ResponseBody
    Mono<ResponseEntity<Flux<byte[]>>> csv(@PathVariable UUID id, ServerWebExchange exchange, Locale locale) {
        AttendeeFilters filters = AttendeeFilters.of(exchange.getRequest().getQueryParams());
        return permissions
                .toChange(id)
                .then(exports.csv(id, filters.attendeeQuery(), locale))
                .map(AttendeeExport::toResponse);
    }

    @GetMapping("/console/events/{id}/registrations.xlsx")
    @ResponseBody
    Mono<ResponseEntity<Flux<byte[]>>> xlsx(@PathVariable UUID id, ServerWebExchange exchange, Locale locale) {
        AttendeeFilters filters = AttendeeFilters.of(exchange.getRequest().getQueryParams());
        return permissions
                .toChange(id)
                .then(exports.xlsx(id, filters.attendeeQuery(), locale))
                .map(AttendeeExport::toResponse);
    }
}
