package org.cti.convene.common;

/**
 * A failure the user can act on. Each subtype maps to one HTTP status in {@code ProblemResponses}; the
 * {@code problemType} becomes the last segment of the problem's {@code type} URI and the message its
 * {@code detail}, so messages must be written for the person who reads them.
 */
public abstract class DomainException extends RuntimeException {

    private final String problemType;

    protected DomainException(String problemType, String message) {
        super(message, null, false, false);
        this.problemType = problemType;
    }

    public String problemType() {
        return problemType;
    }
}
