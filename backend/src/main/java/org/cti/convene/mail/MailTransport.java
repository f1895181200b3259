package org.cti.convene.mail;

import jakarta.mail.internet.MimeMessage;
import reactor.core.publisher.Mono;

/**
 * Where finished mails go: an SMTP server ({@link SmtpTransport}) when {@code spring.mail.host} is set,
 * otherwise {@code .eml} files ({@link EmlCapture}). Completes when the mail is handed over; errors otherwise.
 */
interface MailTransport {

    Mono<Void> send(OutboxRow row, MimeMessage message);
}
