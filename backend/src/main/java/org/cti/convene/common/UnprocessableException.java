package org.cti.convene.common;

import org.springframework.http.HttpStatus;

/** The request is understood but cannot be processed as sent, e.g. an idempotency key reused with another body (422). */
public class UnprocessableException extends DomainException {

    public UnprocessableException(String problemType, String message) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable request", problemType, message);
    }
}
