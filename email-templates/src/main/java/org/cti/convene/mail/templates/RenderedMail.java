package org.cti.convene.mail.templates;

/**
 * A mail ready to be put into a MIME message.
 *
 * @param subject one line, already free of line breaks
 * @param html the {@code text/html} part, a complete document with inline styles
 * @param text the {@code text/plain} part, readable on its own
 */
public record RenderedMail(String subject, String html, String text) {}
