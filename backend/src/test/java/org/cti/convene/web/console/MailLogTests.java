package org.cti.convene.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.ConsoleSession;
import org.cti.convene.support.Delegates;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The console's mail log: what went to whom, filters, and "send again" that sends one copy per click. */
@IntegrationTest
class MailLogTests {

    private static final Pattern RESEND = Pattern.compile(
            "action=\"/console/mail/([0-9a-f-]{36})/resend\"[\\s\\S]*?name=\"key\" value=\"([0-9a-f-]{36})\"");

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    ConsoleSession organiser;
    UUID event;
    String email;

    @BeforeEach
    void aConfirmedRegistration() {
        Staff.ensure(accounts);
        organiser = ConsoleSession.signIn(client, Staff.ORGANISER);
        event = PublishedEvents.open(Staff.as(client, Staff.ORGANISER), 10, true, false);
        Map<String, Object> body = Delegates.person("Grace", "Mensah", "GH");
        email = "mail-log-" + UUID.randomUUID() + "@example.org";
        body.put("email", email);
        client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated();
    }

    @Test
    void theLogShowsEachMailWithItsEventAndFilters() {
        String html = awaitPage("/console/mail?event=" + event);

        assertThat(html)
                .contains("<title>Mail log · Convene</title>")
                .contains(email)
                .contains("H.E. Grace Mensah")
                .contains("Registration confirmed")
                .contains("Preventing torture in police custody")
                .contains("Mails found: 1, newest first.")
                .containsPattern("<option value=\"" + event + "\"\\s+selected=\"selected\">")
                .contains("aria-current=\"page\"")
                .doesNotContain("style=");
        assertThat(organiser.page("/console/mail?to=" + email.substring(0, 20))).contains(email);
        assertThat(organiser.page("/console/mail?event=" + event + "&to=nobody.else"))
                .contains("No mail matches these filters.")
                .doesNotContain(email);
        assertThat(organiser.page("/console/mail?event=" + event + "&status=FAILED"))
                .doesNotContain(email);
    }

    @Test
    void sendingAgainQueuesOneCopyAndComesBackToTheSameView() {
        String html = awaitPage("/console/mail?event=" + event);
        Matcher form = RESEND.matcher(html);
        assertThat(form.find()).as("a resend form with a repeat-safe key").isTrue();
        String mail = form.group(1);
        String key = form.group(2);

        EntityExchangeResult<String> resent =
                organiser.post("/console/mail/" + mail + "/resend", Map.of("key", key, "back", "event=" + event));
        assertThat(resent.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(resent.getResponseHeaders().getLocation())
                .hasToString("/console/mail?event=" + event + "&done=resent");
        organiser.post("/console/mail/" + mail + "/resend", Map.of("key", key, "back", "event=" + event));

        String after = organiser.page("/console/mail?event=" + event + "&done=resent");
        assertThat(after)
                .contains("A new copy of the mail is queued")
                .contains("Mails found: 2, newest first.")
                .contains("A copy sent again");
    }

    @Test
    void accountsSeeOnlyTheirEventsMailAndCheckInStaffNone() {
        awaitPage("/console/mail?event=" + event);
        UUID other = PublishedEvents.open(Staff.as(client, Staff.ORGANISER), 5, true, false);
        ConsoleSession partner = ConsoleSession.signIn(client, Staff.scopedOrganiser(accounts, other));

        assertThat(partner.get("/console/mail?event=" + event).getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(partner.page("/console/mail")).doesNotContain(email);
        ConsoleSession door = ConsoleSession.signIn(client, Staff.CHECKIN);
        assertThat(door.get("/console/mail").getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(door.page("/console/events")).doesNotContain("href=\"/console/mail\"");
        assertThat(organiser.page("/console/events")).contains("href=\"/console/mail\"");
    }

    /** The mail row is written when the registration commits; give the listener a moment. */
    private String awaitPage(String path) {
        Instant end = Instant.now().plus(Duration.ofSeconds(15));
        String html = organiser.page(path);
        while (!html.contains(email) && Instant.now().isBefore(end)) {
            sleep();
            html = organiser.page(path);
        }
        return html;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
