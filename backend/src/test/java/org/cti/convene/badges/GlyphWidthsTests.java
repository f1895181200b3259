package org.cti.convene.badges;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * Text is fitted on worker threads from the shared widths, then drawn with the document's own fonts: if the two
 * disagreed, a name would overflow its column or shrink for nothing.
 */
class GlyphWidthsTests {

    final GlyphWidths widths = GlyphWidths.bundled();

    @Test
    void everyCodePointIsCoveredAndAsWideAsInTheDocumentsFont() throws IOException {
        FontSet fonts = FontSet.parse();
        try (PDDocument document = new PDDocument()) {
            for (FontFace face : FontFace.values()) {
                PDType0Font font = PDType0Font.load(document, fonts.font(face), true);
                CmapLookup cmap = fonts.font(face).getUnicodeCmapLookup();
                int covered = 0;
                List<String> wrong = new ArrayList<>();
                for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
                    boolean has = cmap.getGlyphId(cp) != 0;
                    if (widths.covers(face, cp) != has) {
                        wrong.add("U+%04X %s".formatted(cp, has ? "not covered" : "covered"));
                    } else if (has) {
                        covered++;
                        float expected = font.getStringWidth(Character.toString(cp));
                        if (Float.compare(widths.width(face, cp), expected) != 0) {
                            wrong.add("U+%04X %s instead of %s".formatted(cp, widths.width(face, cp), expected));
                        }
                    }
                }
                assertThat(wrong).as(face.name()).isEmpty();
                assertThat(covered).as(face.name()).isGreaterThan(200);
            }
        }
    }

    @Test
    void aRunIsAsWideAsTheDocumentsFontSaysToTheLastBit() throws IOException {
        FontSet fonts = FontSet.parse();
        try (PDDocument document = new PDDocument()) {
            for (var sample : List.of(
                    List.of(FontFace.SANS_BOLD, "Maximilian-Alexander Friedrich von Hohenzollern-Sigmaringen"),
                    List.of(FontFace.SANS_REGULAR, "Αθηνά Παπαδοπούλου · Амина Диалло · Nguyễn"),
                    List.of(FontFace.ARABIC_BOLD, VisualText.toVisual("عبد الله المنصوري")),
                    List.of(FontFace.CJK, "中国常驻日内瓦代表团"))) {
                FontFace face = (FontFace) sample.get(0);
                String text = (String) sample.get(1);
                PDType0Font font = PDType0Font.load(document, fonts.font(face), true);

                assertThat(widths.width(face, text)).as(text).isEqualTo(font.getStringWidth(text));
            }
        }
    }
}
