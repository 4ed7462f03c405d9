package nl.gebiedsteam.caseload.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Small-cell suppression: the threshold at 4 vs 5, and the complementary cell where a total would give a cell away. */
class SuppressionTest {

    @Test
    void cellOf4_isHidden_cellOf5_isShown() {
        assertTrue(Suppression.isSmall(4));
        assertFalse(Suppression.isSmall(5));
        assertTrue(Suppression.isSmall(0), "zero is not told apart from a suppressed cell");
    }

    @Test
    void rowWithOneSmallCell_hidesTheSmallestOtherCellToo_becauseTheTotalWouldRevealIt() {
        // 12 + 4 + 7 = 23 published: 4 alone could be computed as 23 - 12 - 7
        assertArrayEquals(new boolean[] {false, true, true}, Suppression.ofRow(new long[] {12, 4, 7}));
    }

    @Test
    void rowWithTwoSmallCells_needsNoSecondarySuppression() {
        assertArrayEquals(new boolean[] {false, true, true}, Suppression.ofRow(new long[] {20, 3, 2}));
    }

    @Test
    void rowWithoutSmallCells_showsEverything() {
        assertArrayEquals(new boolean[] {false, false, false}, Suppression.ofRow(new long[] {5, 6, 50}));
    }

    @Test
    void rowWhoseTotalIsSmall_protectsNothing_soNoExtraCellIsHidden() {
        // the total (4) is itself suppressed, so nothing can be computed back from it
        assertArrayEquals(new boolean[] {true, true}, Suppression.ofRow(new long[] {4, 0}));
    }

    @Test
    void equalCandidates_theFirstIsTakenSoTheResultIsStable() {
        assertArrayEquals(new boolean[] {true, true, false}, Suppression.ofRow(new long[] {4, 9, 9}));
    }

    @Test
    void table_secondarySuppressionInAColumn_canRequireAnotherInARow() {
        long[][] cells = {
            {3, 10, 10},
            {10, 10, 10},
            {10, 10, 20}};
        boolean[][] hidden = Suppression.of(cells, true, true);
        // (0,0) small -> row 0 hides (0,1); column 0 hides (1,0); column 1 now has (0,1) only -> hides (1,1);
        // row 1 then has two hidden cells; every row and column has 0 or >= 2 hidden cells
        for (int r = 0; r < 3; r++) {
            int inRow = 0;
            int inColumn = 0;
            for (int c = 0; c < 3; c++) {
                inRow += hidden[r][c] ? 1 : 0;
                inColumn += hidden[c][r] ? 1 : 0;
            }
            assertTrue(inRow != 1, "row " + r);
            assertTrue(inColumn != 1, "column " + r);
        }
        assertTrue(hidden[0][0]);
        assertFalse(hidden[2][2], "a large cell away from the small one stays visible");
    }

    @Test
    void table_withoutPublishedTotals_onlyHidesTheSmallCells() {
        boolean[][] hidden = Suppression.of(new long[][] {{3, 10}, {10, 10}}, false, false);
        assertArrayEquals(new boolean[] {true, false}, hidden[0]);
        assertArrayEquals(new boolean[] {false, false}, hidden[1]);
    }
}
