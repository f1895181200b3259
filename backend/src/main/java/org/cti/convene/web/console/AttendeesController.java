package org.cti.convene.web.console;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The attendee list of an event: search, filters, order and paging from the address, totals per status, a
 * tick box per row for the bulk form and the moderation buttons ({@link ModerationController}).
 * Organisers and administrators only, within their events' scope.
 */
@Controller
class AttendeesController {

    /** Outcomes the list announces after a moderation redirect. */
    static final Set<String> DONE = Set.of("approved", "declined");

    private final AttendeeListModel page;
    private final Permissions permissions;

    AttendeesController(AttendeeListModel page, Permissions permissions) {
        this.page = page;
        this.permissions = permissions;
    }

    @GetMapping("/console/events/{id}/registrations")
    Mono<String> list(@PathVariable UUID id, ServerWebExchange exchange, Locale locale, Model model) {
        MultiValueMap<String, String> params = exchange.getRequest().getQueryParams();
        String done = params.getFirst("done");
        if (done != null && DONE.contains(done)) {
            model.addAttribute("done", done);
            model.addAttribute("changed", count(params.getFirst("changed")));
            model.addAttribute("refused", count(params.getFirst("refused")));
        }
        return permissions
                .toChange(id)
                .then(page.fill(id, AttendeeFilters.of(params), locale, model))
                .thenReturn(AttendeeListModel.VIEW);
    }

    private static long count(String value) {
        try {
            return value == null ? 0 : Math.max(0, Long.parseLong(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
