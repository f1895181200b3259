package org.cti.convene.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.IntUnaryOperator;
import org.cti.convene.common.FieldViolation;
import org.junit.jupiter.api.Test;

/** The API's violation paths find the console's inputs, also when empty programme rows were skipped. */
class FormErrorsTests {

    /** Sessions 0 and 1 of the request came from form rows 1 and 3. */
    static final IntUnaryOperator ROWS = index -> switch (index) {
        case 0 -> 1;
        case 1 -> 3;
        default -> -1;
    };

    @Test
    void jsonPathsBecomeInputIds() {
        assertThat(FormErrors.inputId("slug", ROWS)).isEqualTo("slug");
        assertThat(FormErrors.inputId("venue.timeZone", ROWS)).isEqualTo("venue-timeZone");
        assertThat(FormErrors.inputId("title.en", ROWS)).isEqualTo("title-en");
        assertThat(FormErrors.inputId("title[fr].<map value>", ROWS)).isEqualTo("title-fr");
        assertThat(FormErrors.inputId("sessions[1].startsAt", ROWS)).isEqualTo("sessions-3-startsAt");
        assertThat(FormErrors.inputId("sessions[0].title.en", ROWS)).isEqualTo("sessions-1-title-en");
    }

    @Test
    void rulesAboutAWholeGroupLandOnItsFirstInput() {
        assertThat(FormErrors.inputId("title", ROWS)).isEqualTo("title-en");
        assertThat(FormErrors.inputId("description", ROWS)).isEqualTo("description-en");
        assertThat(FormErrors.inputId("venue", ROWS)).isEqualTo("venue-name");
        assertThat(FormErrors.inputId("sessions[1].title", ROWS)).isEqualTo("sessions-3-title-en");
        assertThat(FormErrors.inputId("sessions[0].<list element>", ROWS)).isEqualTo("sessions-1-title-en");
        assertThat(FormErrors.inputId("sessions[7].room", ROWS)).isNull();
    }

    @Test
    void summaryLinksKnownInputsAndListsTheRestWithoutALink() {
        FormErrors errors = FormErrors.of(
                List.of(
                        FieldViolation.of("sessions", "Size", "size must be between 0 and 100", 100, 0),
                        FieldViolation.of("slug", "NotBlank", "must not be blank"),
                        FieldViolation.of("kind", "NotBlank", "must not be blank"),
                        FieldViolation.of("slug", "Pattern", "must be lower-case")),
                v -> v.code() + " " + v.field(),
                ROWS,
                List.of("kind", "slug"),
                id -> "Label of " + id);

        assertThat(errors.any()).isTrue();
        assertThat(errors.messages("slug")).containsExactly("NotBlank slug", "Pattern slug");
        assertThat(errors.describedBy("slug", "slug-hint")).isEqualTo("slug-hint slug-error");
        assertThat(errors.describedBy("kind", null)).isEqualTo("kind-error");
        assertThat(errors.describedBy("venue-name", null)).isNull();
        assertThat(errors.summary())
                .extracting(FormErrors.Entry::inputId)
                .as("in the order of the page, the rest last")
                .containsExactly("kind", "slug", "slug", null);
        assertThat(errors.summary().getFirst().label()).isEqualTo("Label of kind");
    }
}
