package nl.gebiedsteam.caseload.privacy.export;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.gebiedsteam.caseload.privacy.LetterPassage;
import nl.gebiedsteam.caseload.privacy.LetterPassage.Decision;
import nl.gebiedsteam.caseload.privacy.LetterPassage.Kind;
import org.junit.jupiter.api.Test;

class SubjectAccessLetterPdfTest {

    private static final String WITHHELD = "(Hier is een tekst weggelaten om de privacy van iemand anders te beschermen.)";
    private static final String WITHHELD_DOCUMENT = "(Hier is een document weggelaten.)";

    private static LetterPassage passage(int position, Kind kind, String text, Decision decision) {
        return new LetterPassage(position, position, kind, text, decision, decision == Decision.WITHHELD ? "melder" : null,
                2);
    }

    /** The text of every page, whitespace (line breaks where a paragraph wraps) as single spaces. */
    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    @Test
    void write_printsThePassagesInOrder_andTheStandardSentenceForAWithheldOne() throws IOException {
        byte[] pdf = SubjectAccessLetterPdf.write(List.of(
                passage(1, Kind.HEADING, "Inzage in uw gegevens", Decision.RELEASED),
                passage(2, Kind.PARAGRAPH, "Aan Ëlif Çelik, 6 december 2026", Decision.RELEASED),
                passage(3, Kind.HEADING, "Meldingen over u", Decision.RELEASED),
                passage(4, Kind.THIRD_PARTY, "Melder: Buurvrouw Jansen, 06 1234 5678", Decision.WITHHELD),
                passage(5, Kind.FREE_TEXT, "Notitie: Gesprek met moeder over school.", Decision.RELEASED),
                passage(6, Kind.DOCUMENT, "Titel: Rapport over de buren", Decision.WITHHELD)), WITHHELD, WITHHELD_DOCUMENT);

        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        String text = text(pdf);
        assertAll(
                () -> assertTrue(text.contains("Inzage in uw gegevens"), text),
                () -> assertTrue(text.contains("Aan Ëlif Çelik, 6 december 2026"), text),
                () -> assertTrue(text.contains(WITHHELD), text),
                () -> assertFalse(text.contains("Buurvrouw Jansen"), text),
                () -> assertFalse(text.contains("06 1234 5678"), text),
                () -> assertTrue(text.indexOf("Meldingen over u") < text.indexOf(WITHHELD), text),
                () -> assertTrue(text.indexOf(WITHHELD) < text.indexOf("Notitie: Gesprek met moeder over school."), text),
                () -> assertTrue(text.contains(WITHHELD_DOCUMENT), "a document has a sentence of its own: " + text),
                () -> assertFalse(text.contains("Rapport over de buren"), text));
    }

    @Test
    void write_setsTheFirstHeadingAsDocumentTitle() throws IOException {
        PdfReader reader = new PdfReader(SubjectAccessLetterPdf.write(
                List.of(passage(1, Kind.HEADING, "Inzage in uw gegevens", Decision.RELEASED)), WITHHELD, WITHHELD_DOCUMENT));
        try {
            assertEquals("Inzage in uw gegevens", reader.getInfo().get("Title"));
        } finally {
            reader.close();
        }
    }

    @Test
    void write_charactersHelveticaCannotShow_becomeQuestionMarksInsteadOfVanishing() throws IOException {
        String text = text(SubjectAccessLetterPdf.write(List.of(
                passage(1, Kind.FREE_TEXT, "Notitie: Goed gesprek \uD83D\uDE00 echt, in \u0141\u00F3d\u017A", Decision.RELEASED)),
                WITHHELD, WITHHELD_DOCUMENT));

        assertTrue(text.contains("Goed gesprek ? echt, in ?\u00F3d?"), text);
    }

    @Test
    void printable_composesAccentsAndReplacesOneQuestionMarkPerCharacter() {
        assertEquals("caf\u00E9", SubjectAccessLetterPdf.printable("cafe\u0301"));
        assertEquals("a?b", SubjectAccessLetterPdf.printable("a\uD83D\uDC4Db"));
        assertEquals("€ – “x”\nregel", SubjectAccessLetterPdf.printable("€ – “x”\nregel"));
    }
}
