package org.cti.convene.badges;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled fonts (all TrueType outlines: PDFBox cannot subset CFF fonts such as Noto CJK) and the order in
 * which each weight falls back through them. See src/main/resources/fonts/ for their licences.
 */
enum FontFace {
    SANS_REGULAR("NotoSans-Regular.ttf", 0.95f, 0.25f),
    SANS_BOLD("NotoSans-Bold.ttf", 0.95f, 0.25f),
    /**
     * Maps the Arabic presentation forms that ICU shaping produces (Naskh lacks '-', Sans has it). Its final yeh
     * reaches 0.46 em below the baseline, twice as deep as Latin descenders: lines with Arabic get more room.
     */
    ARABIC_BOLD("NotoSansArabic-Bold.ttf", 0.95f, 0.48f),
    /** CJK ideographs and kana; no Hangul (Korean names print as '?' until a Korean font is added). */
    CJK("DroidSansFallbackFull.ttf", 0.9f, 0.2f);

    static final List<FontFace> REGULAR = List.of(SANS_REGULAR, ARABIC_BOLD, CJK);
    static final List<FontFace> BOLD = List.of(SANS_BOLD, ARABIC_BOLD, CJK);

    private final String file;
    /** How far, in font sizes, the glyphs we print reach above and below the baseline; sets line spacing. */
    final float ascent;

    final float descent;

    FontFace(String file, float ascent, float descent) {
        this.file = file;
        this.ascent = ascent;
        this.descent = descent;
    }

    /** The font file, read from the jar once per JVM: about 5 MB shared by every document. */
    byte[] bytes() {
        return Bytes.ALL.get(this);
    }

    private static final class Bytes {
        static final Map<FontFace, byte[]> ALL = readAll();

        private static Map<FontFace, byte[]> readAll() {
            Map<FontFace, byte[]> bytes = new EnumMap<>(FontFace.class);
            for (FontFace face : values()) {
                String path = "/fonts/" + face.file;
                try (InputStream in = FontFace.class.getResourceAsStream(path)) {
                    if (in == null) {
                        throw new IllegalStateException("missing font resource " + path);
                    }
                    bytes.put(face, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read font resource " + path, e);
                }
            }
            return bytes;
        }
    }
}
