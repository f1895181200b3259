/** Registrations, delegations, seats and the waiting list; attendee lists, counts and exports. */
@ApplicationModule(allowedDependencies = {"common", "events"})
package org.cti.convene.registration;

import org.springframework.modulith.ApplicationModule;
