package org.cti.convene.badges;

import static org.cti.convene.badges.Box.mm;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** How badges sit on paper. */
public enum BadgeLayout {

    /** Eight A7 badges (105 × 74 mm, two across, four down) per A4 page, with cut marks, for office printers. */
    A4_SHEET(PDRectangle.A4, 2, 4, mm(105), mm(74)),

    /** One 4 × 3 in badge per page, the common size of badge printers and lanyard pouches. */
    SINGLE(new PDRectangle(4 * 72, 3 * 72), 1, 1, 4 * 72, 3 * 72);

    private final PDRectangle page;
    private final int columns;
    private final int rows;
    private final float badgeWidth;
    private final float badgeHeight;

    BadgeLayout(PDRectangle page, int columns, int rows, float badgeWidth, float badgeHeight) {
        this.page = page;
        this.columns = columns;
        this.rows = rows;
        this.badgeWidth = badgeWidth;
        this.badgeHeight = badgeHeight;
    }

    PDRectangle page() {
        return page;
    }

    int perPage() {
        return columns * rows;
    }

    int columns() {
        return columns;
    }

    int rows() {
        return rows;
    }

    boolean hasCutMarks() {
        return perPage() > 1;
    }

    /** The grid, centred on the page (A4 is 1 mm taller than four badges). */
    Box grid() {
        float width = columns * badgeWidth;
        float height = rows * badgeHeight;
        return new Box((page.getWidth() - width) / 2, (page.getHeight() - height) / 2, width, height);
    }

    /** Slot {@code index} of a page, filled left to right and top to bottom. */
    Box slot(int index) {
        Box grid = grid();
        int column = index % columns;
        int row = index / columns;
        return new Box(grid.x() + column * badgeWidth, grid.top() - (row + 1) * badgeHeight, badgeWidth, badgeHeight);
    }
}
