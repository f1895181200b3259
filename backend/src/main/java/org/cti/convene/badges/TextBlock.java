package org.cti.convene.badges;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Text fitted into a width: one line at the largest size up to {@code maxSize}, or, when that would fall below
 * {@code wrapBelow}, two lines split at the space nearest the middle if that prints larger. Lines are split in
 * logical order and only then shaped and reordered, so an Arabic name wraps like an Arabic reader expects.
 */
record TextBlock(List<Line> lines, float size) {

    /** A line in visual order; {@code ascent} and {@code descent} in font sizes, from the fonts it uses. */
    record Line(List<TextRun> runs, float width, float ascent, float descent) {

        float height() {
            return ascent + descent;
        }
    }

    static TextBlock fit(
            Typesetter fonts, String typed, List<FontFace> chain, float maxWidth, float maxSize, float wrapBelow) {
        String text = VisualText.clean(typed);
        if (text.isEmpty()) {
            return new TextBlock(List.of(), maxSize);
        }
        Line whole = line(fonts, text, chain);
        float oneLine = sizeFor(maxWidth, maxSize, whole.width());
        int split = oneLine < wrapBelow ? splitNearMiddle(text) : -1;
        if (split < 0) {
            return new TextBlock(List.of(whole), oneLine);
        }
        Line first = line(fonts, text.substring(0, split), chain);
        Line second = line(fonts, text.substring(split + 1), chain);
        float twoLines = sizeFor(maxWidth, maxSize, Math.max(first.width(), second.width()));
        return twoLines > oneLine
                ? new TextBlock(List.of(first, second), twoLines)
                : new TextBlock(List.of(whole), oneLine);
    }

    /** The same lines at another size, for when the badge runs out of height. */
    TextBlock atSize(float newSize) {
        return new TextBlock(lines, newSize);
    }

    float height() {
        float height = 0;
        for (Line line : lines) {
            height += line.height();
        }
        return height * size;
    }

    void drawCentred(PDPageContentStream content, DocumentFonts fonts, float centreX, float top) throws IOException {
        float y = top;
        for (Line line : lines) {
            float baseline = y - line.ascent() * size;
            y -= line.height() * size;
            content.beginText();
            content.newLineAtOffset(centreX - line.width() * size / 2000, baseline);
            for (TextRun run : line.runs()) {
                // consecutive Tj operators advance the pen, so runs in different fonts need no positioning
                content.setFont(fonts.font(run.face()), size);
                content.showText(run.text());
            }
            content.endText();
        }
    }

    private static Line line(Typesetter fonts, String logical, List<FontFace> chain) {
        List<TextRun> runs = fonts.runs(VisualText.toVisual(logical), chain);
        float width = 0;
        float ascent = 0;
        float descent = 0;
        for (TextRun run : runs) {
            width += run.width();
            ascent = Math.max(ascent, run.face().ascent);
            descent = Math.max(descent, run.face().descent);
        }
        return new Line(runs, width, ascent, descent);
    }

    private static float sizeFor(float maxWidth, float maxSize, float width) {
        return width <= 0 ? maxSize : Math.min(maxSize, maxWidth * 1000 / width);
    }

    private static int splitNearMiddle(String text) {
        int middle = text.length() / 2;
        int best = -1;
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) {
                best = i;
            }
        }
        return best;
    }
}
