package org.cti.convene.events;

import java.util.List;

/**
 * An event was edited. Published inside the editing transaction: a listener may refuse the change (for
 * example a capacity below the seats already held) by failing, which rolls the edit back.
 *
 * @param changes what a participant would notice: {@code TIME}, {@code VENUE}, {@code PROGRAMME},
 *     {@code CAPACITY}, {@code DETAILS}
 */
public record EventChanged(Event before, Event after, List<String> changes) {

    public boolean participantsMustKnow() {
        return changes.contains("TIME") || changes.contains("VENUE") || changes.contains("PROGRAMME");
    }
}
