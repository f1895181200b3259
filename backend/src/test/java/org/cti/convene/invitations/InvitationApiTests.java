package org.cti.convene.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cti.convene.invitations.InvitationFixtures.batch;
import static org.cti.convene.invitations.InvitationFixtures.delegation;
import static org.cti.convene.invitations.InvitationFixtures.inDays;
import static org.cti.convene.invitations.InvitationFixtures.person;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.Delegates;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Inviting, answering and following invitations through the API: each state change and each refusal. */
@IntegrationTest
class InvitationApiTests {

    static final String PROBLEM = "https://convene.dev/problems/";

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Invitations invitations;

    @Autowired
    org.cti.convene.registration.SeatReservations seatReservations;

    WebTestClient organiser;

    @BeforeEach
    void signIn() {
        Staff.ensure(accounts);
        organiser = Staff.as(client, Staff.ORGANISER);
    }

    @Test
    void invitingAnswersSentInvitationsWithoutTokensAndReservesDelegationSeats() {
        UUID event = InvitationFixtures.event(organiser, 10, "INVITATION_ONLY", false);
        byte[] raw = organiser
                .post()
                .uri("/api/v1/admin/events/{id}/invitations", event)
                .bodyValue(batch(inDays(10), person("Ana Pérez"), delegation("GH", 3)))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(2)
                .jsonPath("$[0].status")
                .isEqualTo("SENT")
                .jsonPath("$[0].type")
                .isEqualTo("PERSON")
                .jsonPath("$[0].seats")
                .isEqualTo(1)
                .jsonPath("$[0].name")
                .isEqualTo("Ana Pérez")
                .jsonPath("$[1].status")
                .isEqualTo("SENT")
                .jsonPath("$[1].seats")
                .isEqualTo(3)
                .jsonPath("$[1].seatsLeft")
                .isEqualTo(3)
                .jsonPath("$[1].countryCode")
                .isEqualTo("GH")
                .jsonPath("$[1].reminderOffsetsHours[0]")
                .isEqualTo(48)
                .jsonPath("$[0].token")
                .doesNotExist()
                .jsonPath("$[0].tokenHash")
                .doesNotExist()
                .jsonPath("$[0].tokenVersion")
                .doesNotExist()
                .returnResult()
                .getResponseBody();
        List<Map<?, ?>> created = list(raw);
        String token = InvitationFixtures.token(invitations, created.get(1).get("id"));
        assertThat(new String(raw, StandardCharsets.UTF_8)).doesNotContain(token);
        assertThat(token).hasSizeGreaterThanOrEqualTo(22); // ≥ 128 bits, base64url

        organiser
                .get()
                .uri("/api/v1/admin/events/{id}/invitations", event)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.invitations.length()")
                .isEqualTo(2)
                .jsonPath("$.totals.SENT")
                .isEqualTo(2)
                .jsonPath("$.totals.ACCEPTED")
                .isEqualTo(0)
                .jsonPath("$.seats.capacity")
                .isEqualTo(10)
                .jsonPath("$.seats.invited")
                .isEqualTo(3)
                .jsonPath("$.seats.invitedFree")
                .isEqualTo(3)
                .jsonPath("$.seats.held")
                .isEqualTo(0)
                .jsonPath("$.seats.free")
                .isEqualTo(7);
        organiser
                .get()
                .uri(u -> u.path("/api/v1/admin/events/{id}/invitations")
                        .queryParam("country", "gh")
                        .build(event))
                .exchange()
                .expectBody()
                .jsonPath("$.invitations.length()")
                .isEqualTo(1)
                .jsonPath("$.invitations[0].type")
                .isEqualTo("DELEGATION");
    }

    @Test
    void theFirstViewMarksTheInvitationOpenedAndShowsTheEvent() {
        UUID event = InvitationFixtures.event(organiser, 10, "INVITATION_ONLY", false);
        Map<?, ?> invitation = invite(event, person("Ana Pérez")).getFirst();
        String token = InvitationFixtures.token(invitations, invitation.get("id"));

        Map<?, ?> first = body(client.get()
                .uri("/api/v1/invitations/{t}", token)
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(first.get("status")).isEqualTo("OPENED");
        assertThat(first.get("canAccept")).isEqualTo(true);
        assertThat(((Map<?, ?>) first.get("event")).get("id")).isEqualTo(event.toString());
        assertThat(first.containsKey("email")).isFalse();
        Map<?, ?> seen = admin(invitation.get("id"));
        assertThat(seen.get("status")).isEqualTo("OPENED");
        assertThat(seen.get("openedAt")).isNotNull();

        client.get()
                .uri("/api/v1/invitations/{t}", token)
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(admin(invitation.get("id")).get("openedAt")).isEqualTo(seen.get("openedAt"));
        client.get()
                .uri("/api/v1/invitations/{t}?eventId={e}", token, UUID.randomUUID())
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEM + "invitation-for-another-event");
    }

    @Test
    void aPersonAcceptsOnceSkippingApprovalAndThePublicWindow() {
        UUID event = InvitationFixtures.event(organiser, 10, "INVITATION_ONLY", true);
        client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(Delegates.amina())
                .exchange()
                .expectStatus()
                .isForbidden();
        Map<?, ?> invitation = invite(event, person("Ana Pérez")).getFirst();
        String token = InvitationFixtures.token(invitations, invitation.get("id"));

        Map<?, ?> accepted = body(accept(token, Delegates.person("Ana", "Pérez", "ES"))
                .expectStatus()
                .isCreated());
        assertThat(accepted.get("seatsLeft")).isEqualTo(0);
        Map<?, ?> registration = (Map<?, ?>) ((List<?>) accepted.get("registrations")).getFirst();
        assertThat(registration.get("status")).isEqualTo("CONFIRMED");
        client.get()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", (String) registration.get("manageToken"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.invitationId")
                .isEqualTo(invitation.get("id"));
        Map<?, ?> after = admin(invitation.get("id"));
        assertThat(after.get("status")).isEqualTo("ACCEPTED");
        assertThat(after.get("seatsUsed")).isEqualTo(1);
        assertThat(after.get("answeredAt")).isNotNull();

        accept(token, Delegates.person("Someone", "Else", "ES"))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEM + "invitation-seats-used");
        decline(token, "changed my mind")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEM + "invitation-accepted");
        assertThat(registrationsOf(event)).isEqualTo(1);
    }

    @Test
    void aPersonalInvitationRegistersExactlyOnePerson() {
        UUID event = InvitationFixtures.event(organiser, 10, "INVITATION_ONLY", false);
        String token = InvitationFixtures.token(
                invitations, invite(event, person("Ana Pérez")).getFirst().get("id"));
        accept(token, Delegates.person("Ana", "Pérez", "ES"), Delegates.person("Her", "Colleague", "ES"))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("registrations");
        Map<String, Object> bad = Delegates.person("Ana", "Pérez", "ES");
        bad.put("email", "not-an-email");
        accept(token, bad)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("registrations[0].email");
        assertThat(registrationsOf(event)).isZero();
        assertThat(admin(invitationIdOf(event)).get("status")).isEqualTo("SENT");
    }

    @Test
    void withoutSkipApprovalTheOrganiserStillApproves() {
        UUID event = InvitationFixtures.event(organiser, 10, "INVITATION_ONLY", true);
        Map<String, Object> body = batch(inDays(10), person("Ana Pérez"));
        body.put("skipApproval", false);
        Map<?, ?> invitation = list(organiser
                        .post()
                        .uri("/api/v1/admin/events/{id}/invitations", event)
                        .bodyValue(body)
                        .exchange()
                        .expectStatus()
                        .isCreated()
                        .expectBody()
                        .returnResult()
                        .getResponseBody())
                .getFirst();
        assertThat(invitation.get("skipApproval")).isEqualTo(false);
        String token = InvitationFixtures.token(invitations, invitation.get("id"));
        accept(token, Delegates.person("Ana", "Pérez", "ES"))
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.registrations[0].status")
                .isEqualTo("PENDING_APPROVAL");
    }

    @Test
    void aDelegationRegistersUpToItsSeatsOverSeveralVisits() {
        UUID event = InvitationFixtures.event(organiser, 10, "INVITATION_ONLY", true);
        Map<?, ?> invitation = invite(event, delegation("GH", 3)).getFirst();
        String token = InvitationFixtures.token(invitations, invitation.get("id"));

        Map<?, ?> firstVisit =
                body(accept(token, Delegates.person("Kofi", "Mensah", "GH"), Delegates.person("Ama", "Owusu", "GH"))
                        .expectStatus()
                        .isCreated());
        assertThat(firstVisit.get("seatsLeft")).isEqualTo(1);
        assertThat((List<?>) firstVisit.get("registrations"))
                .hasSize(2)
                .allSatisfy(r -> assertThat(((Map<?, ?>) r).get("status")).isEqualTo("CONFIRMED"));

        accept(token, Delegates.person("Yaw", "Boateng", "GH"), Delegates.person("Efua", "Asante", "GH"))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEM + "invitation-seats-used")
                .jsonPath("$.detail")
                .value(d -> assertThat((String) d).contains("1 of its 3 seats left"));
        accept(token, Delegates.person("Yaw", "Boateng", "SN"))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("registrations[0].countryCode");
        assertThat(registrationsOf(event)).isEqualTo(2);

        Map<?, ?> secondVisit = body(accept(token, Delegates.person("Yaw", "Boateng", "GH"))
                .expectStatus()
                .isCreated());
        assertThat(secondVisit.get("seatsLeft")).isEqualTo(0);
        client.get()
                .uri("/api/v1/invitations/{t}", token)
                .exchange()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("ACCEPTED")
                .jsonPath("$.registrations.length()")
                .isEqualTo(3)
                .jsonPath("$.canAccept")
                .isEqualTo(false);
        seats(event)
                .jsonPath("$.seats.held")
                .isEqualTo(3)
                .jsonPath("$.seats.invited")
                .isEqualTo(3)
                .jsonPath("$.seats.invitedFree")
                .isEqualTo(0)
                .jsonPath("$.seats.free")
                .isEqualTo(7);

        // a delegate cancels: the seat stays the delegation's, and the contact registers someone else in it
        String kofi = (String) ((Map<?, ?>) ((List<?>) firstVisit.get("registrations")).getFirst()).get("manageToken");
        client.delete()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", kofi)
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(admin(invitation.get("id")).get("seatsUsed")).isEqualTo(2);
        seats(event)
                .jsonPath("$.seats.invitedFree")
                .isEqualTo(1)
                .jsonPath("$.seats.free")
                .isEqualTo(7);
        accept(token, Delegates.person("Efua", "Asante", "GH"))
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.seatsLeft")
                .isEqualTo(0);
    }

    @Test
    void anIdempotentRepeatOfAnAcceptReturnsTheFirstResult() {
        UUID event = InvitationFixtures.event(organiser, 10, "INVITATION_ONLY", false);
        String token = InvitationFixtures.token(
                invitations, invite(event, delegation("SN", 2)).getFirst().get("id"));
        Map<String, Object> body = Map.of("registrations", List.of(Delegates.person("Awa", "Ndiaye", "SN")));
        String key = UUID.randomUUID().toString();
        Map<?, ?> first = body(client.post()
                .uri("/api/v1/invitations/{t}/accept", token)
                .header("Idempotency-Key", key)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated());
        Map<?, ?> repeat = body(client.post()
                .uri("/api/v1/invitations/{t}/accept", token)
                .header("Idempotency-Key", key)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated());
        assertThat(repeat).isEqualTo(first);
        assertThat(registrationsOf(event)).isEqualTo(1);
    }

    @Test
    void declineGivesTheReservedSeatsBackAndIsFinal() {
        UUID event = InvitationFixtures.event(organiser, 10, "INVITATION_ONLY", false);
        Map<?, ?> invitation = invite(event, delegation("BR", 4)).getFirst();
        String token = InvitationFixtures.token(invitations, invitation.get("id"));
        seats(event).jsonPath("$.seats.free").isEqualTo(6);

        decline(token, "The minister is travelling")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("DECLINED")
                .jsonPath("$.canAccept")
                .isEqualTo(false);
        Map<?, ?> after = admin(invitation.get("id"));
        assertThat(after.get("declineReason")).isEqualTo("The minister is travelling");
        assertThat(after.get("answeredAt")).isNotNull();
        seats(event)
                .jsonPath("$.seats.invited")
                .isEqualTo(0)
                .jsonPath("$.seats.free")
                .isEqualTo(10);

        accept(token, Delegates.person("Ana", "Souza", "BR"))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEM + "invitation-declined");
        decline(token, null).expectStatus().isEqualTo(409);
        organiser
                .post()
                .uri("/api/v1/admin/invitations/{id}/resend", invitation.get("id"))
                .exchange()
                .expectStatus()
                .isEqualTo(409);
        assertThat(registrationsOf(event)).isZero();
    }

    @Test
    void aDelegationGivesBackTheSeatsItWillNotUse() {
        UUID event = InvitationFixtures.event(organiser, 10, "INVITATION_ONLY", false);
        Map<?, ?> invitation = invite(event, delegation("PE", 4)).getFirst();
        String token = InvitationFixtures.token(invitations, invitation.get("id"));
        client.post()
                .uri("/api/v1/invitations/{t}/give-back-seats", token)
                .exchange()
                .expectStatus()
                .isEqualTo(409); // nothing accepted yet: decline instead
        accept(token, Delegates.person("Rosa", "Quispe", "PE")).expectStatus().isCreated();
        seats(event).jsonPath("$.seats.free").isEqualTo(6);

        client.post()
                .uri("/api/v1/invitations/{t}/give-back-seats", token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.seatsLeft")
                .isEqualTo(0);
        seats(event).jsonPath("$.seats.free").isEqualTo(9);
        Map<?, ?> after = admin(invitation.get("id"));
        assertThat(after.get("seats")).isEqualTo(1);
        assertThat(after.get("seatsUsed")).isEqualTo(1);
        accept(token, Delegates.person("Luis", "Mamani", "PE")).expectStatus().isEqualTo(409);
        client.post()
                .uri("/api/v1/invitations/{t}/give-back-seats", token)
                .exchange()
                .expectStatus()
                .isEqualTo(409);
    }

    @Test
    void aDeclineIsConfirmedWithACalendarCancelAndTheContactIsTold() {
        UUID event = InvitationFixtures.event(organiser, 10, "INVITATION_ONLY", false);
        Map<?, ?> invitation = invite(event, delegation("CL", 2)).getFirst();
        String token = InvitationFixtures.token(invitations, invitation.get("id"));
        String reason =
                "The minister is travelling " + UUID.randomUUID().toString().substring(0, 6);
        decline(token, reason).expectStatus().isOk();

        String invitee = (String) invitation.get("email");
        String confirmation = org.cti.convene.support.CapturedMail.text(invitee, "invitation-declined");
        assertThat(confirmation).contains("METHOD:CANCEL", "STATUS:CANCELLED");
        // other tests' notices go to the same contact: find this one by its reason
        assertThat(org.cti.convene.support.CapturedMail.textContaining(
                        "secretariat@example.org", "decline-notice", reason))
                .contains("declined the invitation");
    }

    @Test
    void unknownTokensAndOtherEventsAreRefusedAndWriteNothing() {
        UUID event = InvitationFixtures.event(organiser, 10, "INVITATION_ONLY", false);
        String token = InvitationFixtures.token(
                invitations, invite(event, delegation("GH", 2)).getFirst().get("id"));
        client.get()
                .uri("/api/v1/invitations/{t}", token + "x")
                .exchange()
                .expectStatus()
                .isNotFound();
        accept(token.substring(1), Delegates.person("Kofi", "Mensah", "GH"))
                .expectStatus()
                .isNotFound();
        decline("nonsense", null).expectStatus().isNotFound();

        client.post()
                .uri("/api/v1/invitations/{t}/accept", token)
                .bodyValue(Map.of(
                        "eventId",
                        UUID.randomUUID().toString(),
                        "registrations",
                        List.of(Delegates.person("Kofi", "Mensah", "GH"))))
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEM + "invitation-for-another-event");
        client.post()
                .uri("/api/v1/invitations/{t}/accept", token)
                .bodyValue(Map.of("registrations", List.of()))
                .exchange()
                .expectStatus()
                .isBadRequest();
        assertThat(registrationsOf(event)).isZero();
        assertThat(admin(invitationIdOf(event)).get("status")).isEqualTo("SENT");
    }

    @Test
    void aBatchWithTooManySeatsOrABadInviteeWritesNothing() {
        UUID event = InvitationFixtures.event(organiser, 5, "INVITATION_ONLY", false);
        organiser
                .post()
                .uri("/api/v1/admin/events/{id}/invitations", event)
                .bodyValue(batch(inDays(10), delegation("GH", 3), delegation("SN", 3)))
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEM + "not-enough-seats")
                .jsonPath("$.detail")
                .value(d -> assertThat((String) d).contains("6 seats").contains("5 are free"));

        Map<String, Object> noSeats = delegation("SN", 1);
        noSeats.remove("seats");
        noSeats.remove("countryCode");
        Map<String, Object> badMail = person("Ana Pérez");
        badMail.put("email", "ana-at-example");
        badMail.put("language", "de");
        organiser
                .post()
                .uri("/api/v1/admin/events/{id}/invitations", event)
                .bodyValue(batch(inDays(10), person("Fine Person"), badMail, noSeats))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'invitations[1].email')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'invitations[1].language')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'invitations[2].seats')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'invitations[2].countryCode')]")
                .exists()
                .jsonPath("$.errors.length()")
                .isEqualTo(4);

        Map<String, Object> past = batch(inDays(-1), person("Late Person"));
        organiser
                .post()
                .uri("/api/v1/admin/events/{id}/invitations", event)
                .bodyValue(past)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("expiresAt");

        organiser
                .get()
                .uri("/api/v1/admin/events/{id}/invitations", event)
                .exchange()
                .expectBody()
                .jsonPath("$.invitations.length()")
                .isEqualTo(0)
                .jsonPath("$.seats.free")
                .isEqualTo(5);

        Map<String, Object> ana = person("Ana Pérez");
        invite(event, ana);
        organiser
                .post()
                .uri("/api/v1/admin/events/{id}/invitations", event)
                .bodyValue(batch(inDays(10), ana))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("invitations[0].email");
    }

    @Test
    void anExpiredInvitationRefusesAnswersUntilExtended() throws InterruptedException {
        UUID event = InvitationFixtures.event(organiser, 10, "INVITATION_ONLY", false);
        Map<String, Object> body = batch(java.time.OffsetDateTime.now().plusSeconds(2), person("Ana Pérez"));
        Map<?, ?> invitation = list(organiser
                        .post()
                        .uri("/api/v1/admin/events/{id}/invitations", event)
                        .bodyValue(body)
                        .exchange()
                        .expectStatus()
                        .isCreated()
                        .expectBody()
                        .returnResult()
                        .getResponseBody())
                .getFirst();
        String token = InvitationFixtures.token(invitations, invitation.get("id"));
        Thread.sleep(2_500);

        client.get()
                .uri("/api/v1/invitations/{t}", token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("EXPIRED")
                .jsonPath("$.canAccept")
                .isEqualTo(false);
        assertThat(admin(invitation.get("id")).get("openedAt"))
                .as("an expired invitation is not opened")
                .isNull();
        accept(token, Delegates.person("Ana", "Pérez", "ES"))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEM + "invitation-expired");
        decline(token, null)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEM + "invitation-expired");
        organiser
                .post()
                .uri("/api/v1/admin/invitations/{id}/resend", invitation.get("id"))
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEM + "invitation-expired");
        organiser
                .get()
                .uri(u -> u.path("/api/v1/admin/events/{id}/invitations")
                        .queryParam("status", "EXPIRED")
                        .build(event))
                .exchange()
                .expectBody()
                .jsonPath("$.invitations.length()")
                .isEqualTo(1)
                .jsonPath("$.totals.EXPIRED")
                .isEqualTo(1)
                .jsonPath("$.totals.SENT")
                .isEqualTo(0);

        organiser
                .post()
                .uri("/api/v1/admin/invitations/{id}/extend", invitation.get("id"))
                .bodyValue(Map.of("expiresAt", inDays(40).toString()))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("expiresAt");
        organiser
                .post()
                .uri("/api/v1/admin/invitations/{id}/extend", invitation.get("id"))
                .bodyValue(Map.of("expiresAt", inDays(5).toString()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("SENT");
        accept(token, Delegates.person("Ana", "Pérez", "ES")).expectStatus().isCreated();
    }

    @Test
    void revokingKeepsRegistrationsAndGivesUnusedSeatsToTheWaitingList() {
        UUID event = InvitationFixtures.event(organiser, 2, "PUBLIC", false);
        openPublicWindow(event);
        Map<?, ?> invitation = invite(event, delegation("GH", 2)).getFirst();
        String token = InvitationFixtures.token(invitations, invitation.get("id"));
        Map<?, ?> kofi = (Map<?, ?>) ((List<?>) body(accept(token, Delegates.person("Kofi", "Mensah", "GH"))
                                .expectStatus()
                                .isCreated())
                        .get("registrations"))
                .getFirst();
        Map<?, ?> amina = body(client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(Delegates.amina())
                .exchange()
                .expectStatus()
                .isCreated());
        assertThat(amina.get("status"))
                .as("the delegation's seats are not public")
                .isEqualTo("WAITLISTED");

        organiser
                .post()
                .uri("/api/v1/admin/invitations/{id}/revoke", invitation.get("id"))
                .bodyValue(Map.of("keepRegistrations", true))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("REVOKED")
                .jsonPath("$.revokedAt")
                .isNotEmpty();
        status((String) amina.get("manageToken"), "CONFIRMED");
        status((String) kofi.get("manageToken"), "CONFIRMED");
        seats(event)
                .jsonPath("$.seats.invited")
                .isEqualTo(0)
                .jsonPath("$.seats.held")
                .isEqualTo(2);

        accept(token, Delegates.person("Ama", "Owusu", "GH"))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEM + "invitation-revoked");
        client.get()
                .uri("/api/v1/invitations/{t}", token)
                .exchange()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("REVOKED");
        organiser
                .post()
                .uri("/api/v1/admin/invitations/{id}/revoke", invitation.get("id"))
                .exchange()
                .expectStatus()
                .isEqualTo(409);

        // the kept registration's seat is no longer the delegation's: cancelled, it goes to everyone
        client.delete()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", (String) kofi.get("manageToken"))
                .exchange()
                .expectStatus()
                .isOk();
        seats(event)
                .jsonPath("$.seats.free")
                .isEqualTo(1)
                .jsonPath("$.seats.invitedFree")
                .isEqualTo(0);
    }

    @Test
    void revokingCanCancelTheRegistrationsMadeThroughIt() {
        UUID event = InvitationFixtures.event(organiser, 3, "PUBLIC", false);
        openPublicWindow(event);
        Map<?, ?> invitation = invite(event, delegation("GH", 2)).getFirst();
        String token = InvitationFixtures.token(invitations, invitation.get("id"));
        List<?> delegates = (List<?>)
                body(accept(token, Delegates.person("Kofi", "Mensah", "GH"), Delegates.person("Ama", "Owusu", "GH"))
                                .expectStatus()
                                .isCreated())
                        .get("registrations");
        client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(Delegates.amina())
                .exchange()
                .expectStatus()
                .isCreated();
        Map<?, ?> ivan = body(client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(Delegates.person("Ivan", "Petrov", "RU"))
                .exchange()
                .expectStatus()
                .isCreated());
        assertThat(ivan.get("status")).isEqualTo("WAITLISTED");

        organiser
                .post()
                .uri("/api/v1/admin/invitations/{id}/revoke", invitation.get("id"))
                .bodyValue(Map.of("keepRegistrations", false))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("REVOKED")
                .jsonPath("$.seatsUsed")
                .isEqualTo(0);
        for (Object d : delegates) {
            status((String) ((Map<?, ?>) d).get("manageToken"), "CANCELLED");
        }
        status((String) ivan.get("manageToken"), "CONFIRMED");
        seats(event)
                .jsonPath("$.seats.held")
                .isEqualTo(2)
                .jsonPath("$.seats.invited")
                .isEqualTo(0)
                .jsonPath("$.seats.free")
                .isEqualTo(1);
    }

    @Test
    void resendKeepsTheLinkUnlessANewOneIsAsked() {
        UUID event = InvitationFixtures.event(organiser, 10, "INVITATION_ONLY", false);
        Object id = invite(event, person("Ana Pérez")).getFirst().get("id");
        String first = InvitationFixtures.token(invitations, id);

        organiser
                .post()
                .uri("/api/v1/admin/invitations/{id}/resend", id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.timesSent")
                .isEqualTo(2);
        assertThat(InvitationFixtures.token(invitations, id)).isEqualTo(first);
        client.get()
                .uri("/api/v1/invitations/{t}", first)
                .exchange()
                .expectStatus()
                .isOk();

        organiser
                .post()
                .uri("/api/v1/admin/invitations/{id}/resend", id)
                .bodyValue(Map.of("newLink", true))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.timesSent")
                .isEqualTo(3)
                .jsonPath("$.status")
                .isEqualTo("OPENED");
        String second = InvitationFixtures.token(invitations, id);
        assertThat(second).isNotEqualTo(first);
        client.get()
                .uri("/api/v1/invitations/{t}", first)
                .exchange()
                .expectStatus()
                .isNotFound();
        accept(second, Delegates.person("Ana", "Pérez", "ES")).expectStatus().isCreated();
    }

    @Test
    void organisersLimitedToAnotherEventSeeNothing() {
        UUID event = InvitationFixtures.event(organiser, 10, "INVITATION_ONLY", false);
        Object id = invite(event, person("Ana Pérez")).getFirst().get("id");
        UUID other = InvitationFixtures.event(organiser, 10, "INVITATION_ONLY", false);
        WebTestClient partner = Staff.as(client, Staff.scopedOrganiser(accounts, other));
        partner.get()
                .uri("/api/v1/admin/events/{id}/invitations", event)
                .exchange()
                .expectStatus()
                .isNotFound();
        partner.post()
                .uri("/api/v1/admin/invitations/{id}/revoke", id)
                .exchange()
                .expectStatus()
                .isNotFound();
        partner.post()
                .uri("/api/v1/admin/events/{id}/invitations", event)
                .bodyValue(batch(inDays(3), person("X Y")))
                .exchange()
                .expectStatus()
                .isNotFound();
        client.get()
                .uri("/api/v1/admin/events/{id}/invitations", event)
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void cancellingTheEventWithdrawsUnansweredInvitations() {
        UUID event = InvitationFixtures.event(organiser, 10, "INVITATION_ONLY", false);
        List<Map<?, ?>> sent = invite(event, person("Ana Pérez"), delegation("GH", 2));
        String ana = InvitationFixtures.token(invitations, sent.get(0).get("id"));
        String ghana = InvitationFixtures.token(invitations, sent.get(1).get("id"));
        accept(ghana, Delegates.person("Kofi", "Mensah", "GH")).expectStatus().isCreated();

        organiser
                .post()
                .uri("/api/v1/admin/events/{id}/cancel", event)
                .exchange()
                .expectStatus()
                .isOk();
        client.get()
                .uri("/api/v1/invitations/{t}", ana)
                .exchange()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("REVOKED")
                .jsonPath("$.event.status")
                .isEqualTo("CANCELLED");
        accept(ghana, Delegates.person("Ama", "Owusu", "GH"))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEM + "event-cancelled");
        organiser
                .post()
                .uri("/api/v1/admin/events/{id}/invitations", event)
                .bodyValue(batch(inDays(3), person("X Y")))
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEM + "event-cancelled");
    }

    @Test
    void seatReservationsRefuseMoreSeatsThanAreFreeAndReserveNone() {
        UUID event = InvitationFixtures.event(organiser, 4, "INVITATION_ONLY", false);
        invite(event, delegation("GH", 3));
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        seatReservations.reserve(event, UUID.randomUUID(), 2).block())
                .isInstanceOf(org.cti.convene.common.ConflictException.class)
                .hasMessageContaining("Only 1 free seats are left");
        seats(event)
                .jsonPath("$.seats.invited")
                .isEqualTo(3)
                .jsonPath("$.seats.free")
                .isEqualTo(1);
    }

    // --- helpers ---

    private List<Map<?, ?>> invite(UUID event, Map<?, ?>... invitees) {
        return list(organiser
                .post()
                .uri("/api/v1/admin/events/{id}/invitations", event)
                .bodyValue(batch(inDays(10), invitees))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody());
    }

    private WebTestClient.ResponseSpec accept(String token, Map<?, ?>... people) {
        return client.post()
                .uri("/api/v1/invitations/{t}/accept", token)
                .bodyValue(Map.of("registrations", List.of(people)))
                .exchange();
    }

    private WebTestClient.ResponseSpec decline(String token, String reason) {
        return client.post()
                .uri("/api/v1/invitations/{t}/decline", token)
                .bodyValue(reason == null ? Map.of() : Map.of("reason", reason))
                .exchange();
    }

    private Map<?, ?> admin(Object invitationId) {
        return body(organiser
                .get()
                .uri("/api/v1/admin/invitations/{id}", invitationId)
                .exchange()
                .expectStatus()
                .isOk());
    }

    private Object invitationIdOf(UUID event) {
        Map<?, ?> overview = body(organiser
                .get()
                .uri("/api/v1/admin/events/{id}/invitations", event)
                .exchange());
        return ((Map<?, ?>) ((List<?>) overview.get("invitations")).getFirst()).get("id");
    }

    private WebTestClient.BodyContentSpec seats(UUID event) {
        return organiser
                .get()
                .uri("/api/v1/admin/events/{id}/invitations", event)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody();
    }

    private long registrationsOf(UUID event) {
        Map<?, ?> page = body(organiser
                .get()
                .uri("/api/v1/admin/events/{id}/registrations", event)
                .exchange());
        return ((Number) page.get("total")).longValue();
    }

    private void status(String manageToken, String expected) {
        client.get()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", manageToken)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(expected);
    }

    private void openPublicWindow(UUID event) {
        organiser
                .patch()
                .uri("/api/v1/admin/events/{id}", event)
                .header("Content-Type", "application/merge-patch+json")
                .bodyValue(Map.of(
                        "registrationOpensAt",
                        java.time.OffsetDateTime.now().minusDays(1).toString()))
                .exchange()
                .expectStatus()
                .isOk();
    }

    static Map<?, ?> body(WebTestClient.ResponseSpec spec) {
        return spec.expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    static List<Map<?, ?>> list(byte[] json) {
        return (List<Map<?, ?>>) (List<?>)
                tools.jackson.databind.json.JsonMapper.builder().build().readValue(json, List.class);
    }
}
