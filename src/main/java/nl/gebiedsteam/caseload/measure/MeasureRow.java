package nl.gebiedsteam.caseload.measure;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A measure as the register lists it, with its place in an extension chain and its expiry status.
 * {@code verifiedDocumentId} and {@code verifiedDocumentTitle} name the document it was checked
 * against; both are null when there is none or that document was voided since.
 */
public record MeasureRow(long id, long version, String typeName, MeasureKind kind, String legalBasis,
        String decidingAuthority, String executingOrganisation, LocalDate decisionDate, LocalDate startDate,
        LocalDate endDate, LocalDate reviewDate, String conditions, boolean treatmentObligation, boolean substanceBan,
        boolean locationBan, boolean contactBan, LearnedVia learnedVia, boolean verified, Long extendsMeasureId,
        MeasureOutcome outcome, LocalDate outcomeDate, String outcomeNote, ExpiryStatus expiry, int chainPosition,
        Long verifiedDocumentId, String verifiedDocumentTitle) implements Serializable {
}
