package nl.gebiedsteam.caseload.report;

import java.io.Serializable;
import java.util.List;

/** A count split by one dimension, with the total, for the period and (where compared) the one before. */
public record Breakdown(String dimension, List<BreakdownRow> rows, Cell total, Cell previousTotal)
        implements Serializable {
}
