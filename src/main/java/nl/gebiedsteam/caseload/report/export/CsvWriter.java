package nl.gebiedsteam.caseload.report.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.gebiedsteam.caseload.report.ReportDocument;
import nl.gebiedsteam.caseload.report.ReportTable;

/**
 * The report as CSV for Dutch spreadsheets: UTF-8 with a byte-order mark (so Excel reads "ë"),
 * semicolon-separated (the comma is the Dutch decimal separator). Heading lines first (title,
 * period, generation time, suppression note), then each table, then the definitions. A table's
 * numbers are written as plain numbers ("-3", not "'-3" or "+75%"), so a spreadsheet can sum them;
 * the column heading says when a column holds percentages.
 */
final class CsvWriter {

    private static final char SEPARATOR = ';';
    private static final String BOM = "\uFEFF";

    private CsvWriter() {
    }

    static byte[] write(ReportDocument document) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, List.of(document.title()));
        line(csv, List.of(document.period()));
        line(csv, List.of(document.generated()));
        line(csv, List.of(document.suppressionNote()));
        for (ReportTable table : document.tables()) {
            csv.append("\r\n");
            line(csv, List.of(table.caption()));
            line(csv, table.columns());
            table.rows().forEach(row -> tableLine(csv, row));
        }
        csv.append("\r\n");
        for (ReportDocument.Definition definition : document.definitions()) {
            line(csv, List.of(definition.term(), definition.meaning()));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(SEPARATOR);
            }
            csv.append(field(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** A table row: its heading as text, then numbers as numbers and anything else ("<5") as text. */
    private static void tableLine(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(SEPARATOR);
            }
            ExportNumber number = i == 0 ? null : ExportNumber.of(cells.get(i));
            csv.append(number == null ? field(cells.get(i)) : Long.toString(number.value()));
        }
        csv.append("\r\n");
    }

    /**
     * One text field, safe to open in a spreadsheet: text that a spreadsheet would run as a formula
     * (starting with = + - @, a tab or a carriage return) gets a leading apostrophe, and a field
     * with a separator, quote or line break is quoted.
     */
    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(SEPARATOR) >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
