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
 *
 * In two steps: {@link #prepare} does everything that needs no document (shaping, font fallback, measuring,
 * fitting, QR encoding) on any thread; {@link #draw} writes the operators into the page, on the document's
 * thread. Both compute the widths from the same box with the same expressions, so a prepared badge draws
 * exactly as one laid out at drawing time.
 */
final class BadgeDrawing {

    private static final float PADDING = mm(5);
    private static final float BAND_INSET = mm(2); // keeps colour off the neighbour when the cut is a little off
    private static final float BAND_HEIGHT = mm(11);
    /** The symbol without quiet zone; well above the 25 mm phones and hand scanners read from arm's length. */
    private static final float QR_SIDE = mm(28);

    private static final float GAP = mm(2);

    private BadgeDrawing() {}

    static PreparedBadge prepare(BadgeData badge, Box box, Typesetter fonts) {
        float innerWidth = box.width() - 2 * PADDING;
        // header: the same on every badge of an event, so laid out once per task
        TextBlock title = fonts.layout(
                List.of("title", badge.eventTitle(), innerWidth),
                () -> TextBlock.fit(fonts, badge.eventTitle(), FontFace.BOLD, innerWidth, 10, 8.5f));
        TextBlock dates = fonts.layout(
                List.of("dates", badge.eventDates(), innerWidth),
                () -> TextBlock.fit(fonts, badge.eventDates(), FontFace.REGULAR, innerWidth, 8.5f, 8.5f));
        float bandWidth = bandWidth(box);
        TextBlock label = fonts.layout(
                List.of("role", badge.role(), bandWidth),
                () -> TextBlock.fit(
                        fonts, RoleBand.label(badge.role()), FontFace.BOLD, bandWidth - 2 * PADDING, 15, 15));
        QrSymbol qr = QrSymbol.encode(badge.qrPayload());
        float width = columnWidth(box, qr);
        TextBlock name = TextBlock.fit(fonts, badge.badgeName(), FontFace.BOLD, width, 24, 16);
        TextBlock function = TextBlock.fit(fonts, badge.function(), FontFace.REGULAR, width, 10.5f, 8);
        TextBlock origin = TextBlock.fit(fonts, badge.countryOrOrganisation(), FontFace.BOLD, width, 10.5f, 8);
        return new PreparedBadge(box, title, dates, badge.role(), label, qr, name, function, origin);
    }

    static void draw(PDPageContentStream content, PreparedBadge badge, DocumentFonts fonts) throws IOException {
        Box box = badge.box();
        float centreX = box.x() + box.width() / 2;

        float top = box.top() - PADDING;
        colour(content, 0x1A1A1A);
        badge.title().drawCentred(content, fonts, centreX, top);
        top -= badge.title().height();
        colour(content, 0x4D4D4D);
        badge.dates().drawCentred(content, fonts, centreX, top);
        top -= badge.dates().height() + GAP;
        content.setStrokingColor(0.75f);
        content.setLineWidth(0.5f);
        content.moveTo(box.x() + PADDING, top);
        content.lineTo(box.right() - PADDING, top);
        content.stroke();

        float bandTop = drawRoleBand(content, badge, fonts);

        // the QR sits right, with its quiet zone clear of the band and the text column
        QrSymbol qr = badge.qr();
        float qrX = qrX(box);
        float qrY = bandTop + Math.max(GAP, quietZone(qr));
        qr.draw(content, qrX, qrY, QR_SIDE);

        float columnTop = top - GAP;
        float columnBottom = bandTop + GAP;
        drawPerson(content, badge, fonts, columnLeft(box), columnWidth(box, qr), columnTop, columnBottom);
    }

    private static void drawPerson(
            PDPageContentStream content,
            PreparedBadge badge,
            DocumentFonts fonts,
            float left,
            float width,
            float top,
            float bottom)
            throws IOException {
        TextBlock name = badge.name();
        TextBlock function = badge.function();
        TextBlock origin = badge.origin();
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
        name.drawCentred(content, fonts, centreX, y);
        y -= name.height() + GAP;
        colour(content, 0x333333);
        function.drawCentred(content, fonts, centreX, y);
        y -= function.height();
        colour(content, 0x000000);
        origin.drawCentred(content, fonts, centreX, y);
    }

    /** Draws the band and returns its top edge. */
    private static float drawRoleBand(PDPageContentStream content, PreparedBadge badge, DocumentFonts fonts)
            throws IOException {
        Box box = badge.box();
        RoleBand band = RoleBand.of(badge.role());
        float x = box.x() + BAND_INSET;
        float y = box.y() + BAND_INSET;
        colour(content, band.fill);
        content.addRect(x, y, bandWidth(box), BAND_HEIGHT);
        content.fill();
        TextBlock label = badge.roleLabel();
        colour(content, band.text);
        float labelTop = y + (BAND_HEIGHT + label.height()) / 2;
        label.drawCentred(content, fonts, box.x() + box.width() / 2, labelTop);
        return y + BAND_HEIGHT;
    }

    private static float bandWidth(Box box) {
        return box.width() - 2 * BAND_INSET;
    }

    private static float qrX(Box box) {
        return box.right() - PADDING - QR_SIDE;
    }

    private static float quietZone(QrSymbol qr) {
        return QR_SIDE / qr.size() * QrSymbol.QUIET_ZONE;
    }

    private static float columnLeft(Box box) {
        return box.x() + PADDING;
    }

    /** Between the left padding and the QR's quiet zone. */
    private static float columnWidth(Box box, QrSymbol qr) {
        return qrX(box) - quietZone(qr) - columnLeft(box);
    }

    private static void colour(PDPageContentStream content, int rgb) throws IOException {
        content.setNonStrokingColor(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
    }
}
