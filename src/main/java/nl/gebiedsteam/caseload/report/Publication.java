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
        return this == SUPPRESSED && Suppression.isSmall(value) ? Cell.small() : Cell.of(value);
    }

    /**
     * A count rounded to the nearest multiple of five (5 to 7 as 5, 8 to 12 as 10), below five "&lt;5":
     * for the trend, whose years stand on their own. A year's report may have to withhold persons helped
     * where a breakdown would otherwise give a small category away (ReportCalculation); the exact count
     * in the trend would undo that.
     */
    Cell rounded(long value) {
        return this == SUPPRESSED ? (Suppression.isSmall(value) ? Cell.small() : Cell.of((value + 2) / 5 * 5))
                : Cell.of(value);
    }

    /** How the cells of a breakdown and its total are published (primary and secondary suppression). */
    Suppression.Line line(long[] cells) {
        return this == SUPPRESSED ? Suppression.ofLine(cells) : Suppression.unsuppressed(cells);
    }

    /** Durations in days: with fewer than five cases nothing but "&lt;5" is published. */
    Statistic statistic(long[] days) {
        return this == SUPPRESSED && Suppression.isSmall(days.length) ? Statistic.suppressed() : Statistic.of(days);
    }
}
