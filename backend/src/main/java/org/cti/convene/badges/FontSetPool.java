package org.cti.convene.badges;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parsed font sets for concurrent documents: each document borrows one for its whole life (subsetting reads the
 * fonts again at save) and gives it back, so parsing happens once per concurrent document rather than once per
 * document, and no set is ever used by two threads at a time.
 */
final class FontSetPool {

    private static final int MAX_IDLE = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final ConcurrentLinkedDeque<FontSet> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    FontSet borrow() {
        FontSet set = idle.pollFirst();
        if (set == null) {
            return FontSet.parse();
        }
        idleCount.decrementAndGet();
        return set;
    }

    void giveBack(FontSet set) {
        // after a burst, keep only a few sets: each holds its parsed tables
        if (idleCount.incrementAndGet() <= MAX_IDLE) {
            idle.offerFirst(set);
        } else {
            idleCount.decrementAndGet();
        }
    }
}
