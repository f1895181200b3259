/**
 * Check-in: staff scan badges at the door, Convene says at once whether to let the person in, and records the
 * presence once per event and once per session; organisers follow attendance as it happens.
 *
 * <p>The API is {@link org.cti.convene.checkin.CheckIns} with its records. A scan verifies the badge signature
 * without the database ({@code badges}), asks {@code registration} for the person's current badge version and
 * status in one indexed lookup, and records the presence with one statement that cannot count anyone twice.
 */
@ApplicationModule(allowedDependencies = {"badges", "common", "events", "registration"})
package org.cti.convene.checkin;

import org.springframework.modulith.ApplicationModule;
