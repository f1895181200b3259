package org.cti.convene.registration;

import java.util.List;
import java.util.Map;

/**
 * Who is coming from which State: registrations of an event by status, and the live ones (pending approval,
 * confirmed or waiting) by country and by UN M49 region. Declined and cancelled registrations count only in
 * {@code byStatus}.
 *
 * @param total every registration of the event, whatever its status
 * @param byCountry countries with at least one live registration, the most represented first
 * @param byRegion the five M49 regions in a fixed order (also when empty), then {@code Other} when used
 * @param byGroup the UN regional groups as UN bodies count (also when empty), then {@code OBSERVER} (Holy See,
 *     State of Palestine) and {@code OTHER} (a code that is not one of the 195 States) when used; they add up to
 *     {@link #live()}
 */
public record AttendeeCounts(
        long total,
        Map<RegistrationStatus, Long> byStatus,
        List<CountryCount> byCountry,
        List<RegionCount> byRegion,
        List<GroupCount> byGroup) {

    /**
     * @param name the country's name in the reader's language
     * @param count live registrations: {@code confirmed + pending + waitlisted}
     */
    public record CountryCount(
            String code, String name, String region, long count, long confirmed, long pending, long waitlisted) {}

    /** @param region Africa, Americas, Asia, Europe, Oceania or Other */
    public record RegionCount(String region, long count, long confirmed, long pending, long waitlisted) {}

    /** @param group a {@link org.cti.convene.common.Countries.RegionalGroup} name, or {@code OTHER} */
    public record GroupCount(String group, long count, long confirmed, long pending, long waitlisted) {}

    /** Live registrations (pending approval, confirmed or waiting). */
    public long live() {
        return byStatus.getOrDefault(RegistrationStatus.PENDING_APPROVAL, 0L)
                + byStatus.getOrDefault(RegistrationStatus.CONFIRMED, 0L)
                + byStatus.getOrDefault(RegistrationStatus.WAITLISTED, 0L);
    }
}
