package org.cti.convene.mail;

import java.util.Objects;

/**
 * One file attached to a mail.
 *
 * @param fileName as the recipient sees it, e.g. {@code invite.ics}
 * @param contentType the full MIME type with parameters, e.g. {@code text/calendar; charset=UTF-8; method=REQUEST}
 * @param content the bytes
 */
public record Attachment(String fileName, String contentType, byte[] content) {

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
