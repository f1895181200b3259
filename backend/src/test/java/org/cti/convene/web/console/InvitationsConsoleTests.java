package org.cti.convene.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.invitations.InvitationStatus;
import org.cti.convene.invitations.Invitations;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.ConsoleSession;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.InvitedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** An invitation-only meeting run from the console: invite, follow, resend, extend, revoke, upload a CSV. */
@IntegrationTest
class InvitationsConsoleTests {

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Invitations invitations;

    ConsoleSession organiser;
    UUID event;
    String deadline;

    @BeforeEach
    void meeting() {
        Staff.ensure(accounts);
        organiser = ConsoleSession.signIn(client, Staff.ORGANISER);
        event = InvitedEvents.event(Staff.as(client, Staff.ORGANISER), 30);
        deadline = LocalDateTime.now().plusDays(10).withNano(0).withSecond(0).toString();
    }

    @Test
    void invitingAPersonAndADelegationFromTheConsole() {
        assertThat(organiser.page("/console/events/" + event)).contains("/console/events/" + event + "/invitations");
        assertThat(organiser.page("/console/events/" + event + "/invitations")).contains("No invitations yet.");

        var person = organiser.post(
                "/console/events/" + event + "/invitations",
                Map.of(
                        "type",
                        "PERSON",
                        "name",
                        "Dr Leila Haddad",
                        "email",
                        "leila@mission.example",
                        "language",
                        "ar",
                        "expiresAt",
                        deadline));
        assertThat(person.getResponseHeaders().getLocation())
                .hasToString("/console/events/" + event + "/invitations?done=sent");
        var delegation = organiser.post(
                "/console/events/" + event + "/invitations",
                Map.of(
                        "type",
                        "DELEGATION",
                        "name",
                        "Permanent Mission of Ghana",
                        "email",
                        "gh@mission.example",
                        "countryCode",
                        "GH",
                        "seats",
                        "3",
                        "language",
                        "en",
                        "expiresAt",
                        deadline));
        assertThat(delegation.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);

        String list = organiser.page("/console/events/" + event + "/invitations");
        assertThat(list)
                .contains("Dr Leila Haddad", "Permanent Mission of Ghana", "0 / 3", "3 seats reserved for invitees")
                .contains("Last reminder");
        assertThat(organiser.page("/console/events/" + event + "/invitations?country=GH"))
                .contains("Permanent Mission of Ghana")
                .doesNotContain("Dr Leila Haddad");

        var id = invitations
                .overview(event, null, "GH")
                .block()
                .invitations()
                .getFirst()
                .id();
        organiser.post("/console/invitations/" + id + "/resend", Map.of());
        organiser.post(
                "/console/invitations/" + id + "/extend",
                Map.of(
                        "expiresAt",
                        LocalDateTime.now()
                                .plusDays(20)
                                .withNano(0)
                                .withSecond(0)
                                .toString()));
        assertThat(invitations.find(id).block().timesSent()).isEqualTo(2);
        String trail = Staff.as(client, Staff.ORGANISER)
                .get()
                .uri("/api/v1/admin/audit?eventId=" + event)
                .exchange()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(trail).contains("invitation.sent", "invitation.resent", "invitation.extended");
        var revoked = organiser.post("/console/invitations/" + id + "/revoke", Map.of());
        assertThat(revoked.getResponseHeaders().getLocation())
                .hasToString("/console/events/" + event + "/invitations?done=revoke");
        assertThat(invitations.find(id).block().status()).isEqualTo(InvitationStatus.REVOKED);
    }

    @Test
    void aRefusedInviteComesBackWithItsReasonAndSendsNothing() {
        var refused = organiser.post(
                "/console/events/" + event + "/invitations",
                Map.of(
                        "type",
                        "DELEGATION",
                        "name",
                        "Mission",
                        "email",
                        "not-an-address",
                        "seats",
                        "2",
                        "expiresAt",
                        deadline));
        assertThat(refused.getStatus().is4xxClientError() || refused.getStatus().is2xxSuccessful())
                .isTrue();
        assertThat(refused.getResponseBody()).contains("There is a problem");
        assertThat(invitations.overview(event, null, null).block().invitations())
                .isEmpty();
    }

    @Test
    void aCsvFileIsCheckedWholeThenSent() {
        String bad =
                "type,name,email,language,countryCode,seats\nDELEGATION,Mission of Fiji,fj@mission.example,en,FJ,2\n"
                        + "DELEGATION,Mission of Nowhere,nowhere@mission.example,en,,2\n";
        var refused = organiser.upload(
                "/console/events/" + event + "/invitations/upload",
                Map.of("expiresAt", deadline),
                "file",
                "invitees.csv",
                bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.getResponseBody()).contains("There is a problem");
        assertThat(invitations.overview(event, null, null).block().invitations())
                .as("all or nothing")
                .isEmpty();

        String good =
                "type,name,email,language,countryCode,seats\nDELEGATION,Mission of Fiji,fj@mission.example,en,FJ,2\n"
                        + "PERSON,Prof. Ana Ruiz,ana@uni.example,es,,\n";
        var sent = organiser.upload(
                "/console/events/" + event + "/invitations/upload",
                Map.of("expiresAt", deadline),
                "file",
                "invitees.csv",
                good.getBytes(StandardCharsets.UTF_8));
        assertThat(sent.getResponseHeaders().getLocation())
                .hasToString("/console/events/" + event + "/invitations?done=sent");
        assertThat(organiser.page("/console/events/" + event + "/invitations"))
                .contains("Mission of Fiji", "Prof. Ana Ruiz");
    }
}
