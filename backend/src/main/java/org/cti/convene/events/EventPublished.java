package org.cti.convene.events;

/** An event became visible to the public. */
public record EventPublished(Event event) {}
