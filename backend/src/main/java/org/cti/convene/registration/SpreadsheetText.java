package org.cti.convene.registration;

/**
 * Keeps what delegates typed from running as a formula when an organiser opens an export (CSV injection,
 * OWASP): a value that starts with {@code = + - @}, a tab or a carriage return is one a spreadsheet would
 * evaluate. In CSV it gets a leading apostrophe, which spreadsheets read as "text follows"; in XLSX it stays
 * a plain string cell, marked as quote-prefixed so that editing it does not turn it into a formula either.
 */
final class SpreadsheetText {

    private SpreadsheetText() {}

    static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }

    static String forCsv(String value) {
        if (value == null) {
            return "";
        }
        return looksLikeFormula(value) ? "'" + value : value;
    }
}
