package org.cti.convene.events;

/** The four kinds of activity the initiative runs. */
public enum EventKind {
    STUDY_VISIT,
    EXPERT_VISIT,
    REGIONAL_MEETING,
    HIGH_LEVEL_EVENT
}
