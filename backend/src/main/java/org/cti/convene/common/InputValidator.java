package org.cti.convene.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Runs Bean Validation and returns every violation as a {@link FieldViolation} with the JSON path of the
 * field ({@code venue.timeZone}, {@code sessions[0].startsAt}), so that features can add their cross-field
 * rules to the same list and refuse a request once, with everything that is wrong in it.
 *
 * <p>The code of a violation is its constraint's simple name ({@code NotBlank}, {@code Size}), or the key of
 * its message template when the constraint names one of ours ({@code message = "{PhoneNumber}"}; the standard
 * templates are dotted, ours are one word). The arguments are the constraint's attributes sorted by name
 * ({@code Size}: max, then min), as Spring passes them to a {@code MessageSource}.
 */
@Component
public class InputValidator {

    private static final Pattern OWN_TEMPLATE = Pattern.compile("^\\{(\\w+)}$");
    private static final Set<String> NOT_ARGUMENTS = Set.of("message", "groups", "payload");

    private final Validator validator;

    public InputValidator(Validator validator) {
        this.validator = validator;
    }

    public List<FieldViolation> violations(Object input) {
        List<FieldViolation> out = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(input)) {
            ConstraintDescriptor<?> constraint = v.getConstraintDescriptor();
            out.add(new FieldViolation(
                    v.getPropertyPath().toString(), code(constraint), arguments(constraint), v.getMessage()));
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

    static String code(ConstraintDescriptor<?> constraint) {
        Matcher own = OWN_TEMPLATE.matcher(constraint.getMessageTemplate());
        return own.matches()
                ? own.group(1)
                : constraint.getAnnotation().annotationType().getSimpleName();
    }

    private static List<Object> arguments(ConstraintDescriptor<?> constraint) {
        Map<String, Object> sorted = new TreeMap<>(constraint.getAttributes());
        sorted.keySet().removeAll(NOT_ARGUMENTS);
        sorted.values().removeIf(value -> !(value instanceof Number || value instanceof CharSequence));
        return List.copyOf(sorted.values());
    }
}
