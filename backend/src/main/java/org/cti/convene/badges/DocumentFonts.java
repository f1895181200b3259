package org.cti.convene.badges;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document. Each {@code PDType0Font} is created the first time a run needs it and reused on
 * every page: one subset per font per document, not per page (which made files five times larger).
 */
final class DocumentFonts {

    private final PDDocument document;
    private final FontSet fonts;
    private final Map<FontFace, PDType0Font> loaded = new EnumMap<>(FontFace.class);

    DocumentFonts(PDDocument document, FontSet fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    PDType0Font font(FontFace face) {
        return loaded.computeIfAbsent(face, f -> {
            try {
                // this overload leaves the TrueTypeFont open when the document closes, so the pool can reuse it
                return PDType0Font.load(document, fonts.font(f), true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load font " + f, e);
            }
        });
    }
}
