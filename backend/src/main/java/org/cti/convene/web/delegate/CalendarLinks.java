package org.cti.convene.web.delegate;

import java.util.Locale;
import org.cti.convene.calendar.CalendarEntry;
import org.cti.convene.calendar.CalendarFiles;
import org.cti.convene.calendar.EventCalendars;
import org.cti.convene.events.Event;
import org.springframework.web.util.UriComponentsBuilder;

/** "Add to calendar": the event's .ics, Google Calendar and Outlook on the web, in the page's language. */
record CalendarLinks(String ics, String google, String outlook) {

    static CalendarLinks of(EventCalendars calendars, Event event, Locale locale) {
        String language = locale.getLanguage();
        CalendarEntry entry = calendars.entry(event, language);
        String ics = UriComponentsBuilder.fromPath("/api/v1/events/{id}/calendar.ics")
                .queryParam("lang", language)
                .buildAndExpand(event.id())
                .encode()
                .toUriString();
        return new CalendarLinks(ics, CalendarFiles.googleCalendarLink(entry), CalendarFiles.outlookWebLink(entry));
    }
}
