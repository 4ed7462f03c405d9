package nl.gebiedsteam.caseload.privacy.export;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import nl.gebiedsteam.caseload.privacy.SubjectAccessExport;
import nl.gebiedsteam.caseload.privacy.SubjectAccessExport.Section;
import org.junit.jupiter.api.Test;

class SubjectAccessPdfTest {

    private static SubjectAccessExport export(List<Section> sections) {
        return new SubjectAccessExport(42, "Inzageverzoek cliënt 42",
                List.of("Cliëntnummer 42", "Gemaakt op 06-12-2026 07:10 door hanna.privacy"),
                sections, "Geen gegevens vastgelegd.");
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void write_showsTitleHeaderSectionsValuesAndEmptySectionText() throws IOException {
        Section contacts = new Section("contacts", "Contacten", List.of("Datum", "Naam", "Verslag"),
                List.of(Arrays.asList("01-02-2026", "Ëlif Çelik", null)));
        Section measures = new Section("measures", "Maatregelen", List.of("Soort"), List.of());

        byte[] pdf = SubjectAccessPdf.write(export(List.of(contacts, measures)));

        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        String text = text(pdf);
        assertAll(
                () -> assertTrue(text.contains("Inzageverzoek cliënt 42"), text),
                () -> assertTrue(text.contains("Gemaakt op 06-12-2026 07:10 door hanna.privacy"), text),
                () -> assertTrue(text.contains("Contacten"), text),
                () -> assertTrue(text.contains("Naam"), text),
                () -> assertTrue(text.contains("Ëlif Çelik"), text),
                () -> assertTrue(text.contains("\u2014"), "a value not recorded shows as a dash: " + text),
                () -> assertTrue(text.contains("Maatregelen"), text),
                () -> assertTrue(text.contains("Geen gegevens vastgelegd."), text));
    }

    @Test
    void write_setsDocumentTitleMetadata() throws IOException {
        PdfReader reader = new PdfReader(SubjectAccessPdf.write(export(List.of())));
        try {
            assertEquals("Inzageverzoek cliënt 42", reader.getInfo().get("Title"));
        } finally {
            reader.close();
        }
    }

    @Test
    void write_charactersHelveticaCannotShow_becomeQuestionMarksInsteadOfVanishing() throws IOException {
        Section notes = new Section("notes", "Notities", List.of("Tekst", "Plaats"),
                List.of(List.of("Goed gesprek \uD83D\uDE00 echt", "\u0141\u00F3d\u017A")));

        String text = text(SubjectAccessPdf.write(export(List.of(notes))));

        assertTrue(text.contains("Goed gesprek ? echt"), text);
        assertTrue(text.contains("?\u00F3d?"), text);
    }

    @Test
    void printable_composesAccentsAndReplacesOneQuestionMarkPerCharacter() {
        assertEquals("caf\u00E9", SubjectAccessPdf.printable("cafe\u0301"));
        assertEquals("a?b", SubjectAccessPdf.printable("a\uD83D\uDC4Db"));
        assertEquals("€ – “x”\nregel", SubjectAccessPdf.printable("€ – “x”\nregel"));
    }

    @Test
    void write_manyLongRecords_spanPagesWithoutLosingTheLast() throws IOException {
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            columns.add("Kolom " + i);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 1; r <= 20; r++) {
            List<String> row = new ArrayList<>(Collections.nCopies(30, "waarde"));
            row.set(29, "laatste " + r);
            rows.add(row);
        }
        byte[] pdf = SubjectAccessPdf.write(export(List.of(new Section("wide", "Breed", columns, rows))));

        PdfReader reader = new PdfReader(pdf);
        try {
            assertTrue(reader.getNumberOfPages() > 1);
        } finally {
            reader.close();
        }
        assertTrue(text(pdf).contains("laatste 20"));
    }
}
