package nl.gebiedsteam.caseload.review;

import java.io.Serializable;
import java.util.List;

/**
 * The team lead's overview: a line per caseworker, the team's totals, what is not assigned to
 * anyone, the team average caseload, and inflow and outflow over the last twelve months.
 */
public record Overview(List<OverviewRow> rows, OverviewRow totals, long unassignedClients, long unlinkedSignals,
        double averageCaseload, List<MonthFlow> months, int noContactDays, int expiryWindowDays, int referralWaitDays)
        implements Serializable {
}
