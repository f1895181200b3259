package org.cti.convene.registration;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.common.Countries;
import org.cti.convene.common.DomainEvents;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Who is coming: the organiser's filtered, searchable attendee list of an event, and its counts. */
@Service
public class AttendeeLists {

    private final AttendeeRepository attendees;

    private final DomainEvents domainEvents;

    AttendeeLists(AttendeeRepository attendees, DomainEvents domainEvents) {
        this.attendees = attendees;
        this.domainEvents = domainEvents;
    }

    /** A page of the attendee list; reading it is recorded in the audit trail, whichever door it is read through. */
    public Mono<AttendeePage> page(UUID eventId, AttendeeQuery query) {
        return domainEvents
                .publish(query.read("attendees.list", eventId))
                .then(Mono.zip(
                                attendees.page(eventId, query).collectList(),
                                attendees.count(eventId, query),
                                attendees.totals(eventId))
                        .map(t -> new AttendeePage(t.getT1(), t.getT2(), query.page(), query.size(), t.getT3())));
    }

    /** How many registrations match the filters (paging fields are ignored). */
    public Mono<Long> count(UUID eventId, AttendeeQuery query) {
        return attendees.count(eventId, query);
    }

    /** Every registration matching the filters (exports, badges), in the list's order. */
    public Flux<Registration> all(UUID eventId, AttendeeQuery query) {
        return Flux.range(0, Integer.MAX_VALUE)
                .concatMap(page -> attendees
                        .page(eventId, query.atPage(page, AttendeeQuery.MAX_SIZE))
                        .collectList())
                .takeUntil(list -> list.size() < AttendeeQuery.MAX_SIZE)
                .flatMapIterable(list -> list);
    }

    /** Registrations by status, and live ones by country and region; country names in {@code locale}. */
    public Mono<AttendeeCounts> counts(UUID eventId, Locale locale) {
        return attendees.tallies(eventId).collectList().map(tallies -> counts(tallies, locale));
    }

    static AttendeeCounts counts(List<AttendeeRepository.Tally> tallies, Locale locale) {
        Map<RegistrationStatus, Long> byStatus = new EnumMap<>(RegistrationStatus.class);
        for (RegistrationStatus s : RegistrationStatus.values()) {
            byStatus.put(s, 0L);
        }
        Map<String, long[]> byCountry = new HashMap<>();
        Map<String, long[]> byRegion = new HashMap<>();
        Map<String, long[]> byGroup = new HashMap<>();
        long total = 0;
        for (AttendeeRepository.Tally t : tallies) {
            total += t.count();
            byStatus.merge(t.status(), t.count(), Long::sum);
            int column = switch (t.status()) {
                case CONFIRMED -> 0;
                case PENDING_APPROVAL -> 1;
                case WAITLISTED -> 2;
                case DECLINED, CANCELLED -> -1;
            };
            if (column >= 0) {
                byCountry.computeIfAbsent(t.country(), c -> new long[3])[column] += t.count();
                byRegion.computeIfAbsent(UnRegions.of(t.country()), r -> new long[3])[column] += t.count();
                byGroup.computeIfAbsent(groupOf(t.country()), g -> new long[3])[column] += t.count();
            }
        }
        Collator collator = Collator.getInstance(locale);
        List<AttendeeCounts.CountryCount> countries = new ArrayList<>();
        byCountry.forEach((code, n) -> countries.add(new AttendeeCounts.CountryCount(
                code, Countries.name(code, locale), UnRegions.of(code), n[0] + n[1] + n[2], n[0], n[1], n[2])));
        countries.sort(Comparator.comparingLong(AttendeeCounts.CountryCount::count)
                .reversed()
                .thenComparing(AttendeeCounts.CountryCount::name, collator));
        List<AttendeeCounts.RegionCount> regions = new ArrayList<>();
        for (String region : UnRegions.REGIONS) {
            long[] n = byRegion.getOrDefault(region, new long[3]);
            regions.add(new AttendeeCounts.RegionCount(region, n[0] + n[1] + n[2], n[0], n[1], n[2]));
        }
        long[] other = byRegion.get(UnRegions.OTHER);
        if (other != null) {
            regions.add(new AttendeeCounts.RegionCount(
                    UnRegions.OTHER, other[0] + other[1] + other[2], other[0], other[1], other[2]));
        }
        List<AttendeeCounts.GroupCount> groups = new ArrayList<>();
        for (Countries.RegionalGroup group : Countries.RegionalGroup.values()) {
            long[] n = byGroup.getOrDefault(group.name(), new long[3]);
            if (group != Countries.RegionalGroup.OBSERVER || byGroup.containsKey(group.name())) {
                groups.add(new AttendeeCounts.GroupCount(group.name(), n[0] + n[1] + n[2], n[0], n[1], n[2]));
            }
        }
        long[] outside = byGroup.get(OUTSIDE_GROUPS);
        if (outside != null) {
            groups.add(new AttendeeCounts.GroupCount(
                    OUTSIDE_GROUPS, outside[0] + outside[1] + outside[2], outside[0], outside[1], outside[2]));
        }
        return new AttendeeCounts(total, byStatus, List.copyOf(countries), List.copyOf(regions), List.copyOf(groups));
    }

    /** Codes that are not one of the 195 States (a territory in older data) count here. */
    static final String OUTSIDE_GROUPS = "OTHER";

    private static String groupOf(String code) {
        return Countries.group(code).map(Enum::name).orElse(OUTSIDE_GROUPS);
    }
}
