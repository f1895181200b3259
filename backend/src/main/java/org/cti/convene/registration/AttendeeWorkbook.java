package org.cti.convene.registration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An attendee export as one XLSX sheet, streamed with POI's {@link SXSSFWorkbook}: only the last
 * {@value #WINDOW} rows stay in memory, the rest go to a compressed temporary file that {@link #close()}
 * deletes. Bold frozen header, auto-filter, column widths from the longest value (POI's auto-size would need
 * AWT fonts on the server). Blocking: run it on a worker thread, never on the event loop.
 */
final class AttendeeWorkbook implements AutoCloseable {

    static final int WINDOW = 100;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private final SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle quoted;
    private final CellStyle dateTime;
    private final int[] widths;
    private int rows;

    AttendeeWorkbook(List<String> headers) {
        book.setCompressTempFiles(true);
        sheet = book.createSheet("Registrations");
        Font bold = book.createFont();
        bold.setBold(true);
        CellStyle header = book.createCellStyle();
        header.setFont(bold);
        quoted = book.createCellStyle();
        quoted.setQuotePrefixed(true);
        dateTime = book.createCellStyle();
        dateTime.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        widths = new int[headers.size()];
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
            widths[i] = headers.get(i).length();
        }
        sheet.createFreezePane(0, 1);
    }

    /** One row; strings are always string cells (never formulas), times are date cells. */
    void add(List<Object> values) {
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            Object value = values.get(i);
            if (value instanceof LocalDateTime time) {
                cell.setCellValue(time);
                cell.setCellStyle(dateTime);
                widths[i] = Math.max(widths[i], 16);
            } else {
                String text = value == null ? "" : value.toString();
                cell.setCellValue(text);
                if (SpreadsheetText.looksLikeFormula(text)) {
                    cell.setCellStyle(quoted);
                }
                widths[i] = Math.max(widths[i], text.length());
            }
        }
    }

    /** The finished file. */
    byte[] finish() throws IOException {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.clamp(widths[i] + 2, MIN_WIDTH, MAX_WIDTH) * 256);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 0), 0, widths.length - 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        book.dispose();
        book.close();
    }
}
