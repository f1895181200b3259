package org.cti.convene.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem as Convene writes it: {@code type}, {@code title}, {@code status}, a human
 * {@code detail}, the {@code instance} path and, for invalid input, every field and why.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldViolation> errors) {

    public static final String TYPE_PREFIX = "https://convene.dev/problems/";

    public static Problem of(int status, String type, String title, String detail, String instance) {
        return new Problem(URI.create(TYPE_PREFIX + type), title, status, detail, instance, List.of());
    }

    /** A refusal of the domain, with its own status, code and words. */
    public static Problem of(DomainException e, String instance) {
        return of(e.status().value(), e.problemType(), e.title(), e.getMessage(), instance);
    }

    public Problem withErrors(List<FieldViolation> violations) {
        return new Problem(type, title, status, detail, instance, List.copyOf(violations));
    }
}
