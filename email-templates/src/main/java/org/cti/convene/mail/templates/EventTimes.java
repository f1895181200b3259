package org.cti.convene.mail.templates;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Writes event times the way a reader in {@code formatting}'s culture expects, in the zone the time
 * carries (the venue's), and always names that zone: a delegate reading in New York must not mistake a
 * Geneva start for a local one.
 *
 * <p>The date is written in full (weekday and month name) so that 03/10 cannot be read as either 3 October
 * or 10 March. How the pieces are joined is wording, so it comes from the bundle.
 */
final class EventTimes {

    private final MailMessages messages;
    private final Locale language;
    private final Locale formatting;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    EventTimes(MailMessages messages, Locale language, Locale formatting) {
        this.messages = messages;
        this.language = language;
        this.formatting = formatting;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(formatting);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(formatting);
    }

    /** From {@code start} to {@code end}, shown in {@code start}'s zone; {@code null} without a start. */
    String range(ZonedDateTime start, ZonedDateTime end) {
        if (start == null) {
            return null;
        }
        if (end == null) {
            return moment(start);
        }
        var sameZoneEnd = end.withZoneSameInstant(start.getZone());
        var span = start.toLocalDate().equals(sameZoneEnd.toLocalDate())
                ? messages.get(
                        language, "time.sameDay", date.format(start), time.format(start), time.format(sameZoneEnd))
                : messages.get(
                        language,
                        "time.severalDays",
                        date.format(start),
                        time.format(start),
                        date.format(sameZoneEnd),
                        time.format(sameZoneEnd));
        return inZone(span, start.getZone());
    }

    /** One point in time with its zone, e.g. a reply deadline; {@code null} stays {@code null}. */
    String moment(ZonedDateTime at) {
        if (at == null) {
            return null;
        }
        return inZone(messages.get(language, "time.moment", date.format(at), time.format(at)), at.getZone());
    }

    private String inZone(String when, ZoneId zone) {
        var name = zone.getDisplayName(TextStyle.FULL, formatting);
        // Fixed offsets such as +01:00 have no name beyond their id; say it once.
        return name.equals(zone.getId())
                ? messages.get(language, "time.inZone", when, name)
                : messages.get(language, "time.inNamedZone", when, name, zone.getId());
    }
}
