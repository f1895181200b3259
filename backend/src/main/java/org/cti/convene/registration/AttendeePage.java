package org.cti.convene.registration;

import java.util.List;
import java.util.Map;

/** One page of an attendee list, with how many registrations of the event are in each status. */
public record AttendeePage(
        List<Registration> items, long total, int page, int size, Map<RegistrationStatus, Long> totals) {}
