package org.cti.convene.web;

import java.util.List;
import java.util.Locale;
import org.cti.convene.calendar.CalendarEntry;
import org.cti.convene.calendar.CalendarFiles;
import org.cti.convene.calendar.EventCalendars;
import org.cti.convene.events.Event;
import org.cti.convene.events.EventSession;
import org.cti.convene.events.Events;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import reactor.core.publisher.Mono;

/** One published event with its programme, every time in the venue's zone with the zone named. */
@Controller
class EventPageController {

    private final Events events;
    private final EventCalendars calendars;
    private final java.time.Clock clock;

    EventPageController(Events events, EventCalendars calendars, java.time.Clock clock) {
        this.events = events;
        this.calendars = calendars;
        this.clock = clock;
    }

    record SessionRow(String day, String from, String to, String title, String room, Integer capacity) {}

    @GetMapping("/events/{slug}")
    Mono<String> event(@PathVariable String slug, Locale locale, Model model) {
        return events.findPublished(slug).map(e -> {
            TimeFormat time = new TimeFormat(e.venue().zone(), locale);
            String language = locale.getLanguage();
            model.addAttribute("event", e);
            model.addAttribute("title", e.titleIn(language));
            model.addAttribute("description", e.descriptionIn(language));
            model.addAttribute("dates", time.span(e.startsAt(), e.endsAt()));
            model.addAttribute("startTime", time.dateTime(e.startsAt()));
            model.addAttribute("endTime", time.dateTime(e.endsAt()));
            model.addAttribute("startIso", time.isoLocal(e.startsAt()));
            model.addAttribute("zoneName", time.zoneName(e.startsAt()));
            model.addAttribute("sessions", rows(e, time, language));
            model.addAttribute("registrationClosed", !e.registrationOpenAt(clock.instant()));
            model.addAttribute(
                    "closesAt", e.registrationClosesAt() == null ? null : time.dateTime(e.registrationClosesAt()));
            addCalendarLinks(e, language, model);
            return "event";
        });
    }

    /** The .ics file in the page's language, and the same entry for Google Calendar and Outlook on the web. */
    private void addCalendarLinks(Event e, String language, Model model) {
        CalendarEntry entry = calendars.entry(e, language);
        model.addAttribute("calendarLanguage", language);
        model.addAttribute("googleCalendarLink", CalendarFiles.googleCalendarLink(entry));
        model.addAttribute("outlookWebLink", CalendarFiles.outlookWebLink(entry));
    }

    private static List<SessionRow> rows(Event e, TimeFormat time, String language) {
        return e.sessions().stream()
                .sorted(java.util.Comparator.comparing(EventSession::startsAt))
                .map(s -> new SessionRow(
                        time.shortDate(s.startsAt()),
                        time.time(s.startsAt()),
                        time.time(s.endsAt()),
                        s.titleIn(language),
                        s.room(),
                        s.capacity()))
                .toList();
    }
}
