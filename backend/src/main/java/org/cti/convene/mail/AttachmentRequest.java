package org.cti.convene.mail;

import java.util.Locale;
import java.util.UUID;
import org.cti.convene.mail.templates.MailKind;

/**
 * The mail a {@link MailAttachments} is asked about.
 *
 * @param mailId the outbox row (stable across retries)
 * @param kind which mail, e.g. {@code EVENT_CANCELLED} for a calendar cancellation
 * @param eventId the event the mail is about
 * @param registrationId the registration it is about, {@code null} for mails that have none
 * @param language the recipient's language
 * @param recipientName who the mail goes to
 * @param recipientEmail their address
 */
public record AttachmentRequest(
        UUID mailId,
        MailKind kind,
        UUID eventId,
        UUID registrationId,
        Locale language,
        String recipientName,
        String recipientEmail) {

    /** The kind's name ({@code REGISTRATION_CONFIRMED}, …) for features that must not depend on the templates. */
    public String kindName() {
        return kind.name();
    }
}
