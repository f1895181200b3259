package org.cti.convene.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A time an organiser or a client may choose: from 2000-01-01 up to the end of 2200 (UTC); null is left to
 * {@code @NotNull}. JSON and ISO-8601 accept years such as -999999999, which PostgreSQL stores as
 * {@code -infinity} or refuses, and which no calendar, page or badge can show. The database checks the same
 * range (migration V14), so the two must move together.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {PlausibleTime.ForOffsetDateTime.class, PlausibleTime.ForInstant.class})
public @interface PlausibleTime {

    String message() default Range.MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The range itself, for times read outside of Bean Validation. */
    final class Range {

        /** The first instant allowed. */
        public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

        /** The first instant no longer allowed. */
        public static final Instant END = Instant.parse("2201-01-01T00:00:00Z");

        static final String MESSAGE = "must be between the years 2000 and 2200";

        private Range() {}

        public static boolean allows(Instant t) {
            return t == null || (!t.isBefore(EARLIEST) && t.isBefore(END));
        }

        /**
         * A time to filter by (a query's {@code from} or {@code to}), brought into the range: nothing stored lies
         * outside it, so the answer is the same, and the database is never asked about a year it cannot hold.
         */
        public static Instant clamp(Instant t) {
            if (t == null) {
                return null;
            }
            return t.isBefore(EARLIEST) ? EARLIEST : t.isAfter(END) ? END : t;
        }
    }

    class ForOffsetDateTime implements ConstraintValidator<PlausibleTime, OffsetDateTime> {
        @Override
        public boolean isValid(OffsetDateTime value, ConstraintValidatorContext context) {
            return value == null || Range.allows(value.toInstant());
        }
    }

    class ForInstant implements ConstraintValidator<PlausibleTime, Instant> {
        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return Range.allows(value);
        }
    }
}
