package org.cti.convene.events;

/** An organiser created an event (a draft until published). */
public record EventCreated(Event event) {}
