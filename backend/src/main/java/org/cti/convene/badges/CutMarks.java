package org.cti.convene.badges;

import static org.cti.convene.badges.Box.mm;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Where to cut an A4 sheet. Eight A7 badges leave no margin to put classic crop marks in, so the marks sit on
 * the cut lines themselves, in the gaps the layout keeps free: small crosses where four badges meet and short
 * ticks where a cut line meets the page edge. A guillotine cut through them leaves nothing visible.
 */
final class CutMarks {

    private static final float ARM = mm(2.5);
    private static final float TICK = mm(3);

    private CutMarks() {}

    static void draw(PDPageContentStream content, BadgeLayout layout) throws IOException {
        Box grid = layout.grid();
        float cellWidth = grid.width() / layout.columns();
        float cellHeight = grid.height() / layout.rows();
        float pageWidth = layout.page().getWidth();
        float pageHeight = layout.page().getHeight();
        content.setStrokingColor(0.55f);
        content.setLineWidth(0.3f);
        for (int c = 0; c <= layout.columns(); c++) {
            float x = grid.x() + c * cellWidth;
            line(content, x, 0, x, TICK);
            line(content, x, pageHeight - TICK, x, pageHeight);
            for (int r = 1; r < layout.rows(); r++) {
                float y = grid.y() + r * cellHeight;
                line(content, x, y - ARM, x, y + ARM);
            }
        }
        for (int r = 0; r <= layout.rows(); r++) {
            float y = grid.y() + r * cellHeight;
            line(content, 0, y, TICK, y);
            line(content, pageWidth - TICK, y, pageWidth, y);
            for (int c = 1; c < layout.columns(); c++) {
                float x = grid.x() + c * cellWidth;
                line(content, x - ARM, y, x + ARM, y);
            }
        }
        content.stroke();
    }

    private static void line(PDPageContentStream content, float x1, float y1, float x2, float y2) throws IOException {
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
    }
}
