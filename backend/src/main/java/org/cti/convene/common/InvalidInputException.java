package org.cti.convene.common;

import java.util.List;

/** Input that breaks one or more rules; becomes a 400 problem listing every field. */
public class InvalidInputException extends DomainException {

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super("invalid-input", "The request has invalid fields.");
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldViolation(field, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
