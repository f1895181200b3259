/** Who may sign in and how: staff accounts, roles and scopes, sessions, API tokens, passwords. */
@ApplicationModule(allowedDependencies = {"common"})
package org.cti.convene.staff;

import org.springframework.modulith.ApplicationModule;
