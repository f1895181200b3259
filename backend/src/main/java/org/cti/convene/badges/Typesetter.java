package org.cti.convene.badges;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Sets text in the bundled fonts without a document: splits it into runs by falling back code point by code
 * point, measures each run, and draws '?' where no bundled font has a glyph, because {@code showText} throws
 * on a missing glyph and one exotic character must not cost a whole print run. One per preparation task (it
 * collects what it could not print); the widths it reads are shared by all.
 */
final class Typesetter {

    private static final int REPLACEMENT = '?';

    private final GlyphWidths fonts;
    private final SortedSet<Integer> missing = new TreeSet<>();
    private final Map<Object, TextBlock> layouts = new HashMap<>();

    Typesetter(GlyphWidths fonts) {
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
        return new TextRun(face, text, fonts.width(face, text));
    }

    /** Laid-out text that repeats on every badge of a sheet (event title, dates, role) is fitted once a task. */
    TextBlock layout(Object key, Supplier<TextBlock> layout) {
        return layouts.computeIfAbsent(key, k -> layout.get());
    }

    /** Code points that no bundled font has, printed as '?' so far. */
    SortedSet<Integer> missingCodePoints() {
        return missing;
    }
}
