package org.cti.convene.badges;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Prints badges as a PDF with the bundled fonts embedded as subsets. Thread-safe.
 *
 * <p>A badge costs about a millisecond of CPU, and PDFBox documents are not thread-safe. So the work is split:
 * preparing a badge (signing its payload when the caller asks, shaping and measuring its texts, encoding its QR:
 * over four fifths of the CPU, no document needed) runs on the parallel scheduler, a few pages per task, reading
 * the glyph widths every task shares; assembling the PDF from prepared pages runs on one bounded-elastic thread,
 * serially and in order, with the one parsed font set a document needs, while later pages are still being
 * prepared. {@link #render} does both on the calling thread, for callers that are not reactive.
 */
public final class BadgeRenderer {

    /** Badges per preparation task, rounded up to whole pages: enough to amortise a hop, small enough to pipeline. */
    private static final int BADGES_PER_TASK = 16;

    private final FontSetPool fonts = new FontSetPool();
    private final Scheduler preparing;
    private final int tasksAtOnce;

    public BadgeRenderer() {
        this(Schedulers.parallel(), 2 * Schedulers.DEFAULT_POOL_SIZE);
    }

    /**
     * @param tasksAtOnce preparation tasks in flight per document: two per core keeps every worker busy (one task
     *     running, the next queued) without queueing a whole sheet ahead of other work on the parallel scheduler
     */
    BadgeRenderer(Scheduler preparing, int tasksAtOnce) {
        this.preparing = preparing;
        this.tasksAtOnce = tasksAtOnce;
    }

    /** One PDF with all {@code badges}, in order, on the calling thread; IllegalArgumentException when none. */
    public byte[] render(List<BadgeData> badges, BadgeLayout layout) {
        Objects.requireNonNull(layout, "layout");
        if (badges.isEmpty()) {
            throw new IllegalArgumentException("no badges to render");
        }
        return new BadgeDocument(layout, fonts)
                .add(prepare(badges, 0, badges.size(), Function.identity(), layout))
                .finish();
    }

    public byte[] render(BadgeData badge, BadgeLayout layout) {
        return render(List.of(badge), layout);
    }

    /** {@link #render(List, BadgeLayout)} prepared on the cores and assembled off the event loop. */
    public Mono<byte[]> renderAsync(List<BadgeData> badges, BadgeLayout layout) {
        return renderAsync(badges, Function.identity(), layout);
    }

    /**
     * One PDF with a badge for each of {@code sources}, in order. {@code toBadge} runs on the preparing workers,
     * once per source, so CPU-bound work such as signing the payload is spread over the cores with the rest.
     */
    public <T> Mono<byte[]> renderAsync(List<T> sources, Function<? super T, BadgeData> toBadge, BadgeLayout layout) {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(toBadge, "toBadge");
        if (sources.isEmpty()) {
            return Mono.error(new IllegalArgumentException("no badges to render"));
        }
        List<T> copy = List.copyOf(sources);
        int perTask = badgesPerTask(layout);
        int tasks = (copy.size() + perTask - 1) / perTask;
        return Flux.range(0, tasks)
                .flatMapSequential(
                        task -> Mono.fromCallable(() -> prepare(
                                        copy,
                                        task * perTask,
                                        Math.min(copy.size(), (task + 1) * perTask),
                                        toBadge,
                                        layout))
                                .subscribeOn(preparing),
                        tasksAtOnce)
                .publishOn(Schedulers.boundedElastic())
                .reduceWith(() -> new BadgeDocument(layout, fonts), BadgeDocument::add)
                .map(BadgeDocument::finish);
    }

    private static int badgesPerTask(BadgeLayout layout) {
        int pages = Math.max(1, BADGES_PER_TASK / layout.perPage());
        return pages * layout.perPage();
    }

    /**
     * Prepares the badges of {@code sources[from, to)}, which start a page, into whole pages. The slot of each
     * badge follows from its position in the whole list, so the result does not depend on how work is split.
     */
    private <T> PreparedPages prepare(
            List<T> sources, int from, int to, Function<? super T, BadgeData> toBadge, BadgeLayout layout) {
        Typesetter typesetter = new Typesetter(GlyphWidths.bundled());
        List<List<PreparedBadge>> pages = new ArrayList<>();
        for (int first = from; first < to; first += layout.perPage()) {
            int last = Math.min(to, first + layout.perPage());
            List<PreparedBadge> page = new ArrayList<>(last - first);
            for (int i = first; i < last; i++) {
                BadgeData badge = toBadge.apply(sources.get(i));
                page.add(BadgeDrawing.prepare(badge, layout.slot(i - first), typesetter));
            }
            pages.add(page);
        }
        return new PreparedPages(pages, typesetter.missingCodePoints());
    }
}
