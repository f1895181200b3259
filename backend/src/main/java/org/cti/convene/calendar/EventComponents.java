package org.cti.convene.calendar;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.RelatedTo;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/** Turns entries into VEVENTs for one file; the zones they use are collected on the way. */
final class EventComponents {

    private final Instant stamp;
    private final VenueTimeZones zones;

    EventComponents(Instant stamp, VenueTimeZones zones) {
        this.stamp = stamp;
        this.zones = zones;
    }

    /**
     * The entry followed by its sessions, each session related to its parent. A cancelled event cancels its
     * sessions too, so that no session lingers in a calendar after the event is called off. The organiser,
     * when given, goes on every VEVENT because iTIP requires it on each one.
     */
    List<VEvent> withSessions(CalendarEntry entry, CalendarPerson organizer) {
        List<VEvent> events = new ArrayList<>();
        addWithSessions(entry, null, false, organizer, events);
        return events;
    }

    private void addWithSessions(
            CalendarEntry entry,
            String parentUid,
            boolean parentCancelled,
            CalendarPerson organizer,
            List<VEvent> events) {
        boolean cancelled = parentCancelled || entry.cancelled();
        VEvent event = event(entry, cancelled);
        if (parentUid != null) {
            event.add(new RelatedTo(parentUid));
        }
        if (organizer != null) {
            event.add(organizer(organizer));
        }
        events.add(event);
        for (CalendarEntry session : entry.children()) {
            addWithSessions(session, entry.uid(), cancelled, organizer, events);
        }
    }

    /** One VEVENT without its sessions. */
    VEvent event(CalendarEntry entry, boolean cancelled) {
        String summary = Objects.requireNonNullElse(IcsText.singleLine(entry.summary()), "");
        VEvent event = new VEvent(zones.venueTime(entry.start()), zones.venueTime(entry.end()), summary);
        // VEvent stamps itself with the system time; the file must say when Convene wrote it, by its clock.
        event.replace(new DtStamp(stamp));
        event.add(new Uid(entry.uid()));
        event.add(new Sequence(entry.sequence()));
        String description = IcsText.multiLine(entry.description());
        if (description != null) {
            event.add(new Description(description));
        }
        String location = IcsText.singleLine(entry.location());
        if (location != null) {
            event.add(new Location(location));
        }
        if (entry.url() != null) {
            event.add(new Url(entry.url()));
        }
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    static Organizer organizer(CalendarPerson person) {
        Organizer organizer = new Organizer(mailto(person.email()));
        String name = IcsText.singleLine(person.name());
        if (name != null) {
            organizer.add(new Cn(name));
        }
        return organizer;
    }

    /** RSVP=FALSE: delegates answer through Convene, not through their calendar's reply button. */
    static Attendee attendee(CalendarAttendance attendance) {
        Attendee attendee = new Attendee(mailto(attendance.attendee().email()));
        String name = IcsText.singleLine(attendance.attendee().name());
        if (name != null) {
            attendee.add(new Cn(name));
        }
        attendee.add(new PartStat(attendance.partStat()));
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(Rsvp.FALSE);
        return attendee;
    }

    private static URI mailto(String email) {
        try {
            // The multi-argument constructor escapes what a plain "mailto:" + email would choke on.
            return new URI("mailto", email.strip(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not usable as an e-mail address: " + email, e);
        }
    }
}
