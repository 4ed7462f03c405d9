package nl.gebiedsteam.caseload.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.gebiedsteam.caseload.report.ReportDocument;
import nl.gebiedsteam.caseload.report.ReportTable;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report as an Excel workbook: one sheet with the heading lines and every table (numbers as
 * numeric cells, a change shown with its sign and a percentage with "%", "&lt;5" as text), one with
 * the definitions. Every column is as wide as its longest table cell. Text always goes in as a
 * string cell, never as a formula, so nothing in it can run.
 */
final class XlsxWriter {

    /** Column widths in characters: the heading lines may run over the columns to their right. */
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private XlsxWriter() {
    }

    static byte[] write(ReportDocument document, String reportSheet, String definitionsSheet) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            DataFormat formats = workbook.createDataFormat();
            CellStyle signed = workbook.createCellStyle();
            signed.setDataFormat(formats.getFormat("+0;-0;0"));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(formats.getFormat("+0\"%\";-0\"%\";0\"%\""));
            Map<Integer, Integer> widths = new HashMap<>();

            Sheet sheet = workbook.createSheet(reportSheet);
            int r = 0;
            r = text(sheet, r, List.of(document.title()), bold);
            r = text(sheet, r, List.of(document.period()), null);
            r = text(sheet, r, List.of(document.generated()), null);
            r = text(sheet, r, List.of(document.suppressionNote()), null);
            for (ReportTable table : document.tables()) {
                r++;
                r = text(sheet, r, List.of(table.caption()), bold);
                r = text(sheet, r, table.columns(), bold);
                measure(widths, table.columns());
                for (List<String> cells : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < cells.size(); c++) {
                        String value = cells.get(c);
                        ExportNumber number = c == 0 ? null : ExportNumber.of(value);
                        org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                        if (number == null) {
                            cell.setCellValue(value);
                        } else {
                            cell.setCellValue(number.value());
                            if (number.percent()) {
                                cell.setCellStyle(percent);
                            } else if (number.signed()) {
                                cell.setCellStyle(signed);
                            }
                        }
                    }
                    measure(widths, cells);
                }
            }
            widths.forEach((c, chars) -> sheet.setColumnWidth(c,
                    Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, chars + 2)) * 256));

            Sheet definitions = workbook.createSheet(definitionsSheet);
            int d = 0;
            for (ReportDocument.Definition definition : document.definitions()) {
                d = text(definitions, d, List.of(definition.term(), definition.meaning()), null);
            }
            definitions.setColumnWidth(0, 40 * 256);
            definitions.setColumnWidth(1, 150 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps, per column, the length of its longest table cell or column heading. */
    private static void measure(Map<Integer, Integer> widths, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            widths.merge(c, cells.get(c) == null ? 0 : cells.get(c).length(), Math::max);
        }
    }

    private static int text(Sheet sheet, int rowIndex, List<String> cells, CellStyle style) {
        Row row = sheet.createRow(rowIndex);
        for (int c = 0; c < cells.size(); c++) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
            cell.setCellValue(cells.get(c));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
        return rowIndex + 1;
    }
}
