package org.cti.convene.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Violations carry what pages need to say them in any language: a code and its arguments. */
class InputValidatorTests {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private final InputValidator validator = new InputValidator(FACTORY.getValidator());

    record Sample(
            @NotBlank @Size(min = 2, max = 5) String name,
            @LanguageCode String language,
            @CountryCode String country,

            @Pattern(regexp = "[0-9]*", message = "{Digits}")
            String digits) {}

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void theCodeIsTheConstraintAndTheArgumentsItsAttributesByName() {
        List<FieldViolation> violations = validator.violations(new Sample("abcdefgh", "en", "CH", "1"));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("name");
            assertThat(v.code()).isEqualTo("Size");
            assertThat(v.arguments()).as("max, then min").containsExactly(5, 2);
            assertThat(v.message()).isEqualTo("size must be between 2 and 5");
        });
    }

    @Test
    void ourOwnConstraintsAndTemplatesNameTheirCode() {
        List<FieldViolation> violations = validator.violations(new Sample("abc", "xx", "Suisse", "one"));

        assertThat(violations)
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("language", "LanguageCode"),
                        org.assertj.core.groups.Tuple.tuple("country", "CountryCode"),
                        org.assertj.core.groups.Tuple.tuple("digits", "Digits"));
        assertThat(violations)
                .filteredOn(v -> v.field().equals("language"))
                .singleElement()
                .extracting(FieldViolation::message)
                .as("the English message lists every language, from the one list")
                .isEqualTo("must be one of " + Language.listed());
    }

    @Test
    void aRefusalCarriesItsStatusAndItsViolations() {
        assertThatThrownBy(() -> InputValidator.refuseIfAny(validator.violations(new Sample("", "en", "CH", ""))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.problemType()).isEqualTo("invalid-input");
                    assertThat(e.violations()).extracting(FieldViolation::code).contains("NotBlank", "Size");
                });
    }

    @Test
    void aViolationMovesUnderAPrefixWithItsCodeAndArguments() {
        FieldViolation v = FieldViolation.of("email", "Size", "must be at most 254 characters", 254, 0);

        assertThat(v.under("delegates[2].")).satisfies(moved -> {
            assertThat(moved.field()).isEqualTo("delegates[2].email");
            assertThat(moved.code()).isEqualTo("Size");
            assertThat(moved.arguments()).containsExactly(254, 0);
        });
    }

    @Test
    void domainExceptionsCarryTheStatusTheApiGivesThem() {
        assertThat(new ConflictException("event-full", "This event is full.")
                        .status()
                        .value())
                .isEqualTo(409);
        assertThat(new ForbiddenException("invitation-only", "By invitation.")
                        .status()
                        .value())
                .isEqualTo(403);
        assertThat(new NotFoundException("Nothing here.").status().value()).isEqualTo(404);
        assertThat(new UnprocessableException("idempotency-key-reused", "Another body.")
                        .status()
                        .value())
                .isEqualTo(422);
        assertThat(new ConflictException("already-registered", "Already.", "a@example.org").arguments())
                .containsExactly("a@example.org");
    }
}
