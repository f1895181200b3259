package org.cti.convene.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cti.convene.mail.templates.MailKind;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.Delegates;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/**
 * What the mail tests against a real SMTP server share: one GreenMail server, the properties that point the
 * application at it (with a quick poll and short retries), a test {@link MailAttachments}, and helpers that
 * read what arrived. Subclasses carry {@code @IntegrationTest} and {@code @Import(TestAttachments.class)}
 * themselves, so that they share one Spring context.
 */
abstract class MailServerTest {

    /** Picked once, so that the server comes back on the same port after a test stops it. */
    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
                    new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("convene.mail.poll-interval", () -> "150ms");
        registry.add("convene.mail.retry-backoff", () -> "200ms");
        registry.add("convene.mail.max-retry-backoff", () -> "1s");
        registry.add("convene.mail.max-attempts", () -> "100");
    }

    /** Attaches a small file to reminders, and fails on demand (a calendar service that is down). */
    @TestConfiguration
    static class TestAttachments {
        static final AtomicBoolean broken = new AtomicBoolean();

        @Bean
        MailAttachments testAttachments() {
            return mail -> {
                if (broken.get()) {
                    return Mono.error(new IllegalStateException("calendar service down"));
                }
                return Mono.just(
                        mail.kind() == MailKind.REMINDER
                                ? List.of(new Attachment(
                                        "note.txt",
                                        "text/plain; charset=UTF-8",
                                        "Bring your badge".getBytes(StandardCharsets.UTF_8)))
                                : List.of());
            };
        }
    }

    private static final Pattern MANAGE_LINK = Pattern.compile("/my/registration\\?token=([A-Za-z0-9_%\\-]+)");
    private static final Pattern MESSAGE_ID = Pattern.compile("<[0-9a-f-]{36}@convene\\.local>");

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    DatabaseClient db;

    @Autowired
    MailOutboxRepository rows;

    WebTestClient organiser;

    @BeforeEach
    void signInAndStartTheServer() {
        Staff.ensure(accounts);
        organiser = Staff.as(client, Staff.ORGANISER);
        TestAttachments.broken.set(false);
        if (!smtp.isRunning()) {
            smtp.start();
        }
    }

    protected Map<?, ?> register(UUID event, Map<String, Object> person) {
        return client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(person)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    /** A confirmation that went out, as a template for rows the tests write themselves. */
    protected OutboxRow sentConfirmation() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<String, Object> person = Delegates.person("Template", "Delegate", "CH");
        UUID id = UUID.fromString((String) register(event, person).get("id"));
        single(email(person));
        return rows.findByKey("registration-confirmed:" + id).block();
    }

    protected UUID copy(OutboxRow template, String to, Instant due, String claimedBy, Instant claimedUntil) {
        UUID id = UUID.randomUUID();
        var spec = db.sql("""
                insert into mail_outbox (id, idempotency_key, kind, event_id, registration_id, recipient_email,
                    recipient_name, language, reply_to, facts, status, attempts, next_attempt_at, created_at,
                    claimed_by, claimed_until)
                select :id, 'test:' || :id, kind, event_id, registration_id, :to, recipient_name, language, reply_to,
                    facts, 'PENDING', 0, :due, now(), :claimedBy, :claimedUntil
                  from mail_outbox where id = :template
                """)
                .bind("id", id)
                .bind("to", to)
                .bind("due", due.atOffset(ZoneOffset.UTC))
                .bind("template", template.id())
                .bind("claimedBy", Parameter.fromOrEmpty(claimedBy, String.class))
                .bind(
                        "claimedUntil",
                        Parameter.fromOrEmpty(
                                claimedUntil == null ? null : claimedUntil.atOffset(ZoneOffset.UTC),
                                OffsetDateTime.class));
        spec.then().block();
        return id;
    }

    protected static String email(Map<String, Object> person) {
        return (String) person.get("email");
    }

    protected static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(
                                        a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    protected static List<String> subjects(String address) {
        return mailsTo(address).stream()
                .map(m -> {
                    try {
                        return m.getSubject();
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The one mail to {@code address}, waiting for it; fails if a second one follows. */
    protected static MimeMessage single(String address) {
        await(() -> !mailsTo(address).isEmpty(), Duration.ofSeconds(20));
        settle();
        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    protected static MimeMessage mailOfKind(String address, String subjectStart) {
        await(() -> subjects(address).stream().anyMatch(s -> s.startsWith(subjectStart)), Duration.ofSeconds(20));
        return mailsTo(address).stream()
                .filter(m -> {
                    try {
                        return m.getSubject().startsWith(subjectStart);
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst()
                .orElseThrow();
    }

    /** Gives any mail that should not exist the time to arrive (several poll intervals). */
    protected static void settle() {
        try {
            Thread.sleep(800);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    protected static void await(BooleanSupplier condition, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Still not true after " + timeout);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    protected static void assertWellFormed(MimeMessage mail, String language) throws Exception {
        assertHeaders(mail);
        Multipart alternative = (Multipart) mail.getContent();
        if (mail.isMimeType("multipart/mixed")) {
            // attachments (the calendar file) come after the readable text and HTML
            alternative = (Multipart) alternative.getBodyPart(0).getContent();
        } else {
            assertThat(mail.getContentType()).startsWith("multipart/alternative");
        }
        assertThat(alternative.getCount()).isEqualTo(2);
        assertThat(alternative.getBodyPart(0).getContentType())
                .startsWith("text/plain")
                .containsIgnoringCase("utf-8");
        assertThat(alternative.getBodyPart(1).getContentType())
                .startsWith("text/html")
                .containsIgnoringCase("utf-8");
        for (String content : List.of(mail.getSubject(), part(mail, "text/plain"), part(mail, "text/html"))) {
            assertThat(content)
                    .isNotBlank()
                    .doesNotContain("??")
                    .doesNotContain("${")
                    .doesNotContain("#{")
                    .doesNotContain("[(")
                    .doesNotContain("{0}")
                    .doesNotContain("null");
        }
        assertThat(part(mail, "text/html")).contains("lang=\"" + language + "\"");
    }

    protected static void assertHeaders(MimeMessage mail) throws Exception {
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getPersonal()).isEqualTo("Convene");
        assertThat(from.getAddress()).isEqualTo("noreply@convene.local");
        assertThat(((InternetAddress) mail.getReplyTo()[0]).getAddress()).isEqualTo("secretariat@example.org");
        assertThat(mail.getMessageID()).matches(MESSAGE_ID);
        assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(mail.getSentDate()).isCloseTo(new Date(), 120_000);
        assertThat(mail.getHeader("Subject", null)).doesNotContainPattern("[^\\x20-\\x7e\\r\\n\\t]"); // encoded
    }

    protected static String manageToken(MimeMessage mail) throws Exception {
        Matcher text = MANAGE_LINK.matcher(part(mail, "text/plain"));
        assertThat(text.find()).as("manage link in the text part").isTrue();
        assertThat(part(mail, "text/html")).contains("/my/registration?token=" + text.group(1));
        assertThat(part(mail, "text/plain")).contains("http://localhost:");
        return URLDecoder.decode(text.group(1), StandardCharsets.UTF_8);
    }

    /** The decoded text of the first part of that type, however deep. */
    protected static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
