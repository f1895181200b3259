package org.cti.convene.web.console;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cti.convene.common.Countries;

/** The options of the event form's country and time-zone selects, in the reader's language. */
final class Choices {

    record Option(String value, String label) {}

    /** Where the initiative meets most: Geneva and New York first, then the regional hubs. */
    static final List<String> COMMON_ZONES = List.of(
            "Europe/Zurich",
            "America/New_York",
            "Europe/Vienna",
            "Europe/Paris",
            "Europe/London",
            "Europe/Brussels",
            "Africa/Accra",
            "Africa/Dakar",
            "Africa/Nairobi",
            "Africa/Johannesburg",
            "Asia/Bangkok",
            "Asia/Beirut",
            "America/Panama",
            "America/Mexico_City",
            "America/Bogota",
            "Pacific/Fiji");

    private static final Pattern REGION_ZONE =
            Pattern.compile("^(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+");

    private static final List<String> REGION_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> REGION_ZONE.matcher(id).matches())
            .sorted()
            .toList();

    private Choices() {}

    /** The UN's 195 States by their UN names in {@code locale}; an unknown current value is kept as it is. */
    static List<Option> countries(Locale locale, String current) {
        List<Option> options = new ArrayList<>(Countries.states(locale).stream()
                .map(c -> new Option(c.code(), c.name()))
                .toList());
        if (current != null && !current.isBlank() && !Countries.isState(current)) {
            options.addFirst(new Option(current, Countries.name(current, locale)));
        }
        return options;
    }

    static List<Option> commonZones() {
        return COMMON_ZONES.stream()
                .filter(ZoneId.getAvailableZoneIds()::contains)
                .map(Choices::zone)
                .toList();
    }

    /** Every other IANA region zone, sorted; a stored zone outside that list (an old alias) is kept. */
    static List<Option> otherZones(String current) {
        List<Option> options = new ArrayList<>(REGION_ZONES.stream()
                .filter(id -> !COMMON_ZONES.contains(id))
                .map(Choices::zone)
                .toList());
        if (current != null
                && !current.isBlank()
                && !REGION_ZONES.contains(current)
                && !COMMON_ZONES.contains(current)) {
            options.addFirst(zone(current));
        }
        return options;
    }

    private static Option zone(String id) {
        return new Option(id, id.replace('_', ' '));
    }
}
