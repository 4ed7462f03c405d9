package nl.gebiedsteam.caseload.review;

import java.io.Serializable;

/** Pathways started (inflow) and closed (outflow) in one month, "yyyy-MM". */
public record MonthFlow(String month, long inflow, long outflow) implements Serializable {
}
