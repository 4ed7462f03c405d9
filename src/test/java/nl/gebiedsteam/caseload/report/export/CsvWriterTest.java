package nl.gebiedsteam.caseload.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.gebiedsteam.caseload.report.ReportDocument;
import nl.gebiedsteam.caseload.report.ReportTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=1+1|'=1+1",
        "+31 6 12345678|'+31 6 12345678",
        "-3 (-20%)|'-3 (-20%)",
        "@SUM(A1)|'@SUM(A1)",
        "`\t=cmd`|'\t=cmd",
        "21|21",
        "<5|<5",
        "Cocaïne|Cocaïne",
        "a;b|\"a;b\"",
        "say \"hi\"|\"say \"\"hi\"\"\"",
        "=HYPERLINK(\"x\";\"y\")|\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\""})
    void field_neutralisesFormulasAndQuotes(String value, String expected) {
        assertEquals(expected, CsvWriter.field(value));
    }

    @Test
    void field_carriageReturnFirst_isNeutralisedAndQuoted() {
        assertEquals("\"'\r=1\"", CsvWriter.field("\r=1"));
    }

    @Test
    void write_bomHeadingTablesAndDefinitions_semicolonSeparated() {
        ReportDocument document = new ReportDocument("Titel", "Periode", "Gemaakt op", List.of(new ReportTable("t",
                "Tabel", List.of("", "Deze periode"), List.of(List.of("Alcohol", "<5"), List.of("=evil", "7")))),
                List.of(new ReportDocument.Definition("Term", "Betekenis; uitleg")), "Aantallen onder de 5", "f");
        String csv = new String(CsvWriter.write(document), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFTitel\r\nPeriode\r\nGemaakt op\r\nAantallen onder de 5\r\n"), csv);
        assertTrue(csv.contains("\r\nTabel\r\n;Deze periode\r\nAlcohol;<5\r\n'=evil;7\r\n"), csv);
        assertTrue(csv.endsWith("Term;\"Betekenis; uitleg\"\r\n"), csv);
    }

    @Test
    void write_tableNumbersArePlainNumbers_textStaysProtected() {
        ReportDocument document = new ReportDocument("Titel", "Periode", "Gemaakt op", List.of(new ReportTable("t",
                "Tabel", List.of("", "Deze periode", "Vorige periode", "Verschil", "Verschil (%)"), List.of(
                        List.of("Cannabis", "21", "12", "+9", "+75%"), List.of("Alcohol", "12", "15", "-3", "-20%"),
                        List.of("-5 uit de kop", "<5", "7", "", ""), List.of("Heroïne", "7", "0", "+7", "")))),
                List.of(), "Aantallen onder de 5", "f");
        String csv = new String(CsvWriter.write(document), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\r\nCannabis;21;12;9;75\r\nAlcohol;12;15;-3;-20\r\n'-5 uit de kop;<5;7;;\r\n"
                + "Heroïne;7;0;7;\r\n"), "numbers without apostrophe, plus sign or %; a heading stays protected:\n" + csv);
    }
}
