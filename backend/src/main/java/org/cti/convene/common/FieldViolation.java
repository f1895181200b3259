package org.cti.convene.common;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One invalid input field and why it is wrong. API clients read the English {@code message}; pages look the
 * words up by {@code code} with the {@code arguments} ({@code error.<code>.<field>}, then {@code error.<code>}),
 * as Spring's {@code FieldError} does. Codes are the Bean Validation constraint's simple name ({@code NotBlank},
 * {@code Size} with its {@code max} and {@code min}) or a feature's own rule ({@code after-start}).
 *
 * @param field the JSON path of the field ({@code venue.timeZone}, {@code delegates[1].email})
 */
public record FieldViolation(
        String field, String code, @JsonIgnore List<Object> arguments, String message) {

    /** The code of a rule that has no words of its own: pages show the message as it is. */
    public static final String INVALID = "invalid";

    public FieldViolation {
        arguments = arguments == null ? List.of() : Collections.unmodifiableList(Arrays.asList(arguments.toArray()));
    }

    public static FieldViolation of(String field, String code, String message, Object... arguments) {
        return new FieldViolation(field, code, Arrays.asList(arguments), message);
    }

    /** The same violation of a field nested under {@code prefix}, such as {@code delegates[2].}. */
    public FieldViolation under(String prefix) {
        return at(prefix + field);
    }

    /** The same violation, of another field. */
    public FieldViolation at(String otherField) {
        return new FieldViolation(otherField, code, arguments, message);
    }
}
