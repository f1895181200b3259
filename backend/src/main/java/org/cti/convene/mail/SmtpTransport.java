package org.cti.convene.mail;

import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Hands mails to the SMTP server through Spring Mail; JavaMail blocks, so it runs on boundedElastic. */
class SmtpTransport implements MailTransport {

    private final JavaMailSender sender;

    SmtpTransport(JavaMailSender sender) {
        this.sender = sender;
    }

    @Override
    public Mono<Void> send(OutboxRow row, MimeMessage message) {
        return Mono.fromRunnable(() -> sender.send(message))
                .subscribeOn(Schedulers.boundedElastic())
                .then();
    }
}
