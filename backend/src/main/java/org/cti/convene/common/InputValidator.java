package org.cti.convene.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Runs Bean Validation and returns every violation as a {@link FieldViolation} with the JSON path of the
 * field ({@code venue.timeZone}, {@code sessions[0].startsAt}), so that features can add their cross-field
 * rules to the same list and refuse a request once, with everything that is wrong in it.
 */
@Component
public class InputValidator {

    private final Validator validator;

    public InputValidator(Validator validator) {
        this.validator = validator;
    }

    public List<FieldViolation> violations(Object input) {
        List<FieldViolation> out = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(input)) {
            out.add(new FieldViolation(v.getPropertyPath().toString(), v.getMessage()));
        }
        out.sort(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::message));
        return out;
    }

    /** Throws {@link InvalidInputException} when the list is not empty. */
    public static void refuseIfAny(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
