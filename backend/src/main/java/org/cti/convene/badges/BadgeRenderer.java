package org.cti.convene.badges;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Prints badges as a PDF with the bundled fonts embedded as subsets. Thread-safe: every document gets its own
 * set of parsed fonts from a pool. Rendering is CPU-bound and blocking (about a millisecond a badge); on a
 * reactive path use {@link #renderAsync}, which moves it off the event loop.
 */
public final class BadgeRenderer {

    private final FontSetPool fonts = new FontSetPool();

    /** One PDF with all {@code badges}, in order; throws IllegalArgumentException when there are none. */
    public byte[] render(List<BadgeData> badges, BadgeLayout layout) {
        Objects.requireNonNull(layout, "layout");
        if (badges.isEmpty()) {
            throw new IllegalArgumentException("no badges to render");
        }
        FontSet fontSet = fonts.borrow();
        try (PDDocument document = new PDDocument()) {
            DocumentFonts documentFonts = new DocumentFonts(document, fontSet);
            BadgeDrawing drawing = new BadgeDrawing(documentFonts);
            for (int first = 0; first < badges.size(); first += layout.perPage()) {
                PDPage page = new PDPage(layout.page());
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    int last = Math.min(badges.size(), first + layout.perPage());
                    for (int i = first; i < last; i++) {
                        drawing.draw(content, badges.get(i), layout.slot(i - first));
                    }
                    if (layout.hasCutMarks()) {
                        CutMarks.draw(content, layout);
                    }
                }
            }
            document.getDocumentInformation().setCreator("Convene");
            ByteArrayOutputStream out = new ByteArrayOutputStream(4096 + badges.size() * 600);
            // font subsets are built here, so a font PDFBox cannot subset fails here and not earlier
            document.save(out);
            documentFonts.reportMissingGlyphs();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("rendering badges failed", e);
        } finally {
            fonts.giveBack(fontSet);
        }
    }

    public byte[] render(BadgeData badge, BadgeLayout layout) {
        return render(List.of(badge), layout);
    }

    /** {@link #render(List, BadgeLayout)} on the bounded elastic scheduler, for WebFlux handlers. */
    public Mono<byte[]> renderAsync(List<BadgeData> badges, BadgeLayout layout) {
        List<BadgeData> copy = List.copyOf(badges);
        return Mono.fromCallable(() -> render(copy, layout)).subscribeOn(Schedulers.boundedElastic());
    }
}
