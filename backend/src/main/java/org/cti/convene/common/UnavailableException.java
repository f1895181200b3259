package org.cti.convene.common;

import org.springframework.http.HttpStatus;

/**
 * Convene cannot serve the request right now but will soon (503): the instance is at its limit of requests in
 * flight, or the database does not answer. Nothing was written; the client should retry after
 * {@link #retryAfterSeconds()}, with the same {@code Idempotency-Key} where it sent one.
 */
public class UnavailableException extends DomainException {

    private final int retryAfterSeconds;

    public UnavailableException(String problemType, String message, int retryAfterSeconds) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable", problemType, message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
