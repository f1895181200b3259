package org.cti.convene.mail;

import java.util.Locale;
import java.util.UUID;

/**
 * Filters of the mail log, all optional.
 *
 * @param to part of the recipient's address, case-insensitive
 */
public record MailLogQuery(MailStatus status, String to, UUID eventId, int page, int size) {

    public static final int MAX_SIZE = 200;

    public MailLogQuery {
        to = to == null || to.isBlank() ? null : to.strip().toLowerCase(Locale.ROOT);
        page = Math.max(page, 0);
        size = size <= 0 ? 50 : Math.min(size, MAX_SIZE);
    }
}
