package org.cti.convene.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.cti.convene.invitations.Invitations;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.InvitedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Private-link tokens are as good as passwords: a failure on a path that carries one logs it masked. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class TokenMaskingTests {

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Invitations invitations;

    @Autowired
    ProblemMapper problems;

    WebTestClient organiser;

    @BeforeEach
    void signIn() {
        Staff.ensure(accounts);
        organiser = Staff.as(client, Staff.ORGANISER);
    }

    @Test
    void aFailedAnswerToAnInvitationDoesNotLogItsToken(CapturedOutput output) {
        UUID event = InvitedEvents.event(organiser, 5);
        String token = InvitedEvents.token(
                invitations, InvitedEvents.invite(organiser, event, InvitedEvents.person("Ana Pérez", "es")));

        client.post()
                .uri("/api/v1/invitations/{t}/decline", token)
                .bodyValue(Map.of("reason", "No\u0000"))
                .exchange()
                .expectStatus()
                .isBadRequest();

        assertThat(output.getAll()).doesNotContain(token);
    }

    @Test
    void unexpectedFailuresAndConflictsLogPathsWithTheirTokensMasked(CapturedOutput output) {
        String token = "q3Vb8_ZrT0eKx1LmN2pQr5sTuVwXyZ-aBcDeFgHiJkL";
        Problem unexpected = problems.toProblem(new IllegalStateException("boom"), "/invitations/" + token);
        problems.toProblem(new DataIntegrityViolationException("clash"), "/api/v1/invitations/" + token + "/accept");
        problems.toProblem(new IllegalStateException("boom"), "/api/v1/calendar/feeds/" + token + ".ics");
        problems.toProblem(new IllegalStateException("boom"), "/console/password/" + token);

        assertThat(unexpected.status()).isEqualTo(500);
        assertThat(output.getAll())
                .doesNotContain(token)
                .contains("/invitations/q3Vb…")
                .contains("/api/v1/invitations/q3Vb…/accept")
                .contains("/console/password/q3Vb…");
    }
}
