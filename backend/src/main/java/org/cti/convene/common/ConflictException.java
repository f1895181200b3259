package org.cti.convene.common;

/** The request is well-formed but clashes with the current state (409). */
public class ConflictException extends DomainException {

    public ConflictException(String problemType, String message) {
        super(problemType, message);
    }
}
