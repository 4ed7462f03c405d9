package nl.gebiedsteam.caseload.review;

import java.io.Serializable;

/**
 * A line behind a figure: the client (or, for unlinked signals, the signal) with its caseworker
 * and what made it count, as text ready to show (a status, a date, a provider).
 */
public record DrillDownRow(long refId, Long clientId, String name, String responsibleName, String detail)
        implements Serializable {
}
