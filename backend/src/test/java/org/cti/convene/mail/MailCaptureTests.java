package org.cti.convene.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.Delegates;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Without {@code spring.mail.host} (as with {@code make run}) the application starts without a mail server and
 * writes every mail, exactly as it would have been sent, as an {@code .eml} file under the data directory.
 */
@IntegrationTest
class MailCaptureTests {

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    ApplicationContext context;

    @Autowired
    MailOutboxRepository rows;

    @Test
    void withoutAMailHostMailsAreWrittenAsEmlFilesUnderTheDataDirectory() throws Exception {
        assertThat(context.getBeanNamesForType(JavaMailSender.class)).isEmpty();
        assertThat(context.getBean(MailTransport.class)).isInstanceOf(EmlCapture.class);
        Path directory = Path.of("target/convene-test/mail").toAbsolutePath().normalize();
        assertThat(((EmlCapture) context.getBean(MailTransport.class)).directory())
                .isEqualTo(directory);

        Staff.ensure(accounts);
        UUID event = PublishedEvents.open(Staff.as(client, Staff.ORGANISER), 10, true, false);
        Map<String, Object> person = Delegates.person("Layla", "Haddad", "JO");
        person.put("language", "ar");
        Map<?, ?> result = client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(person)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();

        UUID mailId = rows.findByKey("registration-confirmed:" + result.get("id"))
                .block()
                .id();
        Path file = awaitFile(directory, mailId.toString(), Duration.ofSeconds(20));
        assertThat(file.getFileName().toString()).endsWith("-registration-confirmed-" + mailId + ".eml");

        MimeMessage mail;
        try (InputStream in = Files.newInputStream(file)) {
            mail = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertThat(((InternetAddress) mail.getAllRecipients()[0]).getAddress()).isEqualTo(person.get("email"));
        assertThat(mail.getSubject()).startsWith("تأكيد التسجيل");
        assertThat(mail.getMessageID()).isEqualTo("<" + mailId + "@convene.local>");
        assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        // the confirmation carries the calendar invitation after the readable parts
        assertThat(mail.getContentType()).startsWith("multipart/mixed");
        Multipart mixed = (Multipart) mail.getContent();
        assertThat(mixed.getBodyPart(1).getContentType())
                .contains("text/calendar")
                .contains("method=REQUEST");
        Multipart parts = (Multipart) mixed.getBodyPart(0).getContent();
        assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat((String) parts.getBodyPart(1).getContent()).contains("dir=\"rtl\"");
        assertThat(rows.find(mailId).block().status()).isEqualTo(MailStatus.SENT);
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.filter(f -> f.toString().contains(mailId.toString()))
                            .toList())
                    .hasSize(1);
        }
    }

    static Path awaitFile(Path directory, String part, Duration timeout) throws IOException, InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (Files.isDirectory(directory)) {
                try (Stream<Path> files = Files.list(directory)) {
                    List<Path> found = files.filter(
                                    f -> f.getFileName().toString().contains(part)
                                            && f.getFileName().toString().endsWith(".eml"))
                            .toList();
                    if (!found.isEmpty()) {
                        return found.getFirst();
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No .eml file for " + part + " in " + directory + " after " + timeout);
    }
}
