package org.cti.convene.badges;

import com.ibm.icu.lang.UScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document. Each {@code PDType0Font} is created the first time a text needs it and reused on
 * every page: one subset per font per document, not per page (which made files five times larger). Splits text
 * into runs by falling back code point by code point, and draws '?' where no bundled font has a glyph, because
 * {@code showText} throws on a missing glyph and one exotic character must not cost a whole print run.
 */
final class DocumentFonts {

    private static final Log log = LogFactory.getLog(DocumentFonts.class);
    private static final int REPLACEMENT = '?';

    private final PDDocument document;
    private final FontSet fonts;
    private final Map<FontFace, PDType0Font> loaded = new EnumMap<>(FontFace.class);
    private final SortedSet<Integer> missing = new TreeSet<>();
    private final Map<Object, TextBlock> layouts = new HashMap<>();

    DocumentFonts(PDDocument document, FontSet fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    /** Runs of one visual-order line, each drawable by its font. */
    List<TextRun> runs(String visual, List<FontFace> chain) {
        List<TextRun> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        FontFace current = null;
        for (int i = 0; i < visual.length(); ) {
            int cp = visual.codePointAt(i);
            i += Character.charCount(cp);
            FontFace face = choose(cp, current, chain);
            if (face == null) {
                missing.add(cp);
                cp = REPLACEMENT;
                face = current != null && fonts.covers(current, cp) ? current : chain.getFirst();
            }
            if (face != current && !text.isEmpty()) {
                runs.add(run(current, text.toString()));
                text.setLength(0);
            }
            current = face;
            text.appendCodePoint(cp);
        }
        if (!text.isEmpty()) {
            runs.add(run(current, text.toString()));
        }
        return runs;
    }

    /**
     * Spaces, punctuation and digits (script Common or Inherited) stay in the current font when it has them:
     * fewer font switches, and the punctuation matches the letters around it.
     */
    private FontFace choose(int cp, FontFace current, List<FontFace> chain) {
        if (current != null && fonts.covers(current, cp)) {
            int script = UScript.getScript(cp);
            if (script == UScript.COMMON || script == UScript.INHERITED) {
                return current;
            }
        }
        for (FontFace face : chain) {
            if (fonts.covers(face, cp)) {
                return face;
            }
        }
        return null;
    }

    private TextRun run(FontFace face, String text) {
        PDType0Font font = pdFont(face);
        try {
            return new TextRun(face, font, text, font.getStringWidth(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDType0Font pdFont(FontFace face) {
        return loaded.computeIfAbsent(face, f -> {
            try {
                // this overload leaves the TrueTypeFont open when the document closes, so the pool can reuse it
                return PDType0Font.load(document, fonts.font(f), true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load font " + f, e);
            }
        });
    }

    /** Laid-out text that repeats on every badge of a document (event title, dates, role) is fitted once. */
    TextBlock layout(Object key, Supplier<TextBlock> layout) {
        return layouts.computeIfAbsent(key, k -> layout.get());
    }

    /** One log line per document, naming code points only: names are personal data. */
    void reportMissingGlyphs() {
        if (!missing.isEmpty()) {
            log.warn("Badges: no bundled font has "
                    + missing.stream().map(cp -> String.format("U+%04X", cp)).collect(Collectors.joining(", "))
                    + "; printed as '?'");
        }
    }

    SortedSet<Integer> missingCodePoints() {
        return missing;
    }
}
