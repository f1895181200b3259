package org.cti.convene.web.console;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.cti.convene.events.Event;
import org.cti.convene.events.EventSession;
import org.cti.convene.events.Events;
import org.cti.convene.registration.AttendeeLists;
import org.cti.convene.registration.AttendeePage;
import org.cti.convene.registration.ParticipantRole;
import org.cti.convene.registration.RegistrationStatus;
import org.cti.convene.web.TimeFormat;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import reactor.core.publisher.Mono;

/**
 * The model of {@code console/registrations}: one page of the list with its totals, the options of the
 * filters, and no errors unless a refused form put some there first. The list's controller and the
 * moderation forms (which show the page again when they cannot act) both fill it here.
 */
@Component
class AttendeeListModel {

    static final String VIEW = "console/registrations";

    private final Events events;
    private final AttendeeLists lists;

    AttendeeListModel(Events events, AttendeeLists lists) {
        this.events = events;
        this.lists = lists;
    }

    static String path(UUID eventId) {
        return "/console/events/" + eventId + "/registrations";
    }

    Mono<Void> fill(UUID id, AttendeeFilters filters, Locale locale, Model model) {
        return Mono.zip(events.find(id), lists.page(id, filters.attendeeQuery()))
                .doOnNext(found -> {
                    Event event = found.getT1();
                    AttendeePage page = found.getT2();
                    TimeFormat time = new TimeFormat(event.venue().zone(), locale);
                    model.addAttribute("event", EventView.of(event, locale));
                    model.addAttribute("filters", filters);
                    model.addAttribute("listPath", path(id));
                    model.addAttribute(
                            "rows",
                            page.items().stream()
                                    .map(r -> AttendeeRow.of(r, time, locale))
                                    .toList());
                    model.addAttribute("total", page.total());
                    model.addAttribute("totals", page.totals());
                    model.addAttribute(
                            "everyone",
                            page.totals().values().stream()
                                    .mapToLong(Long::longValue)
                                    .sum());
                    model.addAttribute("lastPage", Math.max(1, (page.total() + filters.size() - 1) / filters.size()));
                    model.addAttribute("statuses", RegistrationStatus.values());
                    model.addAttribute("roles", ParticipantRole.values());
                    model.addAttribute("countries", Choices.countries(locale, filters.country()));
                    model.addAttribute("sessions", sessions(event, time, locale));
                    if (!model.containsAttribute("errors")) {
                        model.addAttribute("errors", FormErrors.none());
                    }
                    if (!model.containsAttribute("selected")) {
                        model.addAttribute("selected", Set.of());
                    }
                })
                .then();
    }

    private static List<Choices.Option> sessions(Event event, TimeFormat time, Locale locale) {
        return event.sessions().stream()
                .sorted(Comparator.comparing(EventSession::startsAt))
                .map(s -> new Choices.Option(
                        s.id().toString(), s.titleIn(locale.getLanguage()) + " (" + time.dateTime(s.startsAt()) + ")"))
                .toList();
    }
}
