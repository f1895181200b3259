/** Demo events and a demo administrator for {@code make run} (profile {@code demo}); never active in tests or production. */
package org.cti.convene.demo;
