package nl.gebiedsteam.caseload.review;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The team lead's overview: a line per caseworker with their caseload against their own norm, the
 * team's totals, what is not assigned to anyone, the team's points per FTE (its own, or the default
 * when {@code defaultNorm}; {@code teamNormVersion} 0 means none set yet), and inflow and outflow
 * over the last twelve months.
 */
public record Overview(List<OverviewRow> rows, OverviewRow totals, long unassignedClients, long unlinkedSignals,
        BigDecimal pointsPerFte, long teamNormVersion, boolean defaultNorm, List<MonthFlow> months, int noContactDays,
        int expiryWindowDays, int referralWaitDays) implements Serializable {

    public BigDecimal fullTimeHours() {
        return Norms.FULL_TIME_HOURS;
    }
}
