package org.cti.convene.calendar;

import java.util.Comparator;
import java.util.List;
import org.cti.convene.common.NotFoundException;
import org.cti.convene.common.ServerSecret;
import org.cti.convene.events.Event;
import org.cti.convene.events.Events;
import org.cti.convene.registration.Registration;
import org.cti.convene.registration.Registrations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A delegate's calendars: the file of their own registration (with the sessions they take part in and their
 * participation status), the invitation or cancellation attached to mails, and a private subscription feed of
 * all their confirmed events, reached by a token derived from their e-mail.
 */
@Service
public class DelegateCalendars {

    private final Events events;
    private final Registrations registrations;
    private final EventCalendars eventCalendars;
    private final CalendarFiles files;
    private final FeedRepository feeds;
    private final ServerSecret secret;
    private final String baseUrl;

    DelegateCalendars(
            Events events,
            Registrations registrations,
            EventCalendars eventCalendars,
            CalendarFiles files,
            FeedRepository feeds,
            ServerSecret secret,
            @Value("${convene.base-url}") String baseUrl) {
        this.events = events;
        this.registrations = registrations;
        this.eventCalendars = eventCalendars;
        this.files = files;
        this.feeds = feeds;
        this.secret = secret;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    record Download(String fileName, String text) {}

    /** The delegate's own .ics (METHOD:PUBLISH) for the registration behind a private token. */
    Mono<Download> registrationFile(String token) {
        return registrations
                .byToken(token)
                .flatMap(r -> events.find(r.eventId())
                        .map(event -> new Download(
                                CalendarFiles.fileName(event.slug()),
                                files.personalFile(personalEntry(event, r), attendance(event, r)))));
    }

    /**
     * The file to attach to a mail about a registration: an invitation (REQUEST) while the delegate holds or
     * waits for a seat, a CANCEL once the registration or the event is cancelled, so that calendars update or
     * remove the entry in place.
     */
    public Mono<String> mailAttachment(Registration r) {
        return events.find(r.eventId()).map(event -> {
            boolean cancelled = event.status() == org.cti.convene.events.EventStatus.CANCELLED
                    || !r.status().isLive();
            return files.invitation(
                    eventCalendars.entry(event, r.language()),
                    attendance(event, r),
                    cancelled ? CalendarMethod.CANCEL : CalendarMethod.REQUEST);
        });
    }

    /** An invitation to the event (METHOD:REQUEST) for someone not registered yet: they are NEEDS-ACTION. */
    String invitationFor(Event event, String name, String email, String language) {
        return files.invitation(
                eventCalendars.entry(event, language),
                new CalendarAttendance(
                        new CalendarPerson(name, email), "NEEDS-ACTION", eventCalendars.organizer(event)),
                CalendarMethod.REQUEST);
    }

    /** The CANCEL of that invitation, once the invitee declined: calendars remove the entry it made. */
    String invitationCancelFor(Event event, String name, String email, String language) {
        return files.invitation(
                eventCalendars.entry(event, language),
                new CalendarAttendance(new CalendarPerson(name, email), "DECLINED", eventCalendars.organizer(event)),
                CalendarMethod.CANCEL);
    }

    /** The private feed URL of the delegate behind a registration token (https and webcal forms). */
    public Mono<String> feedUrl(String manageToken) {
        return registrations.byToken(manageToken).flatMap(r -> {
            String feedToken = secret.token("feed", r.email());
            return feeds.ensure(r.email(), ServerSecret.hash(feedToken))
                    .thenReturn(baseUrl + "/api/v1/calendar/feeds/" + feedToken + ".ics");
        });
    }

    /**
     * The feed owner's confirmed events with the sessions they take part in, and the ones they left as
     * STATUS:CANCELLED, so that a subscribed calendar removes them (and a feed is never a calendar of nothing).
     */
    Mono<String> feed(String feedToken) {
        if (feedToken == null || feedToken.length() > 200) {
            return Mono.error(new NotFoundException("Unknown calendar feed."));
        }
        return feeds.emailFor(ServerSecret.hash(feedToken))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Unknown calendar feed.")))
                .flatMapMany(registrations::forCalendarOf)
                .concatMap(r -> events.find(r.eventId()).map(event -> personalEntry(event, r)))
                .sort(Comparator.comparing(CalendarEntry::start))
                .collectList()
                .map(entries -> files.feed("Convene", entries));
    }

    private CalendarEntry personalEntry(Event event, Registration r) {
        CalendarEntry full = eventCalendars.entry(event, r.language());
        List<String> mine = r.sessionIds().stream().map(id -> id + "@convene").toList();
        List<CalendarEntry> sessions =
                full.children().stream().filter(s -> mine.contains(s.uid())).toList();
        return new CalendarEntry(
                full.uid(),
                full.sequence(),
                full.summary(),
                full.description(),
                full.location(),
                full.url(),
                full.start(),
                full.end(),
                full.cancelled() || !r.status().isLive(),
                sessions);
    }

    private CalendarAttendance attendance(Event event, Registration r) {
        String partStat = switch (r.status()) {
            case CONFIRMED -> "ACCEPTED";
            case PENDING_APPROVAL, WAITLISTED -> "TENTATIVE";
            case DECLINED, CANCELLED -> "DECLINED";
        };
        return new CalendarAttendance(
                new CalendarPerson(r.badgeName(), r.email()), partStat, eventCalendars.organizer(event));
    }
}
