package org.cti.convene.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.SettableClock;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reminders at the organiser's offsets before the deadline, each once, even when two runs (two instances)
 * go at the same moment. The job is run for a moment days ahead, so the real schedule never touches
 * these invitations.
 */
@IntegrationTest
class InvitationReminderTests {

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    InvitationReminders reminders;

    @Autowired
    Invitations invitations;

    @Autowired
    DatabaseClient db;

    WebTestClient organiser;

    @BeforeEach
    void signIn() {
        Staff.ensure(accounts);
        organiser = Staff.as(client, Staff.ORGANISER);
    }

    @Autowired
    SettableClock clock;

    @org.junit.jupiter.api.AfterEach
    void time() {
        clock.reset();
    }

    @Test
    void theScheduledJobSendsEachReminderWhenItFallsDueOverSeveralCycles() {
        UUID event = InvitationFixtures.event(organiser, 10, "INVITATION_ONLY", false);
        Map<String, Object> body =
                InvitationFixtures.batch(InvitationFixtures.inDays(3), InvitationFixtures.person("Lina Haddad"));
        body.put("reminderOffsetsHours", List.of(48, 24));
        List<Map<?, ?>> created = InvitationApiTests.list(organiser
                .post()
                .uri("/api/v1/admin/events/{id}/invitations", event)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody());
        UUID lina = UUID.fromString((String) created.getFirst().get("id"));
        // as Spring does with a reactive @Scheduled method: one Mono, subscribed on every tick
        Mono<Void> job = reminders.run();

        job.block();
        assertThat(rows(lina)).as("nothing due at first").isZero();
        assertThat(lastReminder(lina)).isNull();
        clock.advance(Duration.ofHours(25));
        job.block();
        assertThat(rows(lina)).as("the 48-hour reminder, one cycle later").isEqualTo(1);
        assertThat(lastReminder(lina)).as("the organiser sees when it went").isNotNull();
        job.block();
        assertThat(rows(lina)).as("once").isEqualTo(1);
        clock.advance(Duration.ofHours(24));
        job.block();
        assertThat(rows(lina))
                .as("the 24-hour reminder, cycles later, same server")
                .isEqualTo(2);
    }

    @Test
    void eachReminderIsSentOnceAcrossConcurrentRunsAtEachOffset() {
        UUID event = InvitationFixtures.event(organiser, 10, "INVITATION_ONLY", false);
        Map<String, Object> body = InvitationFixtures.batch(
                InvitationFixtures.inDays(4),
                InvitationFixtures.person("Ana Pérez"),
                InvitationFixtures.delegation("GH", 2));
        body.put("reminderOffsetsHours", List.of(24, 72));
        List<Map<?, ?>> created = InvitationApiTests.list(organiser
                .post()
                .uri("/api/v1/admin/events/{id}/invitations", event)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody());
        UUID ana = UUID.fromString((String) created.get(0).get("id"));
        UUID mission = UUID.fromString((String) created.get(1).get("id"));
        Instant deadline = Instant.parse((String) created.get(0).get("expiresAt"));

        // the mission declines: no reminders for it
        client.post()
                .uri("/api/v1/invitations/{t}/decline", InvitationFixtures.token(invitations, mission))
                .bodyValue(Map.of())
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(twoRunsAt(deadline.minus(Duration.ofHours(80)), ana))
                .as("nothing due yet")
                .isEmpty();

        List<InvitationReminderDue> at72 = twoRunsAt(deadline.minus(Duration.ofHours(60)), ana);
        assertThat(at72).hasSize(1);
        assertThat(at72.getFirst().offsetHours()).isEqualTo(72);
        assertThat(at72.getFirst().invitation().email())
                .isEqualTo(created.get(0).get("email"));
        assertThat(twoRunsAt(deadline.minus(Duration.ofHours(59)), ana))
                .as("sent already")
                .isEmpty();

        List<InvitationReminderDue> at24 = twoRunsAt(deadline.minus(Duration.ofHours(12)), ana);
        assertThat(at24).extracting(InvitationReminderDue::offsetHours).containsExactly(24);
        assertThat(rows(ana)).isEqualTo(2);
        assertThat(rows(mission)).isZero();
        assertThat(twoRunsAt(deadline.plus(Duration.ofHours(1)), ana))
                .as("expired: no reminder")
                .isEmpty();

        // a later deadline makes the reminders due again; both fell due at once, so one goes (the nearest)
        java.time.OffsetDateTime later = InvitationFixtures.inDays(6);
        organiser
                .post()
                .uri("/api/v1/admin/invitations/{id}/extend", ana)
                .bodyValue(Map.of("expiresAt", later.toString()))
                .exchange()
                .expectStatus()
                .isOk();
        List<InvitationReminderDue> afterExtension = twoRunsAt(later.toInstant().minus(Duration.ofHours(2)), ana);
        assertThat(afterExtension)
                .extracting(InvitationReminderDue::offsetHours)
                .containsExactly(24);
        assertThat(rows(ana)).isEqualTo(4);
    }

    @Test
    void noReminderForAnOffsetThatHadPassedWhenTheInvitationWasSent() {
        UUID event = InvitationFixtures.event(organiser, 10, "INVITATION_ONLY", false);
        Map<String, Object> body =
                InvitationFixtures.batch(InvitationFixtures.inDays(1), InvitationFixtures.person("Ana Pérez"));
        List<Map<?, ?>> created = InvitationApiTests.list(organiser
                .post()
                .uri("/api/v1/admin/events/{id}/invitations", event)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody());
        UUID ana = UUID.fromString((String) created.get(0).get("id"));
        assertThat(created.get(0).get("reminderOffsetsHours")).isEqualTo(List.of(48));
        assertThat(twoRunsAt(Instant.now().plus(Duration.ofHours(12)), ana)).isEmpty();
        assertThat(rows(ana)).isZero();
    }

    /** Two runs at once, as two instances would; the reminders either announced for this invitation. */
    private List<InvitationReminderDue> twoRunsAt(Instant now, UUID invitation) {
        return Flux.merge(
                        reminders.remind(now).subscribeOn(Schedulers.boundedElastic()),
                        reminders.remind(now).subscribeOn(Schedulers.boundedElastic()))
                .filter(r -> r.invitation().id().equals(invitation))
                .collectList()
                .block(Duration.ofSeconds(30));
    }

    private Object lastReminder(UUID invitation) {
        return organiser
                .get()
                .uri("/api/v1/admin/invitations/{id}", invitation)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("lastReminderAt");
    }

    private long rows(UUID invitation) {
        return db.sql("select count(*) as n from invitation_reminder where invitation_id = :i")
                .bind("i", invitation)
                .map((row, meta) -> row.get("n", Long.class))
                .one()
                .block();
    }
}
