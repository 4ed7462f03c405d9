package nl.gebiedsteam.caseload.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PdfCheckTest {

    private static String problemOf(String content, int piece) {
        byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
        PdfCheck check = new PdfCheck();
        for (int at = 0; at < bytes.length; at += piece) {
            int length = Math.min(piece, bytes.length - at);
            byte[] part = new byte[piece];
            System.arraycopy(bytes, at, part, 0, length);
            check.feed(part, length);
        }
        return check.problem();
    }

    @Test
    void aCompletePdf_passes_inPiecesOfAnySize() {
        String pdf = "%PDF-1.7\n" + "x".repeat(20_000) + "\ntrailer << /Root 1 0 R >>\nstartxref\n9\n%%EOF\n";
        for (int piece : new int[] {1, 7, 4096, 5000, 1 << 20}) {
            assertNull(problemOf(pdf, piece), "pieces of " + piece);
        }
    }

    @Test
    void aPdfCutShort_isMalformed_evenWhenItsEndMarkerWasLongBefore() {
        assertEquals("document.pdf.malformed", problemOf("%PDF-1.7\n" + "x".repeat(20_000), 1000));
        assertEquals("document.pdf.malformed", problemOf("%PDF-1.7\n%%EOF\n" + "x".repeat(PdfCheck.WINDOW), 333));
    }

    @Test
    void anEncryptedPdf_isNamedInItsTrailer_orInItsFirstBytesWhenLinearised() {
        assertEquals("document.pdf.encrypted", problemOf("%PDF-1.7\n" + "x".repeat(20_000)
                + "\ntrailer << /Root 1 0 R /Encrypt 5 0 R >>\nstartxref\n9\n%%EOF\n", 4096));
        assertEquals("document.pdf.encrypted", problemOf("%PDF-1.7\n<< /Linearized 1 >> trailer << /Encrypt 5 0 R >>"
                + "x".repeat(20_000) + "\n%%EOF\n", 777));
    }
}
