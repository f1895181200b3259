package org.cti.convene.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.common.DomainEvents;
import org.cti.convene.registration.RegistrationConfirmed;
import org.cti.convene.registration.Registrations;
import org.cti.convene.support.Delegates;
import org.cti.convene.support.EventFixtures;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Every message a registration can cause, received from a real SMTP server: multipart/alternative with a text
 * and an HTML part, proper headers, the recipient's language, no unresolved placeholder, a private link that
 * works, and one mail per fact.
 */
@IntegrationTest
@Import(MailServerTest.TestAttachments.class)
class MailMessagesTests extends MailServerTest {

    @Autowired
    MailReminders reminders;

    @Autowired
    Registrations registrations;

    @Autowired
    DomainEvents domainEvents;

    @Autowired
    TransactionalOperator tx;

    @Test
    void confirmationIsMultipartAlternativeWithProperHeadersAndAWorkingPrivateLink() throws Exception {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<String, Object> amina = Delegates.amina();
        Map<?, ?> result = register(event, amina);

        MimeMessage mail = single(email(amina));
        assertWellFormed(mail, "fr");
        assertThat(mail.getSubject()).isEqualTo("Inscription confirmée\u00a0: Prévenir la torture en garde à vue");
        assertThat(((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("H.E. Amina Diallo");

        String token = manageToken(mail);
        assertThat(token).isEqualTo(result.get("manageToken"));
        client.get()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("CONFIRMED");

        UUID registration = UUID.fromString((String) result.get("id"));
        OutboxRow row = rows.findByKey("registration-confirmed:" + registration).block();
        assertThat(row.status()).isEqualTo(MailStatus.SENT);
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(mail.getMessageID()).isEqualTo(row.messageId()).isEqualTo("<" + row.id() + "@convene.local>");
    }

    @Test
    void theSameFactPublishedAgainAddsNoSecondMail() throws Exception {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<String, Object> person = Delegates.person("Once", "Only", "CH");
        UUID id = UUID.fromString((String) register(event, person).get("id"));
        single(email(person));

        var registration = registrations.find(id).block();
        var again = new RegistrationConfirmed(registration);
        domainEvents
                .publish(again)
                .then(domainEvents.publish(again))
                .as(tx::transactional)
                .block();

        settle();
        assertThat(mailsTo(email(person))).hasSize(1);
        organiser
                .get()
                .uri(u -> u.path("/api/v1/admin/mail")
                        .queryParam("to", email(person))
                        .build())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1);
    }

    @Test
    void confirmationSpeaksTheDelegatesLanguage() throws Exception {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<String, String> subjects = Map.of(
                "en", "Registration confirmed: Preventing torture in police custody",
                "fr", "Inscription confirmée\u00a0: Prévenir la torture en garde à vue",
                "es", "Inscripción confirmada: Preventing torture in police custody",
                "ar", "تأكيد التسجيل: Preventing torture in police custody");
        Map<String, Map<String, Object>> people = Map.of(
                "en", Delegates.person("Grace", "Mensah", "GH"),
                "fr", Delegates.person("Amina", "Diallo", "SN"),
                "es", Delegates.person("Ana", "Pérez", "MX"),
                "ar", Delegates.person("ليلى", "حداد", "JO"));
        people.forEach((language, person) -> {
            person.put("language", language);
            register(event, person);
        });
        for (var entry : people.entrySet()) {
            String language = entry.getKey();
            MimeMessage mail = single(email(entry.getValue()));
            assertWellFormed(mail, language);
            assertThat(mail.getSubject()).as(language).isEqualTo(subjects.get(language));
            assertThat(mail.getHeader("Content-Language", null)).isEqualTo(language);
            String html = part(mail, "text/html");
            assertThat(html).contains("lang=\"" + language + "\"");
            assertThat(html).contains("ar".equals(language) ? "dir=\"rtl\"" : "dir=\"ltr\"");
            assertThat(part(mail, "text/plain"))
                    .contains((String) entry.getValue().get("givenName"));
        }
        assertThat(part(single(email(people.get("ar"))), "text/plain")).contains("يسرّنا أن نؤكد تسجيلكم");
        assertThat(part(single(email(people.get("es"))), "text/plain")).contains("inscripción");
    }

    @Test
    void everyStepOfARegistrationsLifeIsMailed() throws Exception {
        // capacity 1 with a waiting list: confirmed, waitlisted, cancelled, promoted, link resent
        UUID event = PublishedEvents.open(organiser, 1, true, false);
        Map<String, Object> first = Delegates.person("Grace", "Mensah", "GH");
        first.put("language", "en");
        Map<String, Object> second = Delegates.person("Ana", "Pérez", "MX");
        second.put("language", "es");
        Map<?, ?> firstResult = register(event, first);
        register(event, second);
        MimeMessage waitlisted = single(email(second));
        assertWellFormed(waitlisted, "es");
        assertThat(waitlisted.getSubject()).startsWith("Lista de espera");
        assertThat(part(waitlisted, "text/plain")).contains("1");

        client.delete()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", (String) firstResult.get("manageToken"))
                .exchange()
                .expectStatus()
                .isOk();
        MimeMessage cancelled = mailOfKind(email(first), "Registration cancelled");
        assertWellFormed(cancelled, "en");
        assertThat(part(cancelled, "text/plain")).doesNotContain("/my/registration");
        MimeMessage promoted = mailOfKind(email(second), "Hay una plaza disponible");
        assertWellFormed(promoted, "es");
        String promotedToken = manageToken(promoted);
        client.get()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", promotedToken)
                .exchange()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("CONFIRMED");

        client.post()
                .uri("/api/v1/events/{id}/registrations/resend-link", event)
                .bodyValue(Map.of("email", email(second)))
                .exchange()
                .expectStatus()
                .isAccepted();
        MimeMessage link = mailOfKind(email(second), "Su enlace personal");
        assertWellFormed(link, "es");
        assertThat(manageToken(link)).isEqualTo(promotedToken);

        // the event moves by an hour: only live registrations hear of it, once
        String later = OffsetDateTime.now()
                .plusDays(30)
                .withHour(15)
                .truncatedTo(ChronoUnit.HOURS)
                .toString();
        organiser
                .patch()
                .uri("/api/v1/admin/events/{id}", event)
                .contentType(MediaType.parseMediaType("application/merge-patch+json"))
                .bodyValue(Map.of(
                        "startsAt",
                        later,
                        "endsAt",
                        OffsetDateTime.parse(later).plusMinutes(90).toString(),
                        "sessions",
                        List.of()))
                .exchange()
                .expectStatus()
                .isOk();
        MimeMessage changed = mailOfKind(email(second), "Evento modificado");
        assertWellFormed(changed, "es");
        assertThat(part(changed, "text/plain"))
                .contains("La fecha o la hora han cambiado.")
                .contains("El programa ha cambiado.");

        organiser
                .post()
                .uri("/api/v1/admin/events/{id}/cancel", event)
                .exchange()
                .expectStatus()
                .isOk();
        MimeMessage eventCancelled = mailOfKind(email(second), "Evento cancelado");
        assertWellFormed(eventCancelled, "es");

        settle();
        assertThat(subjects(email(first))).hasSize(2); // confirmed, cancelled: no change or cancellation news
        assertThat(subjects(email(second))).hasSize(5); // waitlisted, promoted, link, changed, cancelled
    }

    @Test
    void approvalDeclineAndSubstitutionAreMailed() throws Exception {
        UUID event = PublishedEvents.open(organiser, 3, true, true);
        Map<String, Object> approvedPerson = Delegates.person("Grace", "Mensah", "GH");
        approvedPerson.put("language", "en");
        Map<String, Object> declinedPerson = Delegates.person("Li", "Wei", "CN");
        declinedPerson.put("language", "en");
        Map<?, ?> approved = register(event, approvedPerson);
        Map<?, ?> declined = register(event, declinedPerson);
        assertWellFormed(mailOfKind(email(approvedPerson), "Registration received"), "en");

        organiser
                .post()
                .uri("/api/v1/admin/registrations/{id}/approve", approved.get("id"))
                .exchange()
                .expectStatus()
                .isOk();
        organiser
                .post()
                .uri("/api/v1/admin/registrations/{id}/decline", declined.get("id"))
                .bodyValue(Map.of("reason", "Seats are reserved for States parties"))
                .exchange()
                .expectStatus()
                .isOk();
        assertWellFormed(mailOfKind(email(approvedPerson), "Registration approved"), "en");
        MimeMessage decline = mailOfKind(email(declinedPerson), "Registration not accepted");
        assertWellFormed(decline, "en");
        assertThat(part(decline, "text/plain")).contains("Seats are reserved for States parties");
        assertThat(part(decline, "text/html")).contains("Seats are reserved for States parties");

        // a head of delegation replaces one delegate by another person
        UUID open = PublishedEvents.open(organiser, 5, true, false);
        Map<String, Object> leaving = Delegates.person("Kofi", "Boateng", "GH");
        leaving.put("language", "en");
        Map<?, ?> delegation = client.post()
                .uri("/api/v1/events/{id}/delegations", open)
                .bodyValue(Map.of(
                        "countryCode",
                        "GH",
                        "head",
                        Map.of(
                                "name",
                                "Permanent Mission of Ghana",
                                "email",
                                "mission-" + UUID.randomUUID() + "@example.org",
                                "language",
                                "en"),
                        "delegates",
                        List.of(leaving)))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        String leavingId = (String) ((Map<?, ?>) ((List<?>) delegation.get("registrations")).getFirst()).get("id");
        Map<String, Object> arriving = Delegates.person("Efua", "Owusu", "GH");
        arriving.put("language", "fr");
        client.post()
                .uri("/api/v1/delegations/me/substitutions")
                .header("X-Manage-Token", (String) delegation.get("manageToken"))
                .bodyValue(Map.of("registrationId", leavingId, "replacement", arriving))
                .exchange()
                .expectStatus()
                .isCreated();
        MimeMessage replaced = mailOfKind(email(leaving), "Registration transferred");
        assertWellFormed(replaced, "en");
        assertThat(part(replaced, "text/plain"))
                .as("the replaced delegate is told who replaced them, not that they asked for it")
                .contains("The head of your delegation has registered another member")
                .doesNotContain("As requested");
        MimeMessage welcome = mailOfKind(email(arriving), "Inscription confirmée");
        assertWellFormed(welcome, "fr");
        client.get()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", manageToken(welcome))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.givenName")
                .isEqualTo("Efua");
    }

    @Test
    void aReminderGoesOnceToConfirmedRegistrationsOfEventsStartingWithinTheLead() throws Exception {
        Map<String, Object> body = EventFixtures.event(
                EventFixtures.slug("soon"), "Asia/Bangkok", Instant.now().plus(1, ChronoUnit.DAYS), 10, "PUBLIC");
        body.remove("registrationClosesAt");
        body.put("sessions", List.of());
        UUID soon = PublishedEvents.publish(organiser, body);
        UUID later = PublishedEvents.open(organiser, 10, true, false);
        Map<String, Object> comingSoon = Delegates.person("Somchai", "Srisuk", "TH");
        comingSoon.put("language", "en");
        Map<String, Object> comingLater = Delegates.person("Grace", "Mensah", "GH");
        register(soon, comingSoon);
        register(later, comingLater);

        reminders.queueDue().block();
        reminders.queueDue().block();

        MimeMessage reminder = mailOfKind(email(comingSoon), "Reminder");
        assertThat(reminder.getContentType()).startsWith("multipart/mixed");
        Multipart mixed = (Multipart) reminder.getContent();
        assertThat(mixed.getCount()).isEqualTo(3); // the readable parts, the calendar entry, the test's note
        assertThat(mixed.getBodyPart(0).getContentType()).startsWith("multipart/alternative");
        List<String> attached = new java.util.ArrayList<>();
        for (int i = 1; i < mixed.getCount(); i++) {
            attached.add(mixed.getBodyPart(i).getFileName());
        }
        assertThat(attached).containsExactlyInAnyOrder("invite.ics", "note.txt");
        assertThat(part(reminder, "text/plain")).contains("Asia/Bangkok");
        assertHeaders(reminder);
        settle();
        assertThat(subjects(email(comingSoon)))
                .filteredOn(s -> s.startsWith("Reminder"))
                .hasSize(1);
        assertThat(subjects(email(comingLater))).noneMatch(s -> s.startsWith("Rappel"));
    }
}
