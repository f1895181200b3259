package org.cti.convene.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/**
 * Builds the RFC 5545 text of Convene's calendar files: an event to import, an invitation or its
 * cancellation for one delegate, and a delegate's subscription feed. The text uses CRLF line ends and
 * lines of at most 75 octets, and carries a VTIMEZONE for every zone its times use, so that Outlook,
 * Google and Apple show the venue's time and update the entry in place when the same UID comes back with
 * a higher SEQUENCE.
 */
@Component
public final class CalendarFiles {

    static final String PRODUCT_ID = "-//Convene//Convene//EN";

    /** How often subscribers should fetch the feed again; Google ignores this and keeps its own pace. */
    private static final Duration FEED_REFRESH = Duration.ofHours(6);

    private final Clock clock;

    public CalendarFiles(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The event and its sessions, for download and import (METHOD:PUBLISH). iTIP requires an ORGANIZER on
     * every published VEVENT; the secretariat or partner running the event fits.
     */
    public String eventFile(CalendarEntry event, CalendarPerson organizer) {
        return eventFile(event, organizer, clock.instant());
    }

    /**
     * The same file with a DTSTAMP chosen by the caller: stamped with the moment the event last changed, an
     * unchanged event gives the same bytes on every download, which lets HTTP caches and ETags work.
     */
    String eventFile(CalendarEntry event, CalendarPerson organizer, Instant stamp) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(organizer, "organizer");
        Objects.requireNonNull(stamp, "stamp");
        VenueTimeZones zones = new VenueTimeZones();
        List<VEvent> events =
                new EventComponents(stamp.truncatedTo(ChronoUnit.SECONDS), zones).withSessions(event, organizer);
        return write(List.of(ImmutableMethod.PUBLISH), zones, events);
    }

    /**
     * An invitation (REQUEST) or its withdrawal (CANCEL) for one delegate, to attach to a mail. Only the event
     * itself goes in, without its sessions: every VEVENT of an iTIP message is a scheduling request of its own,
     * and the delegate was invited to the event, not to each session; the event file has the programme. A CANCEL should carry a SEQUENCE at least as high as the last
     * REQUEST, or calendars may ignore it.
     */
    public String invitation(CalendarEntry event, CalendarAttendance attendance, CalendarMethod method) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(attendance, "attendance");
        Method iTipMethod = switch (Objects.requireNonNull(method, "method")) {
            case REQUEST -> ImmutableMethod.REQUEST;
            case CANCEL -> ImmutableMethod.CANCEL;
            case PUBLISH -> throw new IllegalArgumentException("an invitation is a REQUEST or a CANCEL, not " + method);
        };
        VenueTimeZones zones = new VenueTimeZones();
        VEvent vevent = components(zones).event(event, method == CalendarMethod.CANCEL || event.cancelled());
        vevent.add(EventComponents.organizer(attendance.organizer()));
        vevent.add(EventComponents.attendee(attendance));
        return write(List.of(iTipMethod), zones, List.of(vevent));
    }

    /**
     * A delegate's own file (METHOD:PUBLISH): the event with the sessions they signed up for, the delegate as
     * ATTENDEE with their participation status and the organiser as ORGANIZER on every entry.
     */
    public String personalFile(CalendarEntry event, CalendarAttendance attendance) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(attendance, "attendance");
        VenueTimeZones zones = new VenueTimeZones();
        List<VEvent> events = components(zones).withSessions(event, attendance.organizer());
        events.forEach(e -> e.add(EventComponents.attendee(attendance)));
        return write(List.of(ImmutableMethod.PUBLISH), zones, events);
    }

    /**
     * A subscription feed (webcal) with every entry and its sessions. It has no METHOD: a feed is a calendar
     * to mirror, not a message to act on. Cancelled entries stay in, marked as such, so that subscribers see
     * the cancellation instead of an entry that silently disappears.
     */
    public String feed(String calendarName, List<CalendarEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        String name = Objects.requireNonNullElse(IcsText.singleLine(calendarName), "Convene");
        VenueTimeZones zones = new VenueTimeZones();
        EventComponents components = components(zones);
        List<VEvent> events = new ArrayList<>();
        entries.forEach(entry -> events.addAll(components.withSessions(entry, null)));
        List<Property> properties = List.of(
                new XProperty("X-WR-CALNAME", name),
                new RefreshInterval(new ParameterList(List.of(Value.DURATION)), FEED_REFRESH),
                // Outlook's name for the same hint.
                new XProperty("X-PUBLISHED-TTL", FEED_REFRESH.toString()));
        return write(properties, zones, events);
    }

    /** A safe download name, e.g. "hrc61-side-event.ics" for the slug "HRC61 side event". */
    public static String fileName(String slug) {
        return IcsFileName.of(slug);
    }

    /** A link that opens Google Calendar with the event filled in. */
    public static String googleCalendarLink(CalendarEntry event) {
        return AddToCalendarLinks.google(Objects.requireNonNull(event, "event"));
    }

    /** A link that opens Outlook on the web with the event filled in. */
    public static String outlookWebLink(CalendarEntry event) {
        return AddToCalendarLinks.outlook(Objects.requireNonNull(event, "event"));
    }

    private EventComponents components(VenueTimeZones zones) {
        return new EventComponents(clock.instant().truncatedTo(ChronoUnit.SECONDS), zones);
    }

    /** Zones are known only once the events are built, and their definitions must come before the events. */
    private static String write(List<Property> properties, VenueTimeZones zones, List<VEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        properties.forEach(calendar::add);
        zones.definitions().forEach(calendar::add);
        events.forEach(calendar::add);
        if (calendar.getComponentList().getAll().isEmpty()) {
            // RFC 5545 wants at least one component, and a delegate's feed may have no event yet. A VTIMEZONE
            // no event refers to shows nothing, yet keeps the file valid.
            calendar.add(VenueTimeZones.utc());
        }
        return LineFolding.fold(calendar.toString());
    }
}
