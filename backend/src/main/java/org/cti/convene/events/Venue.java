package org.cti.convene.events;

import java.time.ZoneId;

/** Where an event takes place; its IANA zone is the one every time of the event is shown in. */
public record Venue(String name, String city, String countryCode, String timeZone) {

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String label() {
        return city == null || city.isBlank() ? name : name + ", " + city;
    }
}
