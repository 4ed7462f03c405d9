package nl.gebiedsteam.caseload.report;

/**
 * How a calculated report publishes its numbers. Only {@link #PERTURBED} ever leaves the
 * application (ReportService); {@link #EXACT} lets the tests of this package assert the true
 * numbers next to the published ones, with the same code computing both.
 */
enum Publication {
    PERTURBED, EXACT;

    /** A count as published: see {@link Perturbation}. */
    Cell count(Tally tally) {
        return this == PERTURBED ? Perturbation.publish(tally.count(), tally.key()) : Cell.of(tally.count());
    }

    /**
     * Durations in days of the cases {@code tally} counts. The number of cases is a count like any
     * other; where it is published as "&lt;5", so are the durations, since a median of three people is
     * about those people.
     */
    Statistic statistic(long[] days, Tally tally) {
        Cell count = count(tally);
        return count.isSuppressed() ? Statistic.suppressed() : Statistic.of(days, count);
    }
}
