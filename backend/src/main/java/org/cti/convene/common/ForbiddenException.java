package org.cti.convene.common;

import org.springframework.http.HttpStatus;

/** The caller is known but may not do this (403). */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String problemType, String message) {
        super(HttpStatus.FORBIDDEN, "Forbidden", problemType, message);
    }
}
