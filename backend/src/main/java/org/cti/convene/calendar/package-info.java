/**
 * Calendar files (RFC 5545) for events, invitations and delegates' subscription feeds, and "add to calendar"
 * links. {@link org.cti.convene.calendar.CalendarFiles} turns plain records into text and knows nothing of
 * events, registrations or mail; {@link org.cti.convene.calendar.EventCalendars} maps the events feature's
 * {@code Event} to a {@link org.cti.convene.calendar.CalendarEntry} (stable UIDs, the event's sequence, texts in
 * the reader's language) for the public {@code calendar.ics} endpoint and the event page;
 * {@link org.cti.convene.calendar.DelegateCalendars} writes a delegate's own file and feed, and
 * {@code CalendarMailAttachments} attaches the file to mails.
 */
@ApplicationModule(allowedDependencies = {"common", "events", "mail", "registration"})
package org.cti.convene.calendar;

import org.springframework.modulith.ApplicationModule;
