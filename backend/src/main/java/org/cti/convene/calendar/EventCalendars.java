package org.cti.convene.calendar;

import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cti.convene.common.Countries;
import org.cti.convene.events.Event;
import org.cti.convene.events.EventSession;
import org.cti.convene.events.EventStatus;
import org.cti.convene.events.Events;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Events as calendars see them. An event keeps the UID {@code <event-id>@convene} for ever and each session
 * {@code <session-id>@convene}, whatever is edited (slug included), and carries the event's sequence, which
 * the events feature raises on every change of time, place, programme or status; calendars that imported the
 * file then update the entry in place instead of adding a second one.
 */
@Service
public class EventCalendars {

    static final String DEFAULT_LANGUAGE = "en";
    private static final String ORGANIZER_NAME = "Convene";

    private final Events events;
    private final CalendarFiles files;
    private final String baseUrl;

    EventCalendars(Events events, CalendarFiles files, @Value("${convene.base-url}") String baseUrl) {
        this.events = events;
        this.files = files;
        this.baseUrl = stripTrailingSlashes(Objects.requireNonNull(baseUrl, "convene.base-url"));
    }

    /** A download of a published event, ready to be served. */
    record Download(String fileName, String text) {}

    /** The .ics text of a published event (by id or slug) in the language asked for, English when absent. */
    public Mono<String> eventFile(String idOrSlug, String language) {
        return download(idOrSlug, language).map(Download::text);
    }

    /** The .ics text of any event, to attach to mails; a cancelled event comes out cancelled. */
    public String eventFile(Event event, String language) {
        // Stamped with the last change, not the download time: the same event gives the same bytes.
        Instant stamp = Objects.requireNonNullElse(event.updatedAt(), event.createdAt());
        return files.eventFile(entry(event, language), organizer(event), stamp);
    }

    Mono<Download> download(String idOrSlug, String language) {
        return events.findPublished(idOrSlug)
                .map(event -> new Download(CalendarFiles.fileName(event.slug()), eventFile(event, language)));
    }

    /** The event and its programme as a calendar entry, in {@code language} where the event has texts in it. */
    public CalendarEntry entry(Event event, String language) {
        String lang = language(language);
        URI url = URI.create(baseUrl + "/events/" + event.slug());
        String location = location(event, lang);
        String title = event.titleIn(lang);
        List<CalendarEntry> sessions = event.sessions().stream()
                .sorted(Comparator.comparing(EventSession::startsAt))
                .map(session -> session(event, session, lang, title, location, url))
                .toList();
        return new CalendarEntry(
                uid(event.id().toString()),
                event.sequence(),
                title,
                description(event.descriptionIn(lang), url),
                location,
                url,
                event.localStart(),
                event.localEnd(),
                event.status() == EventStatus.CANCELLED,
                sessions);
    }

    /** Who sends the event: its contact address, or the site's no-reply address when it has none. */
    public CalendarPerson organizer(Event event) {
        String email = event.contactEmail();
        if (email == null || email.isBlank()) {
            String host = URI.create(baseUrl).getHost();
            email = "noreply@" + (host == null ? "localhost" : host);
        }
        return new CalendarPerson(ORGANIZER_NAME, email);
    }

    /**
     * A session is known by its own UID and carries the event's sequence: a programme change raises that
     * sequence, and a session's sequence must never go down. Its description names the event, since a
     * session title such as "Opening" says little on its own in a calendar.
     */
    private static CalendarEntry session(
            Event event, EventSession session, String lang, String eventTitle, String eventLocation, URI url) {
        String room = session.room();
        String location = room == null || room.isBlank() ? eventLocation : room + ", " + eventLocation;
        return new CalendarEntry(
                uid(session.id().toString()),
                event.sequence(),
                session.titleIn(lang),
                eventTitle,
                location,
                url,
                session.startsAt().atZone(event.venue().zone()),
                session.endsAt().atZone(event.venue().zone()),
                false,
                List.of());
    }

    /** Many calendars do not show URL; the event page goes at the end of the description too. */
    private static String description(String text, URI url) {
        return text == null || text.isBlank() ? url.toString() : text.strip() + "\n\n" + url;
    }

    /** Venue and city, then the country named in the reader's language ("Palais des Nations, Geneva, Suisse"). */
    private static String location(Event event, String lang) {
        String label = event.venue().label();
        String code = event.venue().countryCode();
        if (code == null || code.isBlank()) {
            return label;
        }
        String country = Countries.name(code, Locale.forLanguageTag(lang));
        if (country.isBlank()) {
            country = code;
        }
        return label.toLowerCase(Locale.ROOT).endsWith(country.toLowerCase(Locale.ROOT))
                ? label
                : label + ", " + country;
    }

    static String language(String language) {
        if (language == null || language.isBlank()) {
            return DEFAULT_LANGUAGE;
        }
        String lang = Locale.forLanguageTag(language.strip()).getLanguage();
        return lang.isEmpty() ? DEFAULT_LANGUAGE : lang;
    }

    private static String uid(String id) {
        return id + "@convene";
    }

    private static String stripTrailingSlashes(String url) {
        String stripped = url.strip();
        while (stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }
}
