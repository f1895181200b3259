package org.cti.convene.badges;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Visual-order text that one font draws entirely; {@code width} in thousandths of the font size. */
record TextRun(FontFace face, PDFont font, String text, float width) {}
