package nl.gebiedsteam.caseload.review;

import java.io.Serializable;
import java.util.Map;

/**
 * One caseworker's line on the overview: open pathways per status and the count of each metric.
 * {@code workerId} is null for the team's totals line.
 */
public record OverviewRow(Long workerId, String name, Map<String, Long> openByStatus, Map<OverviewMetric, Long> counts,
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
}
