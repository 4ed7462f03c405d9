package nl.gebiedsteam.caseload.measure;

/**
 * The states of {@link MeasureRules#expiryStatus} as SQL conditions on a {@code coercion_measure}
 * row aliased {@code m}: the one text of each rule, used by the expiry job, "my work", the team
 * overview, the list of expiring measures and the annual report. The arguments are the query's
 * own placeholders (for example {@code "?1"}), so each caller keeps its numbering.
 *
 * <p>A voided measure is in none of these states; {@code MeasureConditionsIT} checks the SQL and
 * the Java rule against each other on a measure of every kind.
 */
public final class MeasureConditions {

    /**
     * Still open in the register (running, expiring or overdue): not voided, no outcome recorded,
     * and not continued by an extension.
     */
    public static final String OPEN = """
            m.voided = FALSE AND m.outcome IS NULL
            AND NOT EXISTS (SELECT 1 FROM coercion_measure e WHERE e.extends_measure_id = m.id AND e.voided = FALSE)""";

    private MeasureConditions() {
    }

    /** {@link ExpiryStatus#EXPIRING}: open, and ends today or on a day up to the window's last day. */
    public static String expiring(String today, String lastDayOfWindow) {
        return "(" + OPEN + " AND m.end_date >= " + today + " AND m.end_date <= " + lastDayOfWindow + ")";
    }

    /** {@link ExpiryStatus#OVERDUE}: open, and its end date has passed. */
    public static String overdue(String today) {
        return "(" + OPEN + " AND m.end_date < " + today + ")";
    }

    /**
     * Expiring or overdue: what a caseworker must act on. Written as the two states it joins, so it
     * cannot drift from either.
     */
    public static String expiringOrOverdue(String today, String lastDayOfWindow) {
        return "(" + expiring(today, lastDayOfWindow) + " OR " + overdue(today) + ")";
    }

    /**
     * In force on some day from {@code from} to {@code to}: not voided, started by {@code to}, and
     * not ended before {@code from}. It ends on its end date, or earlier on the day of an outcome
     * that lifted it.
     */
    public static String inForceDuring(String from, String to) {
        return "(m.voided = FALSE AND m.start_date <= " + to
                + " AND LEAST(m.end_date, COALESCE(m.outcome_date, m.end_date)) >= " + from + ")";
    }
}
