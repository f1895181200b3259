package org.cti.convene.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * Puts a composed mail into MIME: {@code multipart/alternative} (text first, then HTML, so that clients
 * prefer the HTML), wrapped in {@code multipart/mixed} when there are attachments; UTF-8 throughout.
 */
@Component
class MimeMails {

    private static final String UTF_8 = "UTF-8";

    private final MailSettings settings;
    private final Session session = Session.getInstance(new Properties());

    MimeMails(MailSettings settings) {
        this.settings = settings;
    }

    /** The Message-ID of a row: the same on every attempt, so that receivers can tell a repeat. */
    String messageId(OutboxRow row) {
        return "<" + row.id() + "@" + settings.domain() + ">";
    }

    MimeMessage build(OutboxRow row, MailComposer.Composed mail, Instant date) {
        try {
            MimeMessage message = new StableIdMessage(session, messageId(row));
            InternetAddress from = settings.fromAddress();
            message.setFrom(new InternetAddress(from.getAddress(), from.getPersonal(), UTF_8));
            message.setRecipient(
                    jakarta.mail.Message.RecipientType.TO,
                    new InternetAddress(row.recipientEmail(), row.recipientName(), UTF_8));
            if (row.replyTo() != null && !row.replyTo().isBlank()) {
                message.setReplyTo(new InternetAddress[] {new InternetAddress(row.replyTo(), true)});
            }
            message.setSubject(mail.content().subject(), UTF_8);
            message.setSentDate(Date.from(date));
            message.setHeader("Auto-Submitted", "auto-generated");
            // Outlook and Exchange: no out-of-office or read receipts back to a no-reply sender.
            message.setHeader("X-Auto-Response-Suppress", "All");
            message.setHeader("Content-Language", row.language());

            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text(mail.content().text(), "plain"));
            alternative.addBodyPart(text(mail.content().html(), "html"));
            if (mail.attachments().isEmpty()) {
                message.setContent(alternative);
            } else {
                MimeMultipart mixed = new MimeMultipart("mixed");
                MimeBodyPart body = new MimeBodyPart();
                body.setContent(alternative);
                mixed.addBodyPart(body);
                for (Attachment file : mail.attachments()) {
                    mixed.addBodyPart(attachment(file));
                }
                message.setContent(mixed);
            }
            message.saveChanges();
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException(
                    "Could not build the MIME message of mail " + row.id() + ": " + e.getMessage(), e);
        }
    }

    private static MimeBodyPart text(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, UTF_8, subtype);
        return part;
    }

    private static MimeBodyPart attachment(Attachment file) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
        part.setHeader("Content-Type", file.contentType());
        part.setFileName(file.fileName());
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    /** Keeps the Message-ID it was given when JavaMail would otherwise invent a new one on save. */
    private static final class StableIdMessage extends MimeMessage {

        private final String id;

        StableIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
