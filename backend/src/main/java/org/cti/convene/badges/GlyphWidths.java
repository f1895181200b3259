package org.cti.convene.badges;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Which code points each bundled face has, and how wide each one is: all that setting text needs from the fonts.
 * Measured once per JVM and never changed, so every preparing thread shares it, with no parsed font per worker
 * (a parsed set holds about 33 MB). Each width is what the document's {@code PDType0Font} reports for that code
 * point, and a run's width is their sum in order, which is how {@code PDFont.getStringWidth} adds them: a text
 * measured here fits exactly as it would have in the document.
 */
final class GlyphWidths {

    /** Code points by pages of 256, so the table takes room only where a face has glyphs. */
    private static final int PAGE_BITS = 8;

    private static final int PAGE = 1 << PAGE_BITS;

    private final Map<FontFace, float[][]> pages;

    private GlyphWidths(Map<FontFace, float[][]> pages) {
        this.pages = pages;
    }

    /** The bundled fonts' widths, measured on first use. */
    static GlyphWidths bundled() {
        return Bundled.WIDTHS;
    }

    boolean covers(FontFace face, int codePoint) {
        return !Float.isNaN(width(face, codePoint));
    }

    /** In thousandths of the font size; NaN when the face has no glyph for it. */
    float width(FontFace face, int codePoint) {
        float[][] table = pages.get(face);
        int page = codePoint >>> PAGE_BITS;
        if (page >= table.length || table[page] == null) {
            return Float.NaN;
        }
        return table[page][codePoint & (PAGE - 1)];
    }

    /** The width of a text the face covers entirely, in thousandths of the font size. */
    float width(FontFace face, String text) {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            width += width(face, cp);
        }
        return width;
    }

    static GlyphWidths measure(FontSet fonts) {
        Map<FontFace, float[][]> pages = new EnumMap<>(FontFace.class);
        // a document that is never saved: loading a font into it is how PDFBox reads the widths it will embed
        try (PDDocument scratch = new PDDocument()) {
            for (FontFace face : FontFace.values()) {
                TrueTypeFont font = fonts.font(face);
                pages.put(face, measure(font, PDType0Font.load(scratch, font, true)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure the bundled fonts", e);
        }
        return new GlyphWidths(pages);
    }

    private static float[][] measure(TrueTypeFont font, PDType0Font measuring) throws IOException {
        float[][] table = new float[(Character.MAX_CODE_POINT >>> PAGE_BITS) + 1][];
        CmapLookup cmap = font.getUnicodeCmapLookup();
        for (int gid = 1; gid < font.getNumberOfGlyphs(); gid++) {
            List<Integer> codePoints = cmap.getCharCodes(gid);
            if (codePoints == null) {
                continue;
            }
            for (int cp : codePoints) {
                // the same question FontSet.covers asks: some code points share a glyph, one maps elsewhere
                if (cp < 0 || cp > Character.MAX_CODE_POINT || cmap.getGlyphId(cp) == 0) {
                    continue;
                }
                float[] page = table[cp >>> PAGE_BITS];
                if (page == null) {
                    page = new float[PAGE];
                    Arrays.fill(page, Float.NaN);
                    table[cp >>> PAGE_BITS] = page;
                }
                page[cp & (PAGE - 1)] = measuring.getStringWidth(Character.toString(cp));
            }
        }
        return table;
    }

    private static final class Bundled {
        static final GlyphWidths WIDTHS = measure(FontSet.parse());
    }
}
