package org.cti.convene.badges;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The PDF of a sheet, assembled page after page from prepared badges. PDFBox documents are not thread-safe, so
 * one thread at a time adds to it (pages arrive in order, possibly on different threads one after the other).
 * The document and its font set are taken on the first page, so creating one costs nothing; the font set goes
 * back to the pool only from {@link #finish}: a sheet abandoned half-way (an error, a client gone) keeps its
 * set, which the garbage collector takes with the in-memory document, rather than risk a set in two hands.
 */
final class BadgeDocument {

    private static final Log log = LogFactory.getLog(BadgeDocument.class);

    private final BadgeLayout layout;
    private final FontSetPool pool;
    private final SortedSet<Integer> missing = new TreeSet<>();
    private int badges;
    private FontSet fontSet;
    private PDDocument document;
    private DocumentFonts fonts;

    BadgeDocument(BadgeLayout layout, FontSetPool pool) {
        this.layout = layout;
        this.pool = pool;
    }

    BadgeDocument add(PreparedPages prepared) {
        if (document == null) {
            fontSet = pool.borrow();
            document = new PDDocument();
            fonts = new DocumentFonts(document, fontSet);
        }
        try {
            for (List<PreparedBadge> badgesOfPage : prepared.pages()) {
                PDPage page = new PDPage(layout.page());
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (PreparedBadge badge : badgesOfPage) {
                        BadgeDrawing.draw(content, badge, fonts);
                    }
                    if (layout.hasCutMarks()) {
                        CutMarks.draw(content, layout);
                    }
                }
                badges += badgesOfPage.size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("rendering badges failed", e);
        }
        missing.addAll(prepared.missingCodePoints());
        return this;
    }

    /** The saved PDF; the document is closed and its font set back in the pool. */
    byte[] finish() {
        if (document == null) {
            throw new IllegalArgumentException("no badges to render");
        }
        try (PDDocument closing = document) {
            closing.getDocumentInformation().setCreator("Convene");
            ByteArrayOutputStream out = new ByteArrayOutputStream(4096 + badges * 600);
            // font subsets are built here, so a font PDFBox cannot subset fails here and not earlier
            closing.save(out);
            reportMissingGlyphs();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("rendering badges failed", e);
        } finally {
            pool.giveBack(fontSet);
        }
    }

    /** One log line per document, naming code points only: names are personal data. */
    private void reportMissingGlyphs() {
        if (!missing.isEmpty()) {
            log.warn("Badges: no bundled font has "
                    + missing.stream().map(cp -> String.format("U+%04X", cp)).collect(Collectors.joining(", "))
                    + "; printed as '?'");
        }
    }
}
