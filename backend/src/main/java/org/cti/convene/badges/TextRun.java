package org.cti.convene.badges;

/**
 * Visual-order text that one font draws entirely; {@code width} in thousandths of the font size. It names the
 * face, not a document's font object, so it can be set on any thread before the document exists.
 */
record TextRun(FontFace face, String text, float width) {}
