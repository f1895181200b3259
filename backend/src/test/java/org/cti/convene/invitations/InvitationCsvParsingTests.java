package org.cti.convene.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cti.convene.common.FieldViolation;
import org.cti.convene.common.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The CSV reader alone: row numbers as a spreadsheet shows them, and what it refuses. */
class InvitationCsvParsingTests {

    @Test
    void rowNumbersAreTheFileLinesEvenAcrossQuotedLineBreaks() {
        List<InvitationCsv.Row> rows = InvitationCsv.parse("""
                email,name,type,language
                a@example.org,"Ana
                Pérez",PERSON,es

                b@example.org,Bob,PERSON,en
                """);
        assertThat(rows).extracting(InvitationCsv.Row::number).containsExactly(2, 5);
        assertThat(rows.getFirst().invitee().name()).isEqualTo("Ana\nPérez");
        assertThat(rows.get(1).invitee().email()).isEqualTo("b@example.org");
    }

    @Test
    void missingColumnsTooManyValuesAndBadNumbersAreNamed() {
        assertThat(violations("name,email\nA,a@example.org\n"))
                .extracting(FieldViolation::message)
                .containsExactly("lacks the column 'type'", "lacks the column 'language'");
        assertThat(violations("type,name,email,language\nPERSON,A,a@example.org,en,extra\n"))
                .extracting(FieldViolation::field)
                .containsExactly("rows[2]");
        assertThat(violations("type,name,email,language,seats\nDELEGATION,A,a@example.org,en,three\n"))
                .extracting(FieldViolation::field)
                .containsExactly("rows[2].seats");
        assertThat(violations("type,name,email,language\n"))
                .extracting(FieldViolation::message)
                .containsExactly("has a header but no invitee");
        assertThat(violations("  ")).extracting(FieldViolation::field).containsExactly("file");
    }

    private static List<FieldViolation> violations(String csv) {
        try {
            InvitationCsv.parse(csv);
        } catch (InvalidInputException e) {
            return e.violations();
        }
        throw new AssertionError("expected a refusal for " + csv);
    }
}
