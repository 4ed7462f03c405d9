package nl.gebiedsteam.caseload.report;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Optional;

/**
 * The periods a report can cover: a calendar year, a half year or a quarter. Fixed periods keep the
 * number of overlapping reports an analyst could set against each other small: a period of any
 * length would let two reports a month apart isolate the people of that month.
 */
public enum ReportPeriod {
    YEAR(1, 12), FIRST_HALF(1, 6), SECOND_HALF(7, 12), Q1(1, 3), Q2(4, 6), Q3(7, 9), Q4(10, 12);

    private final int firstMonth;
    private final int lastMonth;

    ReportPeriod(int firstMonth, int lastMonth) {
        this.firstMonth = firstMonth;
        this.lastMonth = lastMonth;
    }

    public LocalDate from(int year) {
        return LocalDate.of(year, firstMonth, 1);
    }

    public LocalDate to(int year) {
        return LocalDate.of(year, lastMonth, 1).with(TemporalAdjusters.lastDayOfMonth());
    }

    /** Whether this period lies inside {@code other} (a quarter in its half and year, say). */
    public boolean isWithin(ReportPeriod other) {
        return other.firstMonth <= firstMonth && lastMonth <= other.lastMonth;
    }

    /** The period that runs from {@code from} to {@code to}, if that is one of these. */
    public static Optional<ReportPeriod> of(LocalDate from, LocalDate to) {
        if (from == null || to == null || from.getYear() != to.getYear()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(p -> p.from(from.getYear()).equals(from) && p.to(to.getYear()).equals(to))
                .findFirst();
    }
}
