package org.cti.convene.web.delegate;

import java.util.UUID;

/**
 * The hidden key of a registration form, sent as the {@code Idempotency-Key}: a reload or a double click
 * repeats the first answer instead of registering twice (ADR 0004).
 */
final class FormKey {

    private FormKey() {}

    /** The key a form sent, when it looks like the UUID the form was given; anything else registers without one. */
    static String sent(String submitted) {
        if (submitted == null) {
            return null;
        }
        try {
            return UUID.fromString(submitted.strip()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The key a page gives its form: the one sent back with a refused form, or a new one. */
    static String forPage(String sent) {
        return sent == null ? UUID.randomUUID().toString() : sent;
    }
}
