package org.cti.convene.badges;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.cti.convene.common.ConflictException;
import org.cti.convene.common.Countries;
import org.cti.convene.events.Event;
import org.cti.convene.events.EventStatus;
import org.cti.convene.events.Events;
import org.cti.convene.registration.AttendeeLists;
import org.cti.convene.registration.AttendeeQuery;
import org.cti.convene.registration.Registration;
import org.cti.convene.registration.RegistrationStatus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Issues printable badges: for one confirmed delegate, or for every confirmed participant of an event that an
 * attendee-list filter selects. Each QR carries {@code BadgeClaim(registration, event, badgeVersion)} signed
 * with the active key, so a badge printed before a name change or a substitution stops admitting anyone.
 * Neither runs on the event loop: signing, text shaping and QR encoding (CPU-bound, most of a sheet's cost) are
 * spread over the parallel scheduler, and one bounded-elastic thread assembles the PDF.
 */
@Service
public class BadgeIssuer {

    /** Badges are in English unless asked otherwise: every badge of an event should look the same at the door. */
    public static final String DEFAULT_LANGUAGE = "en";

    private final Events events;
    private final AttendeeLists attendees;
    private final BadgeSigner signer;
    private final BadgeRenderer renderer;

    BadgeIssuer(Events events, AttendeeLists attendees, BadgeSigner signer, BadgeRenderer renderer) {
        this.events = events;
        this.attendees = attendees;
        this.signer = signer;
        this.renderer = renderer;
    }

    /** The delegate's own badge, one per page at badge-printer size; 409 {@code badge-not-available} unless confirmed. */
    public Mono<byte[]> badgeFor(Registration registration) {
        return badgeFor(registration, DEFAULT_LANGUAGE);
    }

    public Mono<byte[]> badgeFor(Registration registration, String language) {
        if (registration.status() != RegistrationStatus.CONFIRMED) {
            return Mono.error(notAvailable(registration.status()));
        }
        return events.find(registration.eventId())
                .flatMap(event -> render(event, List.of(registration), BadgeLayout.SINGLE, language));
    }

    /** Every confirmed participant the filters select, in the attendee list's order. */
    public Mono<byte[]> badgesFor(UUID eventId, AttendeeQuery query, BadgeLayout layout) {
        return badgesFor(eventId, query, Set.of(), layout, DEFAULT_LANGUAGE);
    }

    /**
     * As {@link #badgesFor(UUID, AttendeeQuery, BadgeLayout)}, limited to the registrations in {@code only} when it
     * is not empty (the organiser ticked some rows); 409 {@code no-matching-participants} when nobody is left.
     * A status filter other than {@code CONFIRMED} selects nobody: badges exist for confirmed people only.
     */
    public Mono<byte[]> badgesFor(
            UUID eventId, AttendeeQuery query, Set<UUID> only, BadgeLayout layout, String language) {
        if (query.status() != null && query.status() != RegistrationStatus.CONFIRMED) {
            return Mono.error(nobody());
        }
        AttendeeQuery confirmed = new AttendeeQuery(
                RegistrationStatus.CONFIRMED,
                query.country(),
                query.role(),
                query.sessionId(),
                query.q(),
                0,
                AttendeeQuery.MAX_SIZE);
        return events.find(eventId)
                .flatMap(event -> attendees
                        .all(eventId, confirmed)
                        .filter(r -> only.isEmpty() || only.contains(r.id()))
                        .collectList()
                        .flatMap(people ->
                                people.isEmpty() ? Mono.error(nobody()) : render(event, people, layout, language)));
    }

    private Mono<byte[]> render(Event event, List<Registration> people, BadgeLayout layout, String language) {
        if (event.status() == EventStatus.CANCELLED) {
            return Mono.error(new ConflictException(
                    "badge-not-available", "This event is cancelled: there are no badges for it."));
        }
        Locale locale = Locale.forLanguageTag(language == null || language.isBlank() ? DEFAULT_LANGUAGE : language);
        String title = event.titleIn(locale.getLanguage());
        String dates = dates(event, locale);
        // each payload is signed once, on the worker that prepares its badge: signing is CPU-bound and
        // independent per badge, like the QR encoding and text shaping it is spread over the cores with
        return renderer.renderAsync(people, r -> badge(r, event, title, dates, locale), layout);
    }

    private BadgeData badge(Registration r, Event event, String title, String dates, Locale locale) {
        String payload = signer.sign(new BadgeClaim(r.id(), event.id(), r.badgeVersion()));
        return new BadgeData(
                r.badgeName(), r.function(), origin(r, locale), r.role().name(), title, dates, payload);
    }

    /** The longest second line that still prints at the badge's smallest legible size. */
    static final int ORIGIN_FITS = 44;

    /**
     * The second line: the country for everyone who gave one (the door and the other delegates read the State
     * first, whatever the role), with the organisation beside it when both fit on one line; the organisation
     * alone for someone who gave no country.
     */
    static String origin(Registration r, Locale locale) {
        String country = Countries.name(r.countryCode(), locale);
        String organisation = r.organisation() == null ? "" : r.organisation().strip();
        if (country.isEmpty() || organisation.isEmpty()) {
            return country.isEmpty() ? organisation : country;
        }
        String both = country + " · " + organisation;
        return both.codePointCount(0, both.length()) <= ORIGIN_FITS ? both : country;
    }

    /** "10 March 2027 · Palais des Nations, Room XXIII, Geneva", the days in the venue's time zone. */
    static String dates(Event event, Locale locale) {
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        LocalDate first = event.startsAt().atZone(event.venue().zone()).toLocalDate();
        Instant lastMoment =
                event.endsAt().isAfter(event.startsAt()) ? event.endsAt().minusSeconds(1) : event.endsAt();
        LocalDate last = lastMoment.atZone(event.venue().zone()).toLocalDate();
        String days = first.equals(last) ? first.format(format) : first.format(format) + " – " + last.format(format);
        return days + " · " + event.venue().label();
    }

    private static ConflictException notAvailable(RegistrationStatus status) {
        String why = switch (status) {
            case WAITLISTED ->
                "Your registration is on the waiting list. Your badge will be available here as soon"
                        + " as a seat is confirmed for you.";
            case PENDING_APPROVAL ->
                "Your registration is waiting for the organisers' approval. Your badge will be"
                        + " available here once it is confirmed.";
            case DECLINED -> "Your registration was declined, so there is no badge for it.";
            case CANCELLED -> "This registration is cancelled, so there is no badge for it.";
            case CONFIRMED -> "The badge is not available.";
        };
        return new ConflictException("badge-not-available", why);
    }

    private static ConflictException nobody() {
        return new ConflictException(
                "no-matching-participants",
                "No confirmed participant matches these filters, so there is no badge to print.");
    }
}
