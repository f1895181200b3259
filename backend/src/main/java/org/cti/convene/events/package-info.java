/** Events: what organisers create, publish, change and cancel, with their programme and venue. */
@ApplicationModule(allowedDependencies = {"common"})
package org.cti.convene.events;

import org.springframework.modulith.ApplicationModule;
