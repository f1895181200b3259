package org.cti.convene.mail;

/** Where a mail of the outbox stands. */
public enum MailStatus {
    /** Waiting for its first attempt, or for a retry after a failed one. */
    PENDING,
    /** Accepted by the mail server (or captured as a file when there is none). */
    SENT,
    /** Given up after {@code convene.mail.max-attempts}, or impossible to send (see the last error). */
    FAILED
}
