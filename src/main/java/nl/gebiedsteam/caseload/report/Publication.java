package nl.gebiedsteam.caseload.report;

/**
 * How a calculated report publishes its numbers. Only {@link #SUPPRESSED} ever leaves the
 * application (ReportService); {@link #UNSUPPRESSED} lets the tests of this package assert the
 * true numbers next to the published ones, with the same code computing both.
 */
enum Publication {
    SUPPRESSED, UNSUPPRESSED;

    /** A count on its own: shown only from the threshold up. */
    Cell count(long value) {
        return this == SUPPRESSED && Suppression.isSmall(value) ? Cell.suppressed() : Cell.of(value);
    }

    /** Which cells of a breakdown with a published total to hide (primary and secondary suppression). */
    boolean[] hidden(long[] row) {
        return this == SUPPRESSED ? Suppression.ofRow(row) : new boolean[row.length];
    }

    /** Durations in days: with fewer than five cases nothing but "&lt;5" is published. */
    Statistic statistic(long[] days) {
        return this == SUPPRESSED && Suppression.isSmall(days.length) ? Statistic.suppressed() : Statistic.of(days);
    }
}
