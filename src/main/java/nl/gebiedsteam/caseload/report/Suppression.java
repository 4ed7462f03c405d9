package nl.gebiedsteam.caseload.report;

/**
 * Small-cell suppression for published counts (DOMAIN.md "Annual and periodic reporting").
 *
 * <p><b>Primary:</b> every cell below {@link #THRESHOLD} is shown as "&lt;5" — zero included, so a
 * reader cannot tell an empty cell from a suppressed one.
 *
 * <p><b>Secondary:</b> where a row or column total is published, a single suppressed cell in that
 * row or column could be computed back from the total and the other cells, so a second cell is
 * suppressed too: the smallest cell still shown (first in order when equal). This is repeated
 * until no row or column has exactly one suppressed cell, because a suppression in a column can
 * expose a row again. Totals themselves are cells: a total below the threshold is suppressed and
 * then protects nothing.
 *
 * <p>The result says which cells to hide; the service replaces them before anything leaves it,
 * so no export path can see the true value.
 */
public final class Suppression {

    public static final int THRESHOLD = 5;

    private Suppression() {
    }

    /** Suppression of a single breakdown (one row of categories with a published total). */
    public static boolean[] ofRow(long[] cells) {
        return of(new long[][] {cells}, true, false)[0];
    }

    /**
     * @param cells             counts, [row][column]
     * @param rowTotalsPublished whether each row's total is published next to it
     * @param columnTotalsPublished whether each column's total is published under it
     * @return true where the cell must be shown as "&lt;5"
     */
    public static boolean[][] of(long[][] cells, boolean rowTotalsPublished, boolean columnTotalsPublished) {
        int rows = cells.length;
        int columns = rows == 0 ? 0 : cells[0].length;
        boolean[][] hidden = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                hidden[r][c] = isSmall(cells[r][c]);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            if (rowTotalsPublished) {
                for (int r = 0; r < rows; r++) {
                    if (!isSmall(rowTotal(cells, r)) && countHiddenInRow(hidden, r) == 1) {
                        changed |= hideSmallestShownInRow(cells, hidden, r);
                    }
                }
            }
            if (columnTotalsPublished) {
                for (int c = 0; c < columns; c++) {
                    if (!isSmall(columnTotal(cells, c)) && countHiddenInColumn(hidden, c) == 1) {
                        changed |= hideSmallestShownInColumn(cells, hidden, c);
                    }
                }
            }
        }
        return hidden;
    }

    /** A total is suppressed on its own when it is small. */
    public static boolean isSmall(long value) {
        return value < THRESHOLD;
    }

    private static long rowTotal(long[][] cells, int r) {
        long sum = 0;
        for (long value : cells[r]) {
            sum += value;
        }
        return sum;
    }

    private static long columnTotal(long[][] cells, int c) {
        long sum = 0;
        for (long[] row : cells) {
            sum += row[c];
        }
        return sum;
    }

    private static int countHiddenInRow(boolean[][] hidden, int r) {
        int count = 0;
        for (boolean h : hidden[r]) {
            count += h ? 1 : 0;
        }
        return count;
    }

    private static int countHiddenInColumn(boolean[][] hidden, int c) {
        int count = 0;
        for (boolean[] row : hidden) {
            count += row[c] ? 1 : 0;
        }
        return count;
    }

    private static boolean hideSmallestShownInRow(long[][] cells, boolean[][] hidden, int r) {
        int best = -1;
        for (int c = 0; c < cells[r].length; c++) {
            if (!hidden[r][c] && (best < 0 || cells[r][c] < cells[r][best])) {
                best = c;
            }
        }
        if (best < 0) {
            return false;
        }
        hidden[r][best] = true;
        return true;
    }

    private static boolean hideSmallestShownInColumn(long[][] cells, boolean[][] hidden, int c) {
        int best = -1;
        for (int r = 0; r < cells.length; r++) {
            if (!hidden[r][c] && (best < 0 || cells[r][c] < cells[best][c])) {
                best = r;
            }
        }
        if (best < 0) {
            return false;
        }
        hidden[best][c] = true;
        return true;
    }
}
