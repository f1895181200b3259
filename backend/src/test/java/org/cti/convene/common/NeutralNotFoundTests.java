package org.cti.convene.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.Delegates;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.InvitedEvents;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An account limited to some events learns nothing about the others: asking for a registration or an
 * invitation of another event answers exactly what asking for one that does not exist answers.
 */
@IntegrationTest
class NeutralNotFoundTests {

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    WebTestClient organiser;

    @BeforeEach
    void signIn() {
        Staff.ensure(accounts);
        organiser = Staff.as(client, Staff.ORGANISER);
    }

    @Test
    void anotherEventsRegistrationOrInvitationReadsAsNothingThere() {
        UUID theirs = PublishedEvents.open(organiser, 10, true, false);
        UUID other = InvitedEvents.event(organiser, 10);
        Map<?, ?> registered = client.post()
                .uri("/api/v1/events/{id}/registrations", theirs)
                .bodyValue(Delegates.amina())
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        UUID invitation = InvitedEvents.invite(organiser, other, InvitedEvents.person("Ana Pérez", "es"));
        UUID own = PublishedEvents.open(organiser, 10, true, false);
        WebTestClient partner = Staff.as(client, Staff.scopedOrganiser(accounts, own));

        for (String path : new String[] {
            "/api/v1/admin/registrations/{id}", "/api/v1/admin/invitations/{id}", "/api/v1/admin/events/{id}"
        }) {
            Object hidden = path.contains("registrations")
                    ? registered.get("id")
                    : path.contains("invitations") ? invitation : other;
            Map<?, ?> outOfScope = notFound(partner, path, hidden);
            Map<?, ?> missing = notFound(partner, path, UUID.randomUUID());
            assertThat((String) outOfScope.get("detail"))
                    .doesNotContain(theirs.toString())
                    .doesNotContain(other.toString());
            assertThat(outOfScope.get("detail")).as(path).isEqualTo(missing.get("detail"));
            assertThat(outOfScope.get("type")).isEqualTo(missing.get("type"));
        }
    }

    private static Map<?, ?> notFound(WebTestClient client, String path, Object id) {
        return client.get()
                .uri(path, id)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }
}
