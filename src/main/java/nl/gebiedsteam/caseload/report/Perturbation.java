package nl.gebiedsteam.caseload.report;

/**
 * How a count is published: the cell-key method of the Australian Bureau of Statistics and the
 * European census, with the small-cell rule of DOMAIN.md on top.
 *
 * <p>Every client and every signal has a random record key ({@code record_key}, 32 bits). A cell's
 * key is the sum of the keys of the records it counts, modulo 2<sup>32</sup>, and picks the noise added
 * to the cell: -2 to +2, zero with probability 0.4, ±1 with 0.2 each, ±2 with 0.1 each. The noise is
 * a function of which records the cell counts, nothing else, so the same people counted in two
 * places (a team's row in the all-teams table and that team's own report, the trend and the year
 * report, a stock at the end of one quarter and at the start of the next) get the same number,
 * and asking again, in another format or another order, never draws new noise to average away.
 *
 * <p>What is published, for a true count {@code n} with noise {@code d}:
 * <ul>
 * <li>"&lt;5" when {@code n} is below 5, zero included: a small count is never shown, perturbed or not;</li>
 * <li>"&lt;5" when {@code n + d} is below 5;</li>
 * <li>{@code n + d} otherwise.</li>
 * </ul>
 * So a shown number {@code v} says the truth lies in [max(5, v-2), v+2] and "&lt;5" that it lies in
 * [0, 6]: every published number leaves at least three possibilities, and a sum or difference of
 * published numbers leaves more. Totals are perturbed as cells of their own, so a table's cells need
 * not add up to its total exactly: that is the price of not giving away a cell by subtraction.
 */
public final class Perturbation {

    /** Counts below this are published as "&lt;5". */
    public static final int THRESHOLD = 5;
    /** The largest noise, either way. */
    public static final int MAX_NOISE = 2;
    /** Where each noise value starts on [0, 2^32), the cell key's range: -2, -1, 0, +1, +2. */
    private static final long[] FROM = {0, share(0.1), share(0.3), share(0.7), share(0.9)};

    private Perturbation() {
    }

    /** A count on its own, published. */
    static Cell publish(long count, long cellKey) {
        if (count < THRESHOLD) {
            return Cell.small();
        }
        long shown = count + noise(cellKey);
        return shown < THRESHOLD ? Cell.small() : Cell.of(shown);
    }

    /** The noise a cell key stands for: only its low 32 bits count (the sum of the record keys modulo 2^32). */
    static int noise(long cellKey) {
        long key = cellKey & 0xFFFF_FFFFL;
        int step = FROM.length - 1;
        while (key < FROM[step]) {
            step--;
        }
        return step - MAX_NOISE;
    }

    private static long share(double probability) {
        return Math.round(probability * (1L << 32));
    }
}
