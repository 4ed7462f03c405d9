package nl.gebiedsteam.caseload.review;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One caseworker's line on the overview: open pathways per status, the count of each metric, and
 * the caseload against their own norm (issue 25): the weighted points of their open pathways, their
 * hours (null: no norm), the norm in points, the load as a percentage of it, and whether they are
 * above it. {@code normVersion} is the version of the hours the team lead saw (0: none yet).
 * {@code workerId} is null for the team's totals line.
 */
public record OverviewRow(Long workerId, String name, Map<String, Long> openByStatus, Map<OverviewMetric, Long> counts,
        BigDecimal weighted, BigDecimal hours, long normVersion, BigDecimal normPoints, Integer loadPercent,
        boolean overloaded) implements Serializable {

    public long count(OverviewMetric metric) {
        return counts.getOrDefault(metric, 0L);
    }

    public long openPathways() {
        return count(OverviewMetric.OPEN_PATHWAYS);
    }

    public long openIn(String status) {
        return openByStatus.getOrDefault(status, 0L);
    }

    public boolean hasNorm() {
        return normPoints != null;
    }
}
