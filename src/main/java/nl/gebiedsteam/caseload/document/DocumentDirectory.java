package nl.gebiedsteam.caseload.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Documents' bytes as files of one directory, each named by a random key: a file's name tells
 * nothing about whose it is, and a file left behind by an upload that rolled back is never taken
 * for a later document's. A file is written under a temporary name and renamed when complete, so a
 * reader never sees half of one.
 */
final class DocumentDirectory {

    /** Sees each piece of a file as it passes, and may refuse it by throwing. */
    @FunctionalInterface
    interface PieceCheck {
        void accept(byte[] bytes, int length);
    }

    private final Path root;

    DocumentDirectory(Path root) {
        this.root = root;
    }

    /** Writes {@code content} to a new file and answers its key; nothing is left when a check refuses. */
    String write(InputStream content, PieceCheck check) throws IOException {
        String key = UUID.randomUUID().toString();
        Path partial = root.resolve(key + ".part");
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(partial)) {
            for (int read; (read = content.read(buffer)) > 0;) {
                check.accept(buffer, read);
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file(key), StandardCopyOption.ATOMIC_MOVE);
        return key;
    }

    void copy(String key, OutputStream out) throws IOException {
        Files.copy(file(key), out);
    }

    void delete(String key) throws IOException {
        Files.deleteIfExists(file(key));
    }

    Path file(String key) {
        // a key is only ever a UUID we made; anything else would be a path out of the directory
        return root.resolve(UUID.fromString(key).toString());
    }
}
