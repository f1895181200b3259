package org.cti.convene.common;

import org.springframework.http.HttpStatus;

/**
 * A failure the user can act on, modelled on Spring's {@code ErrorResponse}: it carries its HTTP status, a
 * stable problem code, the arguments of its words and an English message. {@link ProblemMapper} writes it as
 * problem+json (the code as the last segment of {@code type}, the message as {@code detail}); pages take the
 * same status and look their words up by code ({@code problem.<code>.title}, {@code problem.<code>.text} with
 * the arguments), never by the message. No stack trace: refusals are expected, and frequent in a rush.
 */
public abstract class DomainException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final String problemType;
    private final Object[] arguments;

    /**
     * @param title the problem's {@code title}, the same for every problem of this status
     * @param problemType the stable code, such as {@code event-full}
     * @param message the {@code detail}, written for the person who reads it
     * @param arguments what the words of the code need (an e-mail, a date), in the order the bundles use them
     */
    protected DomainException(
            HttpStatus status, String title, String problemType, String message, Object... arguments) {
        super(message, null, false, false);
        this.status = status;
        this.title = title;
        this.problemType = problemType;
        this.arguments = arguments.clone();
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The stable code of the problem. */
    public String problemType() {
        return problemType;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** Whether this is the problem with that code. */
    public static boolean is(Throwable e, String problemType) {
        return e instanceof DomainException d && d.problemType.equals(problemType);
    }
}
