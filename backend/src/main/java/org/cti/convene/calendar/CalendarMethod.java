package org.cti.convene.calendar;

/** The iTIP method of a calendar file: a plain file to import, an invitation, or its withdrawal. */
public enum CalendarMethod {
    PUBLISH,
    REQUEST,
    CANCEL
}
