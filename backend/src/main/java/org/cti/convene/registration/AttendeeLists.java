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
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Who is coming: the organiser's filtered, searchable attendee list of an event, and its counts. */
@Service
public class AttendeeLists {

    private final AttendeeRepository attendees;

    AttendeeLists(AttendeeRepository attendees) {
        this.attendees = attendees;
    }

    public Mono<AttendeePage> page(UUID eventId, AttendeeQuery query) {
        return Mono.zip(
                        attendees.page(eventId, query).collectList(),
                        attendees.count(eventId, query),
                        attendees.totals(eventId))
                .map(t -> new AttendeePage(t.getT1(), t.getT2(), query.page(), query.size(), t.getT3()));
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
            }
        }
        Collator collator = Collator.getInstance(locale);
        List<AttendeeCounts.CountryCount> countries = new ArrayList<>();
        byCountry.forEach((code, n) -> countries.add(new AttendeeCounts.CountryCount(
                code,
                Locale.of("", code).getDisplayCountry(locale),
                UnRegions.of(code),
                n[0] + n[1] + n[2],
                n[0],
                n[1],
                n[2])));
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
        return new AttendeeCounts(total, byStatus, List.copyOf(countries), List.copyOf(regions));
    }
}
