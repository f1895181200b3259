package org.cti.convene.events;

/** {@code DRAFT → PUBLISHED → CANCELLED}; cancelling is final. */
public enum EventStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED
}
