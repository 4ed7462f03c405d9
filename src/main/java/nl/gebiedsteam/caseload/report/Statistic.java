package nl.gebiedsteam.caseload.report;

import java.io.Serializable;

/**
 * A number of cases with the mean, median and 90th percentile of a duration in days. With fewer
 * than five cases nothing but "&lt;5" is published: a median of three people is about those people.
 */
public record Statistic(Cell count, Long meanDays, Long medianDays, Long p90Days) implements Serializable {

    /** The count and the durations, published or not: see {@link Publication#statistic}. */
    static Statistic of(long[] days) {
        if (days.length == 0) {
            return new Statistic(Cell.of(0), null, null, null);
        }
        long[] sorted = days.clone();
        java.util.Arrays.sort(sorted);
        long sum = 0;
        for (long d : sorted) {
            sum += d;
        }
        return new Statistic(Cell.of(sorted.length), Math.round((double) sum / sorted.length), percentile(sorted, 50),
                percentile(sorted, 90));
    }

    static Statistic suppressed() {
        return new Statistic(Cell.small(), null, null, null);
    }

    /** Nearest-rank percentile: the smallest value with at least p % of the cases at or below it. */
    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
