package nl.gebiedsteam.caseload.report;

import java.io.Serializable;
import java.util.List;

/** Persons helped, split by one dimension, with the total; suppressed per period. */
public record Breakdown(String dimension, List<BreakdownRow> rows, Cell total, Cell previousTotal)
        implements Serializable {

    /** The same breakdown with the total of this period, or of the one before, withheld. */
    Breakdown withTotalWithheld(boolean previous) {
        return previous ? new Breakdown(dimension, rows, total, Cell.withheld())
                : new Breakdown(dimension, rows, Cell.withheld(), previousTotal);
    }
}
