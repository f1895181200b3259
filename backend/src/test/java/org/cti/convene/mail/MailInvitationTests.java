package org.cti.convene.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cti.convene.support.EventFixtures;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/** Invitations reach invitees by mail only, in their language, with working accept and decline links. */
@IntegrationTest
@Import(MailServerTest.TestAttachments.class)
class MailInvitationTests extends MailServerTest {

    private static final Pattern ACCEPT = Pattern.compile("/invitations/([A-Za-z0-9_%\\-]+)");

    @Test
    void invitationsInFourLanguagesCarryTheirLinksAndTheCalendarRequest() throws Exception {
        Map<String, Object> body = EventFixtures.sideEvent(EventFixtures.slug("invited"));
        body.put("access", "INVITATION_ONLY");
        UUID event = PublishedEvents.publish(organiser, body);
        String expires = OffsetDateTime.now().plusDays(7).toString();
        Map<String, String> subjects = Map.of("en", "Invitation", "fr", "Invitation", "es", "Invitación", "ar", "دعوة");
        List<Map<String, Object>> invitees = subjects.keySet().stream()
                .map(lang -> Map.<String, Object>of(
                        "type",
                        "DELEGATION",
                        "countryCode",
                        "GH",
                        "name",
                        "Mission " + lang,
                        "email",
                        "mission-" + lang + "-" + UUID.randomUUID() + "@example.org",
                        "language",
                        lang,
                        "seats",
                        2))
                .toList();
        organiser
                .post()
                .uri("/api/v1/admin/events/{id}/invitations", event)
                .bodyValue(Map.of("invitations", invitees, "expiresAt", expires))
                .exchange()
                .expectStatus()
                .isCreated();

        for (Map<String, Object> invitee : invitees) {
            String lang = (String) invitee.get("language");
            MimeMessage mail = single((String) invitee.get("email"));
            assertWellFormed(mail, lang);
            assertThat(mail.getSubject()).contains(subjects.get(lang));
            String text = part(mail, "text/plain");
            Matcher link = ACCEPT.matcher(text);
            assertThat(link.find()).as("accept link in " + lang).isTrue();
            String token = URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
            assertThat(part(mail, "text/html")).contains("/invitations/" + link.group(1));
            assertThat(calendarText(mail)).contains("METHOD:REQUEST").contains(event + "@convene");
            client.get()
                    .uri("/api/v1/invitations/{token}", token)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.seats")
                    .isEqualTo(2);
        }
    }

    private static String calendarText(MimeMessage mail) throws Exception {
        var parts = (jakarta.mail.Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("text/calendar")) {
                try (var in = parts.getBodyPart(i).getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no calendar part");
    }
}
