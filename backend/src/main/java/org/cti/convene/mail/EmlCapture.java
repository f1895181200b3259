package org.cti.convene.mail;

import jakarta.mail.internet.MimeMessage;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Without a mail server ({@code make run}, a newcomer's machine), each mail is written as it would have been
 * sent, as an {@code .eml} file under {@code ${convene.data-dir}/mail/} that any mail client opens. The file is
 * named after the row, so a repeat attempt replaces it instead of adding a second one.
 */
class EmlCapture implements MailTransport {

    private static final Logger log = LoggerFactory.getLogger(EmlCapture.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path directory;

    EmlCapture(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    Path directory() {
        return directory;
    }

    @Override
    public Mono<Void> send(OutboxRow row, MimeMessage message) {
        return Mono.fromCallable(() -> {
                    Files.createDirectories(directory);
                    String name = STAMP.format(row.createdAt()) + "-"
                            + row.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + row.id() + ".eml";
                    Path file = directory.resolve(name);
                    Path partial = directory.resolve(name + ".part");
                    // buffered: JavaMail's encoders write a byte at a time, a system call each without it
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 64 * 1024)) {
                        message.writeTo(out);
                    }
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    log.info("Mail captured (no SPRING_MAIL_HOST): {}", file);
                    return file;
                })
                .subscribeOn(Schedulers.boundedElastic())
                .then();
    }
}
