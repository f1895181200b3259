package org.cti.convene.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.common.AdmissionControl;
import org.cti.convene.support.Delegates;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mail.MailSendException;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The outbox's promises against a real SMTP server: an outage loses and doubles nothing, any number of senders
 * send each mail once, a dead sender's rows come back, and a failing attachment or server never touches the
 * registration that caused the mail.
 */
@IntegrationTest
@Import(MailServerTest.TestAttachments.class)
class MailOutboxTests extends MailServerTest {

    @Autowired
    MailComposer composer;

    @Autowired
    MimeMails mime;

    @Autowired
    MailTransport transport;

    @Autowired
    MailSettings settings;

    @Test
    void anOutageLosesNothingAndDuplicatesNothing() throws Exception {
        UUID event = PublishedEvents.open(organiser, 50, true, false);
        smtp.stop();
        List<String> recipients = new ArrayList<>();
        List<UUID> registrations = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Map<String, Object> person = Delegates.person("Outage" + i, "Delegate", "CH");
            recipients.add(email(person));
            registrations.add(UUID.fromString((String) register(event, person).get("id")));
        }
        // every one of them was tried and failed while the server was away
        await(
                () -> registrations.stream().allMatch(id -> {
                    OutboxRow row =
                            rows.findByKey("registration-confirmed:" + id).block();
                    return row.attempts() >= 1 && row.status() == MailStatus.PENDING && row.lastError() != null;
                }),
                Duration.ofSeconds(20));

        smtp.start();
        await(() -> recipients.stream().allMatch(to -> mailsTo(to).size() >= 1), Duration.ofSeconds(30));
        settle();
        long received = recipients.stream().mapToLong(to -> mailsTo(to).size()).sum();
        assertThat(received).isEqualTo(20);
        assertThat(registrations)
                .allSatisfy(id -> assertThat(rows.findByKey("registration-confirmed:" + id)
                                .block()
                                .status())
                        .isEqualTo(MailStatus.SENT));
    }

    @Test
    void twoSendersOnOneOutboxSendEveryMailExactlyOnce() throws Exception {
        OutboxRow template = sentConfirmation();
        // rows due tomorrow: only the two senders below, whose clocks run a day ahead, see them
        Instant tomorrow = Instant.now().plus(12, ChronoUnit.HOURS);
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String to = "twice-" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            recipients.add(to);
            copy(template, to, tomorrow, null, null);
        }
        Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofDays(1));
        MailSettings small = settings.withBatchSize(3);
        MailDispatcher one = new MailDispatcher(rows, composer, mime, transport, small, ahead);
        MailDispatcher two = new MailDispatcher(rows, composer, mime, transport, small, ahead);
        assertThat(one.name()).isNotEqualTo(two.name());

        List<Long> attempted = Flux.merge(one.drain(), two.drain(), one.drain(), two.drain())
                .collectList()
                .block(Duration.ofSeconds(60));

        // at least ours (rows other tests left pending may be among them)
        assertThat(attempted.stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(30);
        settle();
        assertThat(recipients).allSatisfy(to -> assertThat(mailsTo(to)).hasSize(1));
    }

    @Test
    void aBusyInstanceSendsAFewMailsPerPollAndCatchesUpWhenTheRushIsOver() throws Exception {
        OutboxRow template = sentConfirmation();
        Instant tomorrow = Instant.now().plus(12, ChronoUnit.HOURS);
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String to = "rush-" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            recipients.add(to);
            copy(template, to, tomorrow, null, null);
        }
        MailDispatcher sender = new MailDispatcher(
                rows, composer, mime, transport, settings, Clock.offset(Clock.systemUTC(), Duration.ofDays(1)));
        AdmissionControl admission = new AdmissionControl(100, new SimpleMeterRegistry());
        List<Disposable> rush = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            rush.add(admission
                    .filter(
                            MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/events/x/registrations")),
                            exchange -> Mono.never())
                    .subscribe());
        }

        assertThat(new MailSchedule(sender, admission, false, 8, 2).poll().block())
                .isZero();
        assertThat(new MailSchedule(sender, admission, true, 8, 2).poll().block())
                .as("two mails per poll while nine requests are in flight")
                .isEqualTo(2);

        rush.forEach(Disposable::dispose);
        assertThat(new MailSchedule(sender, admission, true, 8, 2).poll().block())
                .isGreaterThanOrEqualTo(4);
        settle();
        assertThat(recipients).allSatisfy(to -> assertThat(mailsTo(to)).hasSize(1));
    }

    @Test
    void aKilledSendersRowsComeBackWhenItsLeaseRunsOut() throws Exception {
        OutboxRow template = sentConfirmation();
        String to = "orphan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Instant claimedUntil = Instant.now().plusSeconds(2);
        copy(template, to, Instant.now(), "a-sender-that-died", claimedUntil);

        Thread.sleep(1000);
        assertThat(mailsTo(to)).isEmpty();
        await(() -> mailsTo(to).size() == 1, Duration.ofSeconds(15));
        assertThat(Instant.now()).isAfter(claimedUntil);
    }

    @Test
    void failingAttachmentsOrServerNeverTouchTheRegistrationAndTheMailFollowsLater() throws Exception {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        TestAttachments.broken.set(true);
        Map<String, Object> person = Delegates.person("Patient", "Delegate", "CH");
        Map<?, ?> result = register(event, person);
        UUID id = UUID.fromString((String) result.get("id"));

        await(
                () -> {
                    OutboxRow row =
                            rows.findByKey("registration-confirmed:" + id).block();
                    return row.attempts() >= 2 && row.lastError().contains("calendar service down");
                },
                Duration.ofSeconds(20));
        client.get()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", (String) result.get("manageToken"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("CONFIRMED");
        assertThat(mailsTo(email(person))).isEmpty();

        TestAttachments.broken.set(false);
        assertWellFormed(single(email(person)), "fr");
        assertThat(rows.findByKey("registration-confirmed:" + id).block().status())
                .isEqualTo(MailStatus.SENT);
    }

    @Test
    void aMailIsGivenUpAfterTheLastAttempt() {
        OutboxRow template = sentConfirmation();
        String to = "never-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        UUID id = copy(template, to, Instant.now().plus(12, ChronoUnit.HOURS), null, null);
        Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofDays(1));
        MailSettings twoAttempts = new MailSettings(
                settings.from(),
                settings.pollInterval(),
                5,
                2,
                Duration.ofMillis(1),
                Duration.ofMillis(1),
                settings.lease(),
                settings.reminderLead(),
                settings.reminderInterval());
        MailTransport down = (row, message) -> Mono.error(new MailSendException("down"));
        MailDispatcher sender = new MailDispatcher(rows, composer, mime, down, twoAttempts, ahead);

        sender.drain().block();
        assertThat(rows.find(id).block().status()).isEqualTo(MailStatus.PENDING);
        sender.drain().block();
        OutboxRow failed = rows.find(id).block();
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.lastError()).contains("MailSendException: down");
        sender.drain().block();
        assertThat(rows.find(id).block().attempts()).isEqualTo(2);
    }
}
