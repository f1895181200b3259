package org.cti.convene.invitations;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cti.convene.common.ControlCharacters;
import org.cti.convene.common.FieldViolation;
import org.cti.convene.common.InputValidator;
import org.cti.convene.common.InvalidInputException;

/**
 * Reads an invitation list exported from a spreadsheet: a header row naming the columns {@code type, name,
 * email, language, countryCode, seats} (any order and case; the last two optional), then one invitee per
 * row. Commas or semicolons (as French and Spanish spreadsheets export), with or without a byte-order mark.
 * Row numbers are the file's line numbers, header included, as a spreadsheet shows them.
 */
final class InvitationCsv {

    static final List<String> COLUMNS = List.of("type", "name", "email", "language", "countryCode", "seats");
    private static final List<String> REQUIRED = List.of("type", "name", "email", "language");

    /** One invitee and the row it came from. */
    record Row(int number, InvitationBatch.Invitee invitee) {}

    private InvitationCsv() {}

    static List<Row> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(
                    "file",
                    "is empty; expected a header row (" + String.join(",", COLUMNS) + ") and one invitee per row");
        }
        String csv = text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(csv))
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
        List<Row> rows = new ArrayList<>();
        List<FieldViolation> v = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            Map<String, Integer> columns = null;
            int width = 0;
            for (CSVRecord record : parser) {
                int row = (int) (parser.getCurrentLineNumber() - newlines(record));
                if (columns == null) {
                    columns = header(record, v);
                    width = record.size();
                    InputValidator.refuseIfAny(v);
                    continue;
                }
                if (blankBeyond(record, 0)) {
                    continue; // a row of empty cells, as spreadsheets export below the data
                }
                if (record.size() > width && !blankBeyond(record, width)) {
                    v.add(FieldViolation.of(
                            "rows[" + row + "]",
                            "csv-width",
                            "has " + record.size() + " values but the header has " + width + " columns"));
                    continue;
                }
                if (record.stream().anyMatch(ControlCharacters::in)) {
                    v.add(ControlCharacters.violation("rows[" + row + "]"));
                    continue;
                }
                rows.add(new Row(row, invitee(record, columns, row, v)));
            }
            if (columns == null) {
                throw new InvalidInputException("file", "csv-header", "has no header row");
            }
        } catch (IOException | UncheckedIOException e) {
            String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new InvalidInputException("file", "csv", "is not valid CSV: " + why);
        }
        InputValidator.refuseIfAny(v);
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "NotEmpty", "has a header but no invitee");
        }
        return rows;
    }

    private static Map<String, Integer> header(CSVRecord record, List<FieldViolation> v) {
        Map<String, String> known = new HashMap<>();
        COLUMNS.forEach(c -> known.put(c.toLowerCase(Locale.ROOT), c));
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String raw = record.get(i);
            if (raw.isBlank()) {
                continue;
            }
            String name = known.get(raw.replace("_", "").replace(" ", "").toLowerCase(Locale.ROOT));
            if (name == null) {
                v.add(FieldViolation.of(
                        "rows[1]",
                        "csv-header",
                        "has an unknown column '" + raw + "'; the columns are " + String.join(", ", COLUMNS)));
            } else if (columns.putIfAbsent(name, i) != null) {
                v.add(FieldViolation.of("rows[1]", "csv-header", "names the column '" + name + "' twice"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                v.add(FieldViolation.of("rows[1]", "csv-header", "lacks the column '" + required + "'"));
            }
        }
        return columns;
    }

    private static InvitationBatch.Invitee invitee(
            CSVRecord record, Map<String, Integer> columns, int row, List<FieldViolation> v) {
        String seatsText = value(record, columns, "seats");
        Integer seats = null;
        if (seatsText != null) {
            try {
                seats = Integer.valueOf(seatsText);
            } catch (NumberFormatException e) {
                v.add(FieldViolation.of("rows[" + row + "].seats", "whole-number", "must be a whole number"));
            }
        }
        return new InvitationBatch.Invitee(
                value(record, columns, "type"),
                value(record, columns, "name"),
                value(record, columns, "email"),
                value(record, columns, "language"),
                value(record, columns, "countryCode"),
                seats,
                null);
    }

    private static String value(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        if (i == null || i >= record.size()) {
            return null;
        }
        String s = record.get(i);
        return s.isBlank() ? null : s;
    }

    private static boolean blankBeyond(CSVRecord record, int from) {
        for (int i = from; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Line breaks inside quoted values: the record started that many lines before the parser's position. */
    private static int newlines(CSVRecord record) {
        int n = 0;
        for (String s : record) {
            n += (int) s.chars().filter(c -> c == '\n').count();
        }
        return n;
    }

    /** Semicolons when the header row has more of them than commas. */
    private static char delimiter(String csv) {
        int end = csv.indexOf('\n');
        String header = end < 0 ? csv : csv.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }
}
