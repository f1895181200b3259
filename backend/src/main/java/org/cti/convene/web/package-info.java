/**
 * Server-rendered pages, grouped by who reads them: {@code delegate} (registration, private pages,
 * invitations), {@code console} (organisers), {@code door} (check-in staff). What they share lives here: the
 * page language, times in the venue's zone, the layout's model, and the public catalogue (home and event
 * pages). Pages call the features' facades only.
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "calendar",
            "checkin",
            "common",
            "events",
            "invitations",
            "mail",
            "registration",
            "staff"
        })
package org.cti.convene.web;

import org.springframework.modulith.ApplicationModule;
