package org.cti.convene.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Times as a delegate reads them: in the venue's zone, in the page's language, with the zone named, so
 * that a delegate in Dakar is never unsure whether "13:00" is Geneva time or theirs.
 */
public record TimeFormat(ZoneId zone, Locale locale) {

    public String date(Instant instant) {
        return at(instant)
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
    }

    public String shortDate(Instant instant) {
        return at(instant)
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    public String time(Instant instant) {
        return at(instant).format(DateTimeFormatter.ofPattern("HH:mm", locale));
    }

    public String dateTime(Instant instant) {
        return shortDate(instant) + " " + time(instant);
    }

    /** "Europe/Zurich (Central European Time)" in the page's language. */
    public String zoneName(Instant when) {
        boolean dst = zone.getRules().isDaylightSavings(when);
        String name = java.util.TimeZone.getTimeZone(zone).getDisplayName(dst, java.util.TimeZone.LONG, locale);
        return zone.getId() + " (" + name + ")";
    }

    public String isoLocal(Instant instant) {
        return at(instant).toOffsetDateTime().toString();
    }

    /** Days the event spans, e.g. "10 Mar 2027" or "10 Mar 2027 – 12 Mar 2027". */
    public String span(Instant start, Instant end) {
        String first = shortDate(start);
        String last = shortDate(end.minusSeconds(1));
        return first.equals(last) ? first : first + " – " + last;
    }

    private ZonedDateTime at(Instant instant) {
        return instant.atZone(zone);
    }
}
