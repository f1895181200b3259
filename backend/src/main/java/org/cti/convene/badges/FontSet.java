package org.cti.convene.badges;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled fonts parsed once, reused by document after document. FontBox parses tables lazily and shares
 * one reader, so a set must serve one document at a time: {@link FontSetPool} hands them out. Setting text
 * needs no set: {@link GlyphWidths} holds what it needs, for every thread at once.
 */
final class FontSet {

    private final Map<FontFace, TrueTypeFont> fonts;

    private FontSet(Map<FontFace, TrueTypeFont> fonts) {
        this.fonts = fonts;
    }

    static FontSet parse() {
        Map<FontFace, TrueTypeFont> fonts = new EnumMap<>(FontFace.class);
        for (FontFace face : FontFace.values()) {
            try {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
                // With GSUB on, PDFBox compiles regular expressions on every showText (over half the time of
                // a sheet), and buys nothing we need: text is NFC-composed, Arabic is shaped by ICU into
                // presentation forms, and without ligatures the measured width is the drawn width.
                font.setEnableGsub(false);
                fonts.put(face, font);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot parse the bundled font " + face, e);
            }
        }
        return new FontSet(fonts);
    }

    TrueTypeFont font(FontFace face) {
        return fonts.get(face);
    }
}
