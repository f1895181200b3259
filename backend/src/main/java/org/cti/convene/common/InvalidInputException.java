package org.cti.convene.common;

import java.util.List;
import org.springframework.http.HttpStatus;

/** Input that breaks one or more rules; becomes a 400 problem listing every field. */
public class InvalidInputException extends DomainException {

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(HttpStatus.BAD_REQUEST, "Invalid input", "invalid-input", "The request has invalid fields.");
        this.violations = List.copyOf(violations);
    }

    /** One field against a rule with its own code, such as {@code Size} with its maximum. */
    public InvalidInputException(String field, String code, String message, Object... arguments) {
        this(List.of(FieldViolation.of(field, code, message, arguments)));
    }

    /** One field against a rule that has no words of its own in the bundles (code {@code invalid}). */
    public InvalidInputException(String field, String message) {
        this(field, FieldViolation.INVALID, message);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
