package org.cti.convene.badges;

/**
 * One badge ready to be drawn in its slot: every text set in its fonts and measured, its QR encoded. Preparing
 * is most of a badge's cost and needs no document, so workers prepare badges in parallel while one thread
 * assembles the PDF from them.
 */
record PreparedBadge(
        Box box,
        TextBlock title,
        TextBlock dates,
        String role,
        TextBlock roleLabel,
        QrSymbol qr,
        TextBlock name,
        TextBlock function,
        TextBlock origin) {}
