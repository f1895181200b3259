package org.cti.convene.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which values a spreadsheet would evaluate (OWASP CSV injection), and what the CSV export makes of them. */
class ExportFormulaTests {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+41 22 917 12 34", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=", "@"})
    void valuesAFormulaCouldStartAreQuotedInCsv(String value) {
        assertThat(SpreadsheetText.looksLikeFormula(value)).isTrue();
        assertThat(SpreadsheetText.forCsv(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Amina", "عبد الله", "王小明", "Ольга", "Zoë", " =1", "1+1", "'quoted", "a=b", ""})
    void otherValuesAreLeftAsTyped(String value) {
        assertThat(SpreadsheetText.looksLikeFormula(value)).isFalse();
        assertThat(SpreadsheetText.forCsv(value)).isEqualTo(value);
    }

    @org.junit.jupiter.api.Test
    void nullIsAnEmptyCell() {
        assertThat(SpreadsheetText.forCsv(null)).isEmpty();
        assertThat(SpreadsheetText.looksLikeFormula(null)).isFalse();
    }
}
