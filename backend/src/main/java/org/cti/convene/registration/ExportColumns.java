package org.cti.convene.registration;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cti.convene.common.Countries;
import org.cti.convene.common.Countries.RegionalGroup;
import org.cti.convene.events.Event;
import org.cti.convene.events.EventSession;

/**
 * The columns of an attendee export, the same in CSV and XLSX. Headers are fixed English names (other tools
 * read them); country names and session titles are in the reader's language, the registration time in the
 * venue's zone, which the header names.
 */
final class ExportColumns {

    static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private enum Column {
        STATUS("Status", r -> r.status().name()),
        HONORIFIC("Honorific", Registration::honorific),
        GIVEN_NAME("Given name", Registration::givenName),
        FAMILY_NAME("Family name", Registration::familyName),
        BADGE_NAME("Name on badge", Registration::badgeName),
        FUNCTION("Function", Registration::function),
        ORGANISATION("Organisation", Registration::organisation),
        COUNTRY_CODE("Country code", Registration::countryCode),
        COUNTRY("Country", null),
        REGIONAL_GROUP("UN regional group", null),
        EMAIL("E-mail", Registration::email),
        PHONE("Phone", Registration::phone),
        LANGUAGE("Language", Registration::language),
        ROLE("Role", r -> r.role().name()),
        DIETARY("Dietary needs", Registration::dietary),
        ACCESSIBILITY("Accessibility needs", Registration::accessibility),
        VISA_LETTER("Visa letter", r -> r.visaLetter() ? "yes" : "no"),
        REGISTERED_AT("Registered at", null),
        SESSIONS("Sessions", null),
        ID("Registration id", r -> r.id().toString());

        final String header;
        final Function<Registration, String> text;

        Column(String header, Function<Registration, String> text) {
            this.header = header;
            this.text = text;
        }
    }

    private final ZoneId zone;
    private final Locale locale;
    private final List<EventSession> sessions;
    private final Function<RegionalGroup, String> groupNames;

    private ExportColumns(
            ZoneId zone, Locale locale, List<EventSession> sessions, Function<RegionalGroup, String> groupNames) {
        this.zone = zone;
        this.locale = locale;
        this.sessions = sessions;
        this.groupNames = groupNames;
    }

    /** @param groupNames the regional groups' names in the reader's language, as the console shows them */
    static ExportColumns of(Event event, Locale locale, Function<RegionalGroup, String> groupNames) {
        return new ExportColumns(event.venue().zone(), locale, event.sessions(), groupNames);
    }

    List<String> headers() {
        return Arrays.stream(Column.values())
                .map(c -> c == Column.REGISTERED_AT ? c.header + " (" + zone.getId() + ")" : c.header)
                .toList();
    }

    /** One row: strings, and the registration time as a {@link LocalDateTime} in the venue's zone. */
    List<Object> values(Registration r) {
        List<Object> values = new ArrayList<>(Column.values().length);
        for (Column c : Column.values()) {
            values.add(
                    switch (c) {
                        case COUNTRY -> r.countryCode() == null ? "" : Countries.name(r.countryCode(), locale);
                        case REGIONAL_GROUP ->
                            Countries.group(r.countryCode()).map(groupNames).orElse("");
                        case REGISTERED_AT -> LocalDateTime.ofInstant(r.createdAt(), zone);
                        case SESSIONS -> sessions(r.sessionIds());
                        default -> nullToEmpty(c.text.apply(r));
                    });
        }
        return values;
    }

    /** The row as text, for CSV. */
    List<String> texts(Registration r) {
        return values(r).stream()
                .map(v -> v instanceof LocalDateTime t ? t.format(LOCAL_TIME) : (String) v)
                .toList();
    }

    /** Titles of the sessions the person signed up for, in programme order. */
    private String sessions(List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        return sessions.stream()
                .filter(s -> ids.contains(s.id()))
                .sorted(Comparator.comparing(EventSession::startsAt))
                .map(s -> s.titleIn(locale.getLanguage()))
                .collect(Collectors.joining("; "));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
