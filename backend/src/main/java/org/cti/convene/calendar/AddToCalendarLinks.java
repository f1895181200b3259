package org.cti.convene.calendar;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.StringJoiner;

/** "Add to calendar" links for people who would rather not download a file. */
final class AddToCalendarLinks {

    private static final DateTimeFormatter GOOGLE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter OUTLOOK_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    /**
     * Long programmes would otherwise make URLs that browsers and the calendar services refuse; percent-encoded
     * Chinese takes nine characters per character. The full text stays in the .ics file.
     */
    private static final int MAX_DETAILS_CODE_POINTS = 500;

    private AddToCalendarLinks() {}

    static String google(CalendarEntry entry) {
        Query query = new Query("https://calendar.google.com/calendar/render")
                .add("action", "TEMPLATE")
                .add("text", IcsText.singleLine(entry.summary()))
                .add("dates", utc(entry.start(), GOOGLE_TIME) + "/" + utc(entry.end(), GOOGLE_TIME))
                .add("details", details(entry))
                .add("location", IcsText.singleLine(entry.location()));
        if (!(entry.start().getZone().normalized() instanceof ZoneOffset)) {
            // Times travel in UTC; ctz only makes Google show them in the venue's zone.
            query.add("ctz", entry.start().getZone().getId());
        }
        return query.toString();
    }

    static String outlook(CalendarEntry entry) {
        return new Query("https://outlook.office.com/calendar/0/deeplink/compose")
                // Microsoft does not document this deeplink; path and rru are what working links carry.
                .add("path", "/calendar/action/compose")
                .add("rru", "addevent")
                .add("subject", IcsText.singleLine(entry.summary()))
                .add("startdt", utc(entry.start(), OUTLOOK_TIME))
                .add("enddt", utc(entry.end(), OUTLOOK_TIME))
                .add("location", IcsText.singleLine(entry.location()))
                .add("body", details(entry))
                .toString();
    }

    private static String utc(ZonedDateTime time, DateTimeFormatter format) {
        return time.withZoneSameInstant(ZoneOffset.UTC).format(format);
    }

    /**
     * The description, shortened, then the URL. A description that already ends with the URL (the event file
     * puts it there for clients that hide URL) loses it first, so that the link neither shows it twice nor
     * cuts it off when shortening.
     */
    private static String details(CalendarEntry entry) {
        String description = IcsText.multiLine(entry.description());
        String url = entry.url() == null ? null : entry.url().toString();
        if (description != null && url != null && description.endsWith(url)) {
            description = IcsText.multiLine(description.substring(0, description.length() - url.length()));
        }
        if (description != null && description.codePointCount(0, description.length()) > MAX_DETAILS_CODE_POINTS) {
            description = description.substring(0, description.offsetByCodePoints(0, MAX_DETAILS_CODE_POINTS)) + "…";
        }
        if (description == null) {
            return url;
        }
        return url == null ? description : description + "\n\n" + url;
    }

    private static final class Query {

        private final String base;
        private final StringJoiner parameters = new StringJoiner("&");

        Query(String base) {
            this.base = base;
        }

        Query add(String name, String value) {
            if (value != null && !value.isEmpty()) {
                parameters.add(name + "=" + encode(value));
            }
            return this;
        }

        /**
         * URLEncoder writes a space as '+', a form-encoding habit not every reader of a query applies; %20 is a
         * space everywhere. A real '+' is already %2B at this point, so the replacement cannot touch it. A slash
         * may stand as it is in a query (RFC 3986, section 3.4), which keeps dates and ctz in the form Google
         * documents: 20260612T111500Z/20260612T123000Z and Europe/Zurich.
         */
        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8)
                    .replace("+", "%20")
                    .replace("%2F", "/");
        }

        @Override
        public String toString() {
            return base + "?" + parameters;
        }
    }
}
