package org.cti.convene.badges;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Turns a text as typed into the glyph order a PDF draws left to right. PDFBox neither joins Arabic letters nor
 * reorders right-to-left text, so ICU4J does both: shaping into the presentation forms our Arabic font maps,
 * then the Unicode bidi algorithm into visual order.
 */
final class VisualText {

    /** Harakat and the superscript alef: without mark positioning (GPOS) they print as stray strokes. */
    private static final Pattern HARAKAT = Pattern.compile("[\\u064B-\\u065F\\u0670]");

    private static final Pattern SPACES = Pattern.compile("[\\p{Cc}\\p{Z}\\s]+");

    /** Format characters (ZWNJ, bidi marks, soft hyphen) steer shaping and bidi but have nothing to draw. */
    private static final Pattern FORMAT = Pattern.compile("\\p{Cf}");

    private VisualText() {}

    /**
     * NFC (precomposed letters: decomposed marks would overlap without GPOS), one plain space for any run of
     * whitespace or control characters, no harakat, trimmed. This is the logical text that lines are split in.
     */
    static String clean(String typed) {
        if (typed == null || typed.isEmpty()) {
            return "";
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFC);
        text = HARAKAT.matcher(text).replaceAll("");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** One line of cleaned logical text, shaped and in visual order. */
    static String toVisual(String line) {
        String text = line;
        if (Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            try {
                // shape in logical order first: joining depends on the neighbours as typed
                text = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
                                | ArabicShaping.LENGTH_GROW_SHRINK
                                | ArabicShaping.TEXT_DIRECTION_LOGICAL)
                        .shape(text);
            } catch (ArabicShapingException e) {
                // LENGTH_GROW_SHRINK never runs out of room; if ICU still refuses, unjoined letters beat no badge
            }
            text = new Bidi(text, Bidi.LEVEL_DEFAULT_LTR).writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
        }
        return FORMAT.matcher(text).replaceAll("");
    }
}
