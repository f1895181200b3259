package org.cti.convene.events;

/** An event was cancelled; this is final. */
public record EventCancelled(Event event) {}
