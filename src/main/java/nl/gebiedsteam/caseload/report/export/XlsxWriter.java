package nl.gebiedsteam.caseload.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import nl.gebiedsteam.caseload.report.ReportDocument;
import nl.gebiedsteam.caseload.report.ReportTable;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report as an Excel workbook: one sheet with the heading lines and every table (whole
 * numbers as numbers, "&lt;5" as text), one with the definitions. Text always goes in as a string
 * cell, never as a formula, so nothing in it can run.
 */
final class XlsxWriter {

    private XlsxWriter() {
    }

    static byte[] write(ReportDocument document, String reportSheet, String definitionsSheet) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

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
                for (List<String> cells : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < cells.size(); c++) {
                        String value = cells.get(c);
                        if (c > 0 && value.matches("\\d{1,15}")) {
                            row.createCell(c).setCellValue(Long.parseLong(value));
                        } else {
                            row.createCell(c).setCellValue(value);
                        }
                    }
                }
            }
            sheet.setColumnWidth(0, 60 * 256);

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
