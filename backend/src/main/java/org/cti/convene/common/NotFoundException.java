package org.cti.convene.common;

import org.springframework.http.HttpStatus;

/** The thing asked for does not exist, or the caller may not know it exists (404). */
public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(HttpStatus.NOT_FOUND, "Not found", "not-found", message);
    }
}
