package nl.gebiedsteam.caseload.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory storage an operator may choose instead of the database. */
class DocumentDirectoryTest {

    @TempDir
    Path root;

    @Test
    void aFile_isWrittenUnderARandomKey_andReadBackByteForByte() throws Exception {
        byte[] content = new byte[300_000];
        new Random(7).nextBytes(content);
        DocumentDirectory directory = new DocumentDirectory(root);
        long[] seen = {0};
        String key = directory.write(new ByteArrayInputStream(content), (bytes, length) -> seen[0] += length);
        assertEquals(content.length, seen[0], "every piece passes the check");
        assertEquals(List.of(root.resolve(key)), files(), "one complete file, named by its key only");
        ByteArrayOutputStream back = new ByteArrayOutputStream();
        directory.copy(key, back);
        assertArrayEquals(content, back.toByteArray());
        directory.delete(key);
        assertEquals(List.of(), files());
    }

    @Test
    void aRefusedFile_leavesNothing() throws Exception {
        DocumentDirectory directory = new DocumentDirectory(root);
        assertThrows(CaseloadException.class, () -> directory.write(new ByteArrayInputStream(new byte[200_000]),
                (bytes, length) -> {
                    throw new CaseloadException("document.file.tooLarge", 0);
                }));
        assertEquals(List.of(), files());
    }

    @Test
    void aKeyThatIsNotOurs_neverReachesOutsideTheDirectory() {
        DocumentDirectory directory = new DocumentDirectory(root);
        assertThrows(IllegalArgumentException.class, () -> directory.file("../../etc/passwd"));
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> files = Files.list(root)) {
            return files.toList();
        }
    }
}
