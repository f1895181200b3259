package org.cti.convene.events;

/**
 * An event as it stood at one revision. A statement that acts on a cached event checks that the row still has
 * this revision, so a decision is never taken on rules an organiser has since changed.
 */
public record RevisedEvent(Event event, long revision) {}
