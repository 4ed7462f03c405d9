package nl.gebiedsteam.caseload.report;

import java.io.Serializable;

/** One category of a breakdown: its code (translated on the page), this period and the one before. */
public record BreakdownRow(String code, Cell count, Cell previous) implements Serializable {
}
