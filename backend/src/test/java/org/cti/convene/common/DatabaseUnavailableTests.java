package org.cti.convene.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import tools.jackson.databind.json.JsonMapper;

/**
 * When the pool cannot get a connection (the database down or saturated) the client is told to come back, with
 * 503 and Retry-After, instead of a 500 "internal" that says nothing about whether to retry.
 */
class DatabaseUnavailableTests {

    private final ProblemExceptionHandler handler = new ProblemExceptionHandler(
            new ProblemMapper(), new ProblemWriter(JsonMapper.builder().build()), null);

    @Test
    void aConnectionThatCannotBeHadIsA503WithRetryAfter() {
        for (RuntimeException down : new RuntimeException[] {
            new DataAccessResourceFailureException("Failed to obtain R2DBC Connection"),
            new QueryTimeoutException("acquire timed out")
        }) {
            MockServerWebExchange exchange =
                    MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/events/x/registrations"));
            handler.handle(exchange, down).block();
            assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After"))
                    .isEqualTo("2");
            assertThat(exchange.getResponse().getBodyAsString().block())
                    .contains("database-unavailable")
                    .contains("nothing was saved")
                    .doesNotContain("R2DBC");
        }
    }

    @Test
    void anOverloadedInstanceTellsHowLongToWait() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/events"));
        handler.handle(exchange, new UnavailableException("overloaded", "busy", 1))
                .block();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("1");
    }
}
