package org.cti.convene.common;

import org.springframework.http.HttpStatus;

/** The request is well-formed but clashes with the current state (409). */
public class ConflictException extends DomainException {

    public ConflictException(String problemType, String message, Object... arguments) {
        super(HttpStatus.CONFLICT, "Conflict", problemType, message, arguments);
    }
}
