package nl.gebiedsteam.caseload.privacy.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The documents released with a subject-access letter as one ZIP, written straight onto a stream
 * entry by entry, so a response never holds the whole ZIP nor a whole document. Every entry is
 * numbered in the letter's order ("03 - beschikking.pdf"): names are unique even when two uploads
 * had the same name, and each is a plain file name that unpacks safely on any system (no folders,
 * no characters Windows refuses, not too long).
 */
public final class SubjectAccessDocumentsZip {

    /** Longest name kept from the uploaded one, extension included, before the number is put in front. */
    static final int NAME_MAX = 100;
    private static final int EXTENSION_MAX = 10;

    /**
     * One document: its name as uploaded, and what writes its bytes. {@code bytes} may flush the
     * stream it is given but must not close it: the next entry follows on it.
     */
    public record Entry(String fileName, Consumer<OutputStream> bytes) {
    }

    private SubjectAccessDocumentsZip() {
    }

    /**
     * Writes the ZIP onto {@code out} (which stays open): the entries in order, then, when
     * {@code readme} is not null, a text file {@code readmeName} with it in UTF-8.
     */
    public static void write(OutputStream out, List<Entry> entries, String readmeName, String readme)
            throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        int width = Math.max(2, String.valueOf(entries.size()).length());
        for (int i = 0; i < entries.size(); i++) {
            zip.putNextEntry(new ZipEntry(entryName(i + 1, width, entries.get(i).fileName())));
            entries.get(i).bytes().accept(zip);
            zip.closeEntry();
        }
        if (readme != null) {
            zip.putNextEntry(new ZipEntry(readmeName));
            zip.write(readme.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        // finish, not close: the stream is the response's, and its owner closes it
        zip.finish();
        out.flush();
    }

    /** "{number} - {name}", the number zero-padded to {@code width}, the name made safe. */
    static String entryName(int number, int width, String fileName) {
        String name = Normalizer.normalize(fileName == null ? "" : fileName, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\\\\/:*?\"<>|]", "_")
                // a leading dot hides a file; Windows drops trailing dots and spaces
                .replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (name.isEmpty()) {
            name = "document";
        }
        if (name.length() > NAME_MAX) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= EXTENSION_MAX ? name.substring(dot) : "";
            int cut = NAME_MAX - extension.length();
            if (Character.isHighSurrogate(name.charAt(cut - 1))) {
                cut--;
            }
            name = name.substring(0, cut).strip() + extension;
        }
        return String.format(Locale.ROOT, "%0" + width + "d - %s", number, name);
    }
}
