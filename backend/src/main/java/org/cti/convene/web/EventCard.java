package org.cti.convene.web;

import java.util.Locale;
import org.cti.convene.events.Event;

/** An event as the catalogue shows it, with texts and times already in the reader's language. */
record EventCard(String slug, String kind, String title, String dates, String venue, String countryCode, String zone) {

    static EventCard of(Event e, Locale locale) {
        TimeFormat time = new TimeFormat(e.venue().zone(), locale);
        return new EventCard(
                e.slug(),
                e.kind().name(),
                e.titleIn(locale.getLanguage()),
                time.span(e.startsAt(), e.endsAt()),
                e.venue().label(),
                e.venue().countryCode(),
                e.venue().timeZone());
    }
}
