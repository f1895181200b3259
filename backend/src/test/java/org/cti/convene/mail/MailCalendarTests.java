package org.cti.convene.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.cti.convene.support.Delegates;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;

/** The calendar entry travels with the mails that change it, so calendars update it in place. */
@IntegrationTest
@Import(MailServerTest.TestAttachments.class)
class MailCalendarTests extends MailServerTest {

    @Test
    void confirmationInvitesAMoveUpdatesAndACancellationRemovesTheSameEntry() throws Exception {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<String, Object> person = Delegates.person("Amina", "Diallo", "SN");
        String token = (String) register(event, person).get("manageToken");
        String to = (String) person.get("email");

        MimeMessage confirmation = single(to);
        assertWellFormed(confirmation, "fr");
        Calendar invite = calendar(confirmation, "REQUEST");
        VEvent first = invite.getComponent("VEVENT").map(c -> (VEvent) c).orElseThrow();
        String uid = first.getUid().orElseThrow().getValue();
        assertThat(uid).isEqualTo(event + "@convene");
        int sequence =
                Integer.parseInt(first.getProperty("SEQUENCE").orElseThrow().getValue());
        assertThat(first.getProperty("ATTENDEE").orElseThrow().getValue()).isEqualTo("mailto:" + to);

        organiser
                .patch()
                .uri("/api/v1/admin/events/{id}", event)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("venue", Map.of("name", "Room XX")))
                .exchange()
                .expectStatus()
                .isOk();
        await(() -> mailsTo(to).size() >= 2, java.time.Duration.ofSeconds(20));
        MimeMessage change = mailsTo(to).get(1);
        VEvent moved = calendar(change, "REQUEST")
                .getComponent("VEVENT")
                .map(c -> (VEvent) c)
                .orElseThrow();
        assertThat(moved.getUid().orElseThrow().getValue()).isEqualTo(uid);
        assertThat(Integer.parseInt(moved.getProperty("SEQUENCE").orElseThrow().getValue()))
                .isGreaterThan(sequence);
        assertThat(moved.getProperty("LOCATION").orElseThrow().getValue()).contains("Room XX");

        client.delete()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", token)
                .exchange()
                .expectStatus()
                .isOk();
        await(() -> mailsTo(to).size() >= 3, java.time.Duration.ofSeconds(20));
        Calendar cancel = calendar(mailsTo(to).get(2), "CANCEL");
        VEvent gone = cancel.getComponent("VEVENT").map(c -> (VEvent) c).orElseThrow();
        assertThat(gone.getUid().orElseThrow().getValue()).isEqualTo(uid);
        assertThat(gone.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void waitingDelegatesGetNoCalendarEntryYet() throws Exception {
        UUID event = PublishedEvents.open(organiser, 1, true, false);
        register(event, Delegates.person("First", "Seat", "CH"));
        Map<String, Object> waiting = Delegates.person("Second", "Waiting", "CH");
        register(event, waiting);
        MimeMessage mail = single((String) waiting.get("email"));
        assertThat(mail.isMimeType("multipart/alternative")).isTrue();
    }

    private static Calendar calendar(MimeMessage mail, String method) throws Exception {
        assertThat(mail.isMimeType("multipart/mixed")).isTrue();
        var parts = (jakarta.mail.Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            if (part.isMimeType("text/calendar")) {
                assertThat(part.getContentType()).containsIgnoringCase("method=" + method);
                try (var in = part.getInputStream()) {
                    Calendar calendar = new CalendarBuilder().build(in);
                    assertThat(calendar.getProperty("METHOD").orElseThrow().getValue())
                            .isEqualTo(method);
                    return calendar;
                }
            }
        }
        throw new AssertionError("no text/calendar part");
    }
}
