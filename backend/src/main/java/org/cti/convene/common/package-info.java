/**
 * Small shared building blocks: the clock, problem+json error handling, security wiring and the database
 * bootstrap. Every feature may use it; it uses no feature.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.cti.convene.common;

import org.springframework.modulith.ApplicationModule;
