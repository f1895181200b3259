package org.cti.convene.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What kind of change an edit made to an event: TIME, VENUE, PROGRAMME, CAPACITY, DETAILS. Participants hear of
 * the first three; seats follow CAPACITY; the audit trail and calendars read the rest.
 */
final class EventDifferences {

    private EventDifferences() {}

    static List<String> between(Event before, Event after) {
        List<String> changes = new ArrayList<>();
        if (!before.startsAt().equals(after.startsAt())
                || !before.endsAt().equals(after.endsAt())
                || !before.venue().timeZone().equals(after.venue().timeZone())) {
            changes.add("TIME");
        }
        if (!Objects.equals(before.venue().name(), after.venue().name())
                || !Objects.equals(before.venue().city(), after.venue().city())
                || !Objects.equals(before.venue().countryCode(), after.venue().countryCode())) {
            changes.add("VENUE");
        }
        if (!programme(before).equals(programme(after))) {
            changes.add("PROGRAMME");
        }
        if (before.capacity() != after.capacity() || !capacities(before).equals(capacities(after))) {
            changes.add("CAPACITY");
        }
        if (!before.title().equals(after.title())
                || !Objects.equals(before.description(), after.description())
                || !before.slug().equals(after.slug())
                || before.kind() != after.kind()
                || before.access() != after.access()
                || before.approvalRequired() != after.approvalRequired()
                || before.waitlist() != after.waitlist()
                || !Objects.equals(before.registrationOpensAt(), after.registrationOpensAt())
                || !Objects.equals(before.registrationClosesAt(), after.registrationClosesAt())
                || !Objects.equals(before.contactEmail(), after.contactEmail())) {
            changes.add("DETAILS");
        }
        return changes;
    }

    private static List<Object> programme(Event e) {
        return e.sessions().stream()
                .map(s -> (Object) List.of(s.title(), s.startsAt(), s.endsAt(), Objects.toString(s.room(), "")))
                .toList();
    }

    private static List<Object> capacities(Event e) {
        return e.sessions().stream()
                .map(s -> (Object) Objects.toString(s.capacity(), "-"))
                .toList();
    }
}
