/** The audit trail: who changed what, and who read personal data in bulk, written with each change. */
@ApplicationModule(allowedDependencies = {"common", "events", "invitations", "registration", "staff"})
package org.cti.convene.audit;

import org.springframework.modulith.ApplicationModule;
