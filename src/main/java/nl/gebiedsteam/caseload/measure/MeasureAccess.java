package nl.gebiedsteam.caseload.measure;

import java.io.Serializable;

/** What the file page may show: the measures themselves, or only that restricted items exist. */
public record MeasureAccess(boolean mayRead, long restrictedItems) implements Serializable {
}
