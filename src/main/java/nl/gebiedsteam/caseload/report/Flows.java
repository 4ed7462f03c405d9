package nl.gebiedsteam.caseload.report;

import java.io.Serializable;

/** Stock at the start, inflow, outflow, stock at the end and total active in the period. */
public record Flows(Cell stockAtStart, Cell inflow, Cell outflow, Cell stockAtEnd, Cell totalActive)
        implements Serializable {
}
