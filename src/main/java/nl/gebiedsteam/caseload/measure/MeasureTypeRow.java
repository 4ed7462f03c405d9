package nl.gebiedsteam.caseload.measure;

import java.io.Serializable;

/** A measure type on the admin page, and the values entered for a new or changed one. */
public record MeasureTypeRow(Long id, long version, String code, String name, MeasureKind kind, String legalBasis,
        String decidingAuthority, Integer typicalMaxDays, boolean active, boolean inUse) implements Serializable {
}
