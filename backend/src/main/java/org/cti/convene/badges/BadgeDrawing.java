package org.cti.convene.badges;

import static org.cti.convene.badges.Box.mm;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws one badge into a box of about 105 × 75 mm (an A4 eighth or a 4 × 3 in card):
 *
 * <pre>
 * ┌────────────────────────────────────┐
 * │      event title (two lines)       │
 * │            event dates             │
 * │ ────────────────────────────────── │
 * │     NAME ON BADGE        ┌──────┐  │
 * │     (wraps to two)       │  QR  │  │
 * │     function             │ 28mm │  │
 * │     country or org       └──────┘  │
 * │ ██████████ ROLE ██████████████████ │
 * └────────────────────────────────────┘
 * </pre>
 */
final class BadgeDrawing {

    private static final float PADDING = mm(5);
    private static final float BAND_INSET = mm(2); // keeps colour off the neighbour when the cut is a little off
    private static final float BAND_HEIGHT = mm(11);
    /** The symbol without quiet zone; well above the 25 mm phones and hand scanners read from arm's length. */
    private static final float QR_SIDE = mm(28);

    private static final float GAP = mm(2);

    private final DocumentFonts fonts;

    BadgeDrawing(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    void draw(PDPageContentStream content, BadgeData badge, Box box) throws IOException {
        float innerWidth = box.width() - 2 * PADDING;
        float centreX = box.x() + box.width() / 2;

        // header: the same on every badge of an event, so laid out once per document
        TextBlock title = fonts.layout(
                List.of("title", badge.eventTitle(), innerWidth),
                () -> TextBlock.fit(fonts, badge.eventTitle(), FontFace.BOLD, innerWidth, 10, 8.5f));
        TextBlock dates = fonts.layout(
                List.of("dates", badge.eventDates(), innerWidth),
                () -> TextBlock.fit(fonts, badge.eventDates(), FontFace.REGULAR, innerWidth, 8.5f, 8.5f));
        float top = box.top() - PADDING;
        colour(content, 0x1A1A1A);
        title.drawCentred(content, centreX, top);
        top -= title.height();
        colour(content, 0x4D4D4D);
        dates.drawCentred(content, centreX, top);
        top -= dates.height() + GAP;
        content.setStrokingColor(0.75f);
        content.setLineWidth(0.5f);
        content.moveTo(box.x() + PADDING, top);
        content.lineTo(box.right() - PADDING, top);
        content.stroke();

        float bandTop = drawRoleBand(content, badge.role(), box);

        // the QR sits right, with its quiet zone clear of the band and the text column
        QrSymbol qr = QrSymbol.encode(badge.qrPayload());
        float quietZone = QR_SIDE / qr.size() * QrSymbol.QUIET_ZONE;
        float qrX = box.right() - PADDING - QR_SIDE;
        float qrY = bandTop + Math.max(GAP, quietZone);
        qr.draw(content, qrX, qrY, QR_SIDE);

        float columnLeft = box.x() + PADDING;
        float columnWidth = qrX - quietZone - columnLeft;
        float columnTop = top - GAP;
        float columnBottom = bandTop + GAP;
        drawPerson(content, badge, columnLeft, columnWidth, columnTop, columnBottom);
    }

    private void drawPerson(
            PDPageContentStream content, BadgeData badge, float left, float width, float top, float bottom)
            throws IOException {
        TextBlock name = TextBlock.fit(fonts, badge.badgeName(), FontFace.BOLD, width, 24, 16);
        TextBlock function = TextBlock.fit(fonts, badge.function(), FontFace.REGULAR, width, 10.5f, 8);
        TextBlock origin = TextBlock.fit(fonts, badge.countryOrOrganisation(), FontFace.BOLD, width, 10.5f, 8);
        float others = GAP + function.height() + origin.height();
        float available = top - bottom;
        if (name.height() + others > available) {
            // two-line name with two-line function and organisation: the name gives way, never the border
            name = name.atSize(name.size() * (available - others) / name.height());
        }
        float total = name.height() + others;
        float y = top - (available - total) / 2;
        float centreX = left + width / 2;
        colour(content, 0x000000);
        name.drawCentred(content, centreX, y);
        y -= name.height() + GAP;
        colour(content, 0x333333);
        function.drawCentred(content, centreX, y);
        y -= function.height();
        colour(content, 0x000000);
        origin.drawCentred(content, centreX, y);
    }

    /** Draws the band and returns its top edge. */
    private float drawRoleBand(PDPageContentStream content, String role, Box box) throws IOException {
        RoleBand band = RoleBand.of(role);
        float x = box.x() + BAND_INSET;
        float y = box.y() + BAND_INSET;
        float width = box.width() - 2 * BAND_INSET;
        colour(content, band.fill);
        content.addRect(x, y, width, BAND_HEIGHT);
        content.fill();
        TextBlock label = fonts.layout(
                List.of("role", role, width),
                () -> TextBlock.fit(fonts, RoleBand.label(role), FontFace.BOLD, width - 2 * PADDING, 15, 15));
        colour(content, band.text);
        float labelTop = y + (BAND_HEIGHT + label.height()) / 2;
        label.drawCentred(content, box.x() + box.width() / 2, labelTop);
        return y + BAND_HEIGHT;
    }

    private static void colour(PDPageContentStream content, int rgb) throws IOException {
        content.setNonStrokingColor(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
    }
}
