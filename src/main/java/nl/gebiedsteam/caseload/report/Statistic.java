package nl.gebiedsteam.caseload.report;

import java.io.Serializable;

/**
 * A number of cases with the mean, median and 90th percentile of a duration in days. Where the
 * number of cases is published as "&lt;5" (fewer than five, or perturbed below five), nothing else is:
 * a median of three people is about those people.
 */
public record Statistic(Cell count, Long meanDays, Long medianDays, Long p90Days) implements Serializable {

    /** The durations with the number of cases as published: see {@link Publication#statistic}. */
    static Statistic of(long[] days, Cell count) {
        if (days.length == 0) {
            return new Statistic(count, null, null, null);
        }
        long[] sorted = days.clone();
        java.util.Arrays.sort(sorted);
        long sum = 0;
        for (long d : sorted) {
            sum += d;
        }
        return new Statistic(count, Math.round((double) sum / sorted.length), percentile(sorted, 50),
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
