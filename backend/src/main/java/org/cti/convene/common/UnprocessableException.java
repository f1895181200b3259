package org.cti.convene.common;

/** The request is understood but cannot be processed as sent, e.g. an idempotency key reused with another body (422). */
public class UnprocessableException extends DomainException {

    public UnprocessableException(String problemType, String message) {
        super(problemType, message);
    }
}
