/** The door: the badge scanner for check-in staff and the live attendance page. */
package org.cti.convene.web.door;
