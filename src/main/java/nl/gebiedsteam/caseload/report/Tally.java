package nl.gebiedsteam.caseload.report;

/**
 * A count with its cell key: the sum of the record keys of what it counts (see {@link Perturbation}).
 * A record counted twice (a client with two pathways) adds its key twice.
 */
final class Tally {

    private long count;
    private long key;

    /** A count done elsewhere (a GROUP BY) with the sum of its record keys. */
    static Tally of(long count, long key) {
        Tally tally = new Tally();
        tally.count = count;
        tally.key = key;
        return tally;
    }

    /** {@code times} records of the one whose key is {@code recordKey}. */
    void add(long recordKey, long times) {
        count += times;
        key += recordKey * times;
    }

    void add(long recordKey) {
        add(recordKey, 1);
    }

    /** Everything {@code other} counts as well. */
    void add(Tally other) {
        count += other.count;
        key += other.key;
    }

    long count() {
        return count;
    }

    long key() {
        return key;
    }
}
