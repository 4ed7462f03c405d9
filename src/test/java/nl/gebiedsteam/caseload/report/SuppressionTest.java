package nl.gebiedsteam.caseload.report;

import static nl.gebiedsteam.caseload.report.Suppression.Mark.SHOWN;
import static nl.gebiedsteam.caseload.report.Suppression.Mark.SMALL;
import static nl.gebiedsteam.caseload.report.Suppression.Mark.WITHHELD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.gebiedsteam.caseload.report.Suppression.Line;
import nl.gebiedsteam.caseload.report.Suppression.Mark;
import org.junit.jupiter.api.Test;

/**
 * Small-cell suppression: the threshold at 4 vs 5, and cells withheld where a total would give a small
 * cell away — checked by a reader who knows the total, every shown cell and what "&lt;5" and "x" mean.
 */
class SuppressionTest {

    @Test
    void cellOf4_isHidden_cellOf5_isShown() {
        assertTrue(Suppression.isSmall(4));
        assertFalse(Suppression.isSmall(5));
        assertTrue(Suppression.isSmall(0), "zero is not told apart from a suppressed cell");
    }

    @Test
    void rowWithOneSmallCell_withholdsTheSmallestOtherCellToo_becauseTheTotalWouldRevealIt() {
        // 12 + 4 + 7 = 23 published: 4 alone could be computed as 23 - 12 - 7
        assertEquals(new Line(List.of(SHOWN, SMALL, WITHHELD), SHOWN), Suppression.ofLine(new long[] {12, 4, 7}));
    }

    @Test
    void twoSmallCellsWhoseSumGivesThemAway_areProtectedByAWithheldCell() {
        // 20 + 3 + 2 = 25: the two hidden cells add up to 5, so neither can be 0 - a reader would know both hold someone
        assertEquals(new Line(List.of(WITHHELD, SMALL, SMALL), SHOWN), Suppression.ofLine(new long[] {20, 3, 2}));
        // 4 + 4 + 9: the two small cells add up to 8, so both would be 4
        assertEquals(new Line(List.of(SMALL, SMALL, WITHHELD), SHOWN), Suppression.ofLine(new long[] {4, 4, 9}));
    }

    @Test
    void twoSmallCellsThatCouldEachBeZeroOrMore_needNothingMore() {
        // 3 + 1 = 4 hidden: either could be 0 (the other 4) or 4 (the other 0)
        assertEquals(new Line(List.of(SHOWN, SMALL, SMALL), SHOWN), Suppression.ofLine(new long[] {20, 3, 1}));
    }

    @Test
    void aWithheldCellMustLeaveRoomForTheSmallOne_soAFiveIsPassedOverForALargerCell() {
        // withholding the 5 would say: hidden sum 5 = x (at least 5) + <5, so <5 is 0 and x is 5; 10 leaves room
        assertEquals(new Line(List.of(SMALL, SHOWN, WITHHELD), SHOWN), Suppression.ofLine(new long[] {0, 5, 10}));
    }

    @Test
    void whenNoCellIsLeftToWithhold_theTotalIsWithheld() {
        assertEquals(new Line(List.of(SMALL, WITHHELD), WITHHELD), Suppression.ofLine(new long[] {0, 5}));
    }

    @Test
    void rowWithoutSmallCells_showsEverything() {
        assertEquals(new Line(List.of(SHOWN, SHOWN, SHOWN), SHOWN), Suppression.ofLine(new long[] {5, 6, 50}));
    }

    @Test
    void rowWhoseTotalIsSmall_protectsNothing_soNoExtraCellIsHidden() {
        // the total (4) is itself suppressed, so nothing can be computed back from it
        assertEquals(new Line(List.of(SMALL, SMALL), SMALL), Suppression.ofLine(new long[] {4, 0}));
    }

    @Test
    void equalCandidates_theFirstIsTakenSoTheResultIsStable() {
        assertEquals(new Line(List.of(SMALL, WITHHELD, SHOWN), SHOWN), Suppression.ofLine(new long[] {4, 9, 9}));
    }

    /**
     * Thousands of random lines against a reader who tries every possible value of the hidden cells:
     * whatever they know, each small cell could still be 0 and could still hold someone.
     */
    @Test
    void noReader_canTellAnySmallCellFromZero_orKnowsItIsEmpty() {
        Random random = new Random(20261205);
        for (int run = 0; run < 5000; run++) {
            long[] cells = new long[2 + random.nextInt(4)];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(14);
            }
            Line line = Suppression.ofLine(cells);
            if (line.total() != SHOWN) {
                continue;
            }
            for (int i = 0; i < cells.length; i++) {
                if (line.cells().get(i) == SMALL) {
                    String what = java.util.Arrays.toString(cells) + " " + line.cells() + " cell " + i;
                    assertTrue(possible(cells, line.cells(), i, 0), what + " could be 0");
                    assertTrue(possible(cells, line.cells(), i, 1), what + " could be 1");
                }
            }
        }
    }

    /** Whether the hidden cells can take values that fit the marks, add up to the known sum, with cell {@code i} = v. */
    private static boolean possible(long[] cells, List<Mark> marks, int i, long v) {
        long sum = 0;
        List<Mark> others = new ArrayList<>();
        for (int c = 0; c < cells.length; c++) {
            if (marks.get(c) != SHOWN) {
                sum += cells[c];
                if (c != i) {
                    others.add(marks.get(c));
                }
            }
        }
        long rest = sum - v;
        long least = others.stream().mapToLong(m -> m == WITHHELD ? 5 : 0).sum();
        boolean unbounded = others.contains(WITHHELD);
        long most = others.stream().mapToLong(m -> m == SMALL ? 4 : 0).sum();
        return rest >= least && (unbounded || rest <= most);
    }
}
