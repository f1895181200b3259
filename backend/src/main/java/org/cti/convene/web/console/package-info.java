/** The organisers' console: events and their programme, attendee lists and moderation, reports, the mail log. */
package org.cti.convene.web.console;
