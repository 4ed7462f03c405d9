package nl.gebiedsteam.caseload.document;

import java.io.Serializable;
import java.time.LocalDate;

/** A measure of the client that a document can belong to, as the upload form offers it. */
public record MeasureChoice(long id, String typeName, LocalDate startDate, LocalDate endDate) implements Serializable {
}
