package nl.gebiedsteam.caseload.report;

import java.util.Collections;
import java.util.List;

/**
 * Small-cell suppression for published counts (DOMAIN.md "Annual and periodic reporting"), one line
 * (a breakdown's categories with their total) at a time.
 *
 * <p><b>Primary:</b> every cell below {@link #THRESHOLD} is {@link Mark#SMALL}, shown as "&lt;5" —
 * zero included, and the report lists empty categories too, so a reader cannot tell an empty cell
 * from a suppressed one.
 *
 * <p><b>Secondary:</b> the total is published, so the hidden cells' sum is known. Cells of 5 or more
 * are {@link Mark#WITHHELD} (shown as "x", which says they hold at least 5) until, for a reader who
 * knows the total, the shown cells and what the marks mean, every small cell could still be empty
 * and could still hold someone. Otherwise one small cell next to a total gives itself away, two small
 * cells with a known sum of 8 are both 4, and a small cell beside a withheld one in a hidden sum of 5
 * is empty. The next cell withheld is the smallest that is enough, else the largest (first in order
 * when equal). When no cell is left to withhold, the total itself is withheld. A total below the
 * threshold is small itself and protects nothing.
 *
 * <p>The result says what to hide; the service replaces it before anything leaves it, so no export
 * path can see the true value.
 */
public final class Suppression {

    public static final int THRESHOLD = 5;
    /** The most a small cell can hold. */
    private static final long SMALL_MAX = THRESHOLD - 1;

    /** How a number is published. */
    public enum Mark {
        SHOWN, SMALL, WITHHELD
    }

    /** One line as published: a mark per cell, in order, and one for the total. */
    public record Line(List<Mark> cells, Mark total) {
    }

    private Suppression() {
    }

    /** A count on its own (no total beside it) is only ever small. */
    public static boolean isSmall(long value) {
        return value < THRESHOLD;
    }

    /** The marks of one line of cells whose total is published. */
    public static Line ofLine(long[] cells) {
        Mark[] marks = new Mark[cells.length];
        long total = 0;
        for (int i = 0; i < cells.length; i++) {
            marks[i] = isSmall(cells[i]) ? Mark.SMALL : Mark.SHOWN;
            total += cells[i];
        }
        if (isSmall(total)) {
            return new Line(List.of(marks), Mark.SMALL);
        }
        while (!isProtected(cells, marks)) {
            int next = nextToWithhold(cells, marks);
            if (next < 0) {
                return new Line(List.of(marks), Mark.WITHHELD);
            }
            marks[next] = Mark.WITHHELD;
        }
        return new Line(List.of(marks), Mark.SHOWN);
    }

    /** Every cell shown: the line before suppression. */
    public static Line unsuppressed(long[] cells) {
        return new Line(Collections.nCopies(cells.length, Mark.SHOWN), Mark.SHOWN);
    }

    /**
     * Whether each small cell can still be 0 and can still be 1 or more, given the sum of the hidden
     * cells (total minus the shown ones), that a small cell holds at most 4 and a withheld one at least 5.
     */
    static boolean isProtected(long[] cells, Mark[] marks) {
        Hidden hidden = Hidden.of(cells, marks);
        if (hidden.small == 0) {
            return true;
        }
        // 0 when a withheld cell (no upper bound) or the other small cells can take the whole sum
        boolean canBeZero = hidden.withheld > 0 || hidden.sum <= SMALL_MAX * (hidden.small - 1);
        // 1 or more when the withheld cells, at their minimum, leave something over
        return canBeZero && hidden.slack() >= 1;
    }

    /** The shown cell to withhold next, or -1 when every cell is hidden already. */
    private static int nextToWithhold(long[] cells, Mark[] marks) {
        long needed = 1 - Hidden.of(cells, marks).slack();
        int enough = -1;
        int largest = -1;
        for (int i = 0; i < cells.length; i++) {
            if (marks[i] != Mark.SHOWN) {
                continue;
            }
            if (cells[i] - THRESHOLD >= needed && (enough < 0 || cells[i] < cells[enough])) {
                enough = i;
            }
            if (largest < 0 || cells[i] > cells[largest]) {
                largest = i;
            }
        }
        return enough >= 0 ? enough : largest;
    }

    /** The hidden cells of a line: how many are small, how many withheld, and their sum. */
    private record Hidden(int small, int withheld, long sum) {

        static Hidden of(long[] cells, Mark[] marks) {
            int small = 0;
            int withheld = 0;
            long sum = 0;
            for (int i = 0; i < cells.length; i++) {
                small += marks[i] == Mark.SMALL ? 1 : 0;
                withheld += marks[i] == Mark.WITHHELD ? 1 : 0;
                sum += marks[i] == Mark.SHOWN ? 0 : cells[i];
            }
            return new Hidden(small, withheld, sum);
        }

        /** What the sum leaves for the small cells once every withheld cell has its minimum of 5. */
        long slack() {
            return sum - (long) THRESHOLD * withheld;
        }
    }
}
