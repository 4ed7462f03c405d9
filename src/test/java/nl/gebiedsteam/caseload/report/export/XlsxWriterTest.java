package nl.gebiedsteam.caseload.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import nl.gebiedsteam.caseload.report.ReportDocument;
import nl.gebiedsteam.caseload.report.ReportTable;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxWriterTest {

    private static final ReportDocument DOCUMENT = new ReportDocument("Titel", "Periode", "Gemaakt op",
            List.of(new ReportTable("t", "Tabel", List.of("", "Deze periode", "Vorige periode", "Verschil", "Verschil (%)"),
                    List.of(List.of("Cannabis", "21", "12", "+9", "+75%"), List.of("Alcohol", "12", "15", "-3", "-20%"),
                            List.of("=HYPERLINK(\"x\";\"y\")", "<5", "7", "", "")))),
            List.of(new ReportDocument.Definition("Term", "Betekenis")), "Aantallen onder de 5", "f");

    @Test
    void write_numbersAreNumericCells_showingTheirSign() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsxWriter.write(DOCUMENT, "Rapport",
                "Begrippen")))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row cannabis = sheet.getRow(7);
            assertEquals("Cannabis", cannabis.getCell(0).getStringCellValue());
            for (int c = 1; c <= 4; c++) {
                assertEquals(CellType.NUMERIC, cannabis.getCell(c).getCellType(), "column " + c);
            }
            assertEquals(9, cannabis.getCell(3).getNumericCellValue());
            assertEquals(75, cannabis.getCell(4).getNumericCellValue());
            assertEquals(-20, sheet.getRow(8).getCell(4).getNumericCellValue());
            DataFormatter shown = new DataFormatter();
            assertEquals("+9", shown.formatCellValue(cannabis.getCell(3)));
            assertEquals("+75%", shown.formatCellValue(cannabis.getCell(4)));
            assertEquals("-3", shown.formatCellValue(sheet.getRow(8).getCell(3)));
            Row formula = sheet.getRow(9);
            assertEquals(CellType.STRING, formula.getCell(0).getCellType(), "a formula typed as a name stays text");
            assertEquals(CellType.STRING, formula.getCell(1).getCellType(), "<5 is text");
        }
    }

    @Test
    void write_everyColumnHasAWidth() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsxWriter.write(DOCUMENT, "Rapport",
                "Begrippen")))) {
            Sheet sheet = workbook.getSheetAt(0);
            int standard = sheet.getColumnWidth(10);
            for (int c = 0; c <= 4; c++) {
                assertTrue(sheet.getColumnWidth(c) != standard, "column " + c + " has a width of its own");
            }
            assertEquals(("Vorige periode".length() + 2) * 256, sheet.getColumnWidth(2), "as wide as its heading");
            assertTrue(sheet.getColumnWidth(0) >= "=HYPERLINK(\"x\";\"y\")".length() * 256, "the longest row heading fits");
        }
    }
}
