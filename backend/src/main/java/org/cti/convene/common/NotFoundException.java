package org.cti.convene.common;

import org.springframework.http.HttpStatus;

/** The thing asked for does not exist, or the caller may not know it exists (404). */
public class NotFoundException extends DomainException {

    /** The words of {@link #nothingHere()}, the same as for an address nothing answers. */
    static final String NOTHING_HERE = "There is nothing at this address.";

    public NotFoundException(String message) {
        super(HttpStatus.NOT_FOUND, "Not found", "not-found", message);
    }

    /**
     * The one 404 for what a staff account may not see and for what does not exist: it names nothing (not the
     * id asked for, not the event something belongs to), so an account limited to some events cannot tell an
     * id of another event from an id that was never used.
     */
    public static NotFoundException nothingHere() {
        return new NotFoundException(NOTHING_HERE);
    }
}
