package nl.gebiedsteam.caseload.privacy.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.gebiedsteam.caseload.testsupport.Zips;
import org.junit.jupiter.api.Test;

class SubjectAccessDocumentsZipTest {

    private static SubjectAccessDocumentsZip.Entry entry(String name, byte[] bytes) {
        return new SubjectAccessDocumentsZip.Entry(name, out -> {
            try {
                out.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }


    @Test
    void write_numbersTheDocumentsInOrder_keepsTheirBytes_andAddsTheReadmeOnlyWhenGiven() throws IOException {
        byte[] first = "eerste".getBytes(StandardCharsets.UTF_8);
        byte[] second = "tweede".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SubjectAccessDocumentsZip.write(out, List.of(entry("brief.pdf", first), entry("brief.pdf", second)),
                "LEESMIJ.txt", "Eén document ontbreekt.");
        Map<String, byte[]> entries = Zips.unzip(out.toByteArray());
        assertEquals(List.of("01 - brief.pdf", "02 - brief.pdf", "LEESMIJ.txt"), List.copyOf(entries.keySet()),
                "the same upload name twice gives two entries");
        assertArrayEquals(first, entries.get("01 - brief.pdf"));
        assertArrayEquals(second, entries.get("02 - brief.pdf"));
        assertEquals("Eén document ontbreekt.", new String(entries.get("LEESMIJ.txt"), StandardCharsets.UTF_8));

        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        SubjectAccessDocumentsZip.write(plain, List.of(entry("brief.pdf", first)), "LEESMIJ.txt", null);
        assertEquals(List.of("01 - brief.pdf"), List.copyOf(Zips.unzip(plain.toByteArray()).keySet()));
    }

    @Test
    void entryName_isAPlainFileNameThatUnpacksSafelyEverywhere() {
        assertEquals("03 - beschikking.pdf", SubjectAccessDocumentsZip.entryName(3, 2, "beschikking.pdf"));
        assertEquals("007 - a_b_c.pdf", SubjectAccessDocumentsZip.entryName(7, 3, "a/b\\c.pdf"));
        assertEquals("01 - x_ y_ z_ _ _ _ _.pdf", SubjectAccessDocumentsZip.entryName(1, 2, "x: y* z? \" < > |.pdf"));
        assertEquals("01 - _passwd", SubjectAccessDocumentsZip.entryName(1, 2, "../passwd"));
        assertEquals("01 - document", SubjectAccessDocumentsZip.entryName(1, 2, " ... "));
        assertEquals("01 - brief_.pdf", SubjectAccessDocumentsZip.entryName(1, 2, "brief\u0007.pdf"));
        assertEquals("01 - café.pdf", SubjectAccessDocumentsZip.entryName(1, 2, "cafe\u0301.pdf"), "composed");
        String longName = SubjectAccessDocumentsZip.entryName(1, 2, "x".repeat(300) + ".docx");
        assertEquals("01 - " + "x".repeat(SubjectAccessDocumentsZip.NAME_MAX - 5) + ".docx", longName,
                "cut, keeping the extension");
        String emoji = SubjectAccessDocumentsZip.entryName(1, 2, "a" + "\uD83D\uDE00".repeat(80) + ".pdf");
        assertEquals(emoji, new String(emoji.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                "never half a character");
        assertTrue(emoji.endsWith("\uDE00.pdf"), emoji);
    }
}
