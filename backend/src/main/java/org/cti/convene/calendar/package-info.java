/**
 * Calendar files (RFC 5545) for events, invitations and delegates' subscription feeds, and "add to calendar"
 * links. It turns plain records into text and knows nothing of events, registrations or mail; the features
 * that own those map their data to {@link org.cti.convene.calendar.CalendarEntry} and call
 * {@link org.cti.convene.calendar.CalendarFiles}.
 */
package org.cti.convene.calendar;
