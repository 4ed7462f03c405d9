package nl.gebiedsteam.caseload.measure;

import java.io.Serializable;
import java.time.LocalDate;

/** A measure as the register lists it, with its place in an extension chain and its expiry status. */
public record MeasureRow(long id, long version, String typeName, MeasureKind kind, String legalBasis,
        String decidingAuthority, String executingOrganisation, LocalDate decisionDate, LocalDate startDate,
        LocalDate endDate, LocalDate reviewDate, String conditions, boolean treatmentObligation, boolean substanceBan,
        boolean locationBan, boolean contactBan, LearnedVia learnedVia, boolean verified, Long extendsMeasureId,
        MeasureOutcome outcome, LocalDate outcomeDate, String outcomeNote, ExpiryStatus expiry, int chainPosition)
        implements Serializable {
}
