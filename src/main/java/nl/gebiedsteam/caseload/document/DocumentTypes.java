package nl.gebiedsteam.caseload.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file is, read from its bytes (Apache Tika's magic numbers), never from its name. The name
 * only narrows a container type down (a zip whose name ends in .docx is a Word document); a name that
 * the bytes contradict (an executable called report.pdf, a PDF called notes.docx) is refused.
 */
final class DocumentTypes {

    static final Set<String> ALLOWED = Set.of("application/pdf", "image/jpeg", "image/png", "image/gif", "image/tiff",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text");
    private static final Tika TIKA = new Tika();
    private static final MediaTypeRegistry REGISTRY = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    private DocumentTypes() {
    }

    /**
     * The type of the bytes at the start of {@code content} (which must support mark and reset; it is
     * reset), or empty when they are not an allowed type or contradict the name.
     */
    static Optional<String> detect(InputStream content, String fileName) throws IOException {
        MediaType fromBytes = MediaType.parse(TIKA.detect(content));
        MediaType fromName = MediaType.parse(TIKA.detect(fileName));
        MediaType type = REGISTRY.isSpecializationOf(fromName, fromBytes) ? fromName : fromBytes;
        boolean contradicted = !fromName.equals(MediaType.OCTET_STREAM) && !fromName.equals(type);
        String base = type.getBaseType().toString();
        return contradicted || !ALLOWED.contains(base) ? Optional.empty() : Optional.of(base);
    }
}
