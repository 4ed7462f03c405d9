package nl.gebiedsteam.caseload.report;

import java.io.Serializable;
import java.util.List;

/** Persons helped, split by one dimension, with the total; suppressed per period. */
public record Breakdown(String dimension, List<BreakdownRow> rows, Cell total, Cell previousTotal)
        implements Serializable {
}
