package org.cti.convene.calendar;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VTimeZone;

/**
 * Writes times in the venue's zone and remembers which {@code VTIMEZONE} definitions one file needs. The
 * definitions come from iCal4j's bundled data, so building a file never touches the network.
 */
final class VenueTimeZones {

    private static final TimeZoneRegistry REGISTRY =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private final Map<String, VTimeZone> used = new LinkedHashMap<>();

    /**
     * The time to put in DTSTART or DTEND. Fixed offsets and zones iCal4j has no definition for are written in
     * UTC: still the right instant, and a TZID without its VTIMEZONE would make the whole file invalid.
     */
    Temporal venueTime(ZonedDateTime time) {
        if (time.getZone().normalized() instanceof ZoneOffset) {
            return time.toInstant();
        }
        TimeZone zone = REGISTRY.getTimeZone(time.getZone().getId());
        if (zone == null) {
            return time.toInstant();
        }
        VTimeZone definition = zone.getVTimeZone();
        String tzid = definition.getTimeZoneId().getValue();
        ZonedDateTime written;
        try {
            // The registry answers aliases (US/Eastern) with the canonical zone, and TZID must name that.
            written = time.withZoneSameInstant(ZoneId.of(tzid));
        } catch (DateTimeException unknownToJdk) {
            return time.toInstant();
        }
        used.putIfAbsent(tzid, definition);
        return written;
    }

    /** The definition of UTC, for a file that would otherwise have no component at all. */
    static VTimeZone utc() {
        return REGISTRY.getTimeZone("Etc/UTC").getVTimeZone();
    }

    /** One definition per zone used so far, in order of first use. */
    List<VTimeZone> definitions() {
        return List.copyOf(used.values());
    }
}
