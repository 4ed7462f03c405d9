package nl.gebiedsteam.caseload.review;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The caseload norm of one worker, as pure arithmetic (issue 25): a full-time week is 36 hours (CAO
 * Gemeenten), a full-time worker carries the team's points per FTE (20 unless the team lead sets
 * another), and a part-timer their share of it. Each open pathway counts with its weight
 * ({@link nl.gebiedsteam.caseload.pathway.PathwayWeight}). Overloaded means above one's own norm;
 * a worker without hours has no norm and is never overloaded, and nobody's norm depends on anyone
 * else's caseload.
 */
public final class Norms {

    public static final BigDecimal FULL_TIME_HOURS = new BigDecimal("36");
    public static final BigDecimal DEFAULT_POINTS_PER_FTE = new BigDecimal("20");
    public static final BigDecimal MIN_HOURS = BigDecimal.ONE;
    public static final BigDecimal MAX_HOURS = new BigDecimal("40");
    public static final BigDecimal MIN_POINTS_PER_FTE = BigDecimal.ONE;
    public static final BigDecimal MAX_POINTS_PER_FTE = new BigDecimal("100");

    private Norms() {
    }

    /** The norm in weighted points, to one decimal; null without hours. */
    public static BigDecimal points(BigDecimal hours, BigDecimal pointsPerFte) {
        return hours == null ? null : hours.multiply(pointsPerFte).divide(FULL_TIME_HOURS, 1, RoundingMode.HALF_UP);
    }

    /** Above the norm, compared exactly (weighted × 36 against hours × points per FTE), not to the rounded norm. */
    public static boolean overloaded(BigDecimal weighted, BigDecimal hours, BigDecimal pointsPerFte) {
        return hours != null && weighted.multiply(FULL_TIME_HOURS).compareTo(hours.multiply(pointsPerFte)) > 0;
    }

    /** The weighted caseload as a whole percentage of the norm; null without hours. */
    public static Integer loadPercent(BigDecimal weighted, BigDecimal hours, BigDecimal pointsPerFte) {
        if (hours == null) {
            return null;
        }
        return weighted.multiply(FULL_TIME_HOURS).multiply(BigDecimal.valueOf(100))
                .divide(hours.multiply(pointsPerFte), 0, RoundingMode.HALF_UP).intValueExact();
    }

    /** Hours within 1–40 with at most one decimal, or null (no norm). */
    static boolean validHours(BigDecimal hours) {
        return hours == null || within(hours, MIN_HOURS, MAX_HOURS);
    }

    static boolean validPointsPerFte(BigDecimal points) {
        return points != null && within(points, MIN_POINTS_PER_FTE, MAX_POINTS_PER_FTE);
    }

    private static boolean within(BigDecimal value, BigDecimal min, BigDecimal max) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0 && value.stripTrailingZeros().scale() <= 1;
    }
}
