/** Demo events and a demo administrator for {@code make run} (profile {@code demo}); never active in tests or production. */
@ApplicationModule(allowedDependencies = {"common", "events", "staff"})
package org.cti.convene.demo;

import org.springframework.modulith.ApplicationModule;
