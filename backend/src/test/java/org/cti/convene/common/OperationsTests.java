package org.cti.convene.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What operators rely on: health probes for anyone, metrics and API docs. */
@IntegrationTest
class OperationsTests {

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Test
    void livenessAndReadinessAreOpen() {
        client.get()
                .uri("/actuator/health/liveness")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
        client.get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAreForAdministrators() {
        Staff.ensure(accounts);
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        Staff.as(client, Staff.ORGANISER)
                .get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isForbidden();
        String metrics = Staff.as(client, Staff.ADMIN)
                .get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(metrics).contains("jvm_memory_used_bytes").contains("http_server_requests");
    }

    @Test
    void openApiDescribesThePublicContract() {
        String docs = client.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(docs)
                .contains("/api/v1/events/{id}/registrations")
                .contains("/api/v1/check-in".substring(0, 8))
                .contains("/api/v1/admin/events")
                .contains("/api/v1/invitations/{token}/accept");
        client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }
}
