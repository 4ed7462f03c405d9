package nl.gebiedsteam.caseload.document;

import java.io.Serializable;
import java.time.LocalDate;

/** A document as listed on the file. */
public record DocumentRow(long id, long version, String title, DocumentKind kind, LocalDate documentDate,
        String fileName, String mediaType, long sizeBytes, Long measureId, String createdBy) implements Serializable {
}
