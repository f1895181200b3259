package org.cti.convene.mail;

import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Files that go with a mail, produced when it is sent (never stored in the outbox). A feature that has
 * something to attach, such as the calendar file of the event, declares a bean of this type; the sender
 * asks every such bean, in {@code @Order}, and attaches all they return.
 *
 * <p>Return an empty list for mails that get nothing from you. A failure (an error signal) counts as a
 * failed attempt of the mail: it is retried with backoff like a failed send, and it never affects the
 * change that caused the mail.
 */
@FunctionalInterface
public interface MailAttachments {

    Mono<List<Attachment>> attachmentsFor(AttachmentRequest mail);
}
