package nl.gebiedsteam.caseload.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What the benchmarks share: set-based seeding over plain JDBC, waiting for a quiet machine, timing. */
final class Benchmarks {

    /** 0..9, cross-joined into a numbers table (no recursion limits, no sequence engine needed). */
    static final String DIGITS = "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 "
            + "UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 "
            + "UNION ALL SELECT 9)";
    static final String AUDIT = "1, @now, 'benchmark', @now, 'benchmark'";
    static final String AUDIT_COLUMNS = "version, created_at, created_by, modified_at, modified_by";

    /** One timed call. */
    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    /** Sets the session variables (@now, dates) the seed statements use. */
    @FunctionalInterface
    interface Variables {
        void set(Connection c) throws SQLException;
    }

    /** Durations of the calls, the wall time of the whole run and how many calls failed. */
    record Run(long[] nanos, long wallNanos, int errors) {

        double percentile(int p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
        }

        double max() {
            return Arrays.stream(nanos).max().orElse(0) / 1e6;
        }

        double perSecond() {
            return nanos.length / (wallNanos / 1e9);
        }
    }

    private Benchmarks() {
    }

    /** Runs the step {@code runs} times, one after the other; a failing call fails the benchmark. */
    static Run time(int runs, Step step) {
        long[] nanos = new long[runs];
        long begin = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            try {
                step.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            nanos[i] = System.nanoTime() - t;
        }
        return new Run(nanos, System.nanoTime() - begin, 0);
    }

    /**
     * Runs the seed statements in one transaction (committing before an ANALYZE, which would commit
     * anyway), printing each statement's time; on any failure nothing stays behind.
     */
    static void seed(Connection c, Variables variables, List<String> statements) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement statement = c.createStatement()) {
            statement.execute("SET @now = UTC_TIMESTAMP(6)");
            variables.set(c);
            for (String sql : statements) {
                if (sql.startsWith("ANALYZE")) {
                    c.commit();
                }
                long t = System.nanoTime();
                statement.execute(sql);
                if (sql.startsWith("ANALYZE")) {
                    try (ResultSet ignored = statement.getResultSet()) {
                        // the status rows of ANALYZE
                    }
                }
                System.out.printf(Locale.ROOT, "BENCHMARK seed step %6d ms  %s%n", ms(System.nanoTime() - t),
                        sql.length() > 90 ? sql.substring(0, 90) + "…" : sql);
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /**
     * Other work on this 2-core machine (a parallel build) distorts every timing: waits up to two
     * minutes for the load average to drop to the number of cores, warns when it does not, and
     * returns the load average when measuring starts.
     */
    static double quietMachine() throws InterruptedException {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < 24 && os.getSystemLoadAverage() > os.getAvailableProcessors(); i++) {
            Thread.sleep(5_000);
        }
        if (os.getSystemLoadAverage() > os.getAvailableProcessors()) {
            System.out.printf(Locale.ROOT, "BENCHMARK WARNING: machine busy (load average %.2f on %d cores), "
                    + "the timings below are not representative%n", os.getSystemLoadAverage(),
                    os.getAvailableProcessors());
        }
        return os.getSystemLoadAverage();
    }

    static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    static long single(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }
}
