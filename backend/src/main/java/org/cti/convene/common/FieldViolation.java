package org.cti.convene.common;

/** One invalid input field and why it is wrong, as shown to API clients and next to form inputs. */
public record FieldViolation(String field, String message) {}
