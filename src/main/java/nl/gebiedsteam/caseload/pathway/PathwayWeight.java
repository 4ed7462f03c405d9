package nl.gebiedsteam.caseload.pathway;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How heavily a pathway weighs on its caseworker's caseload (licht, midden, zwaar), set by the
 * team lead. A medium pathway counts as one, as every pathway did before weights existed, so a
 * team that never weighs anything keeps its old numbers.
 */
public enum PathwayWeight {
    LIGHT(new BigDecimal("0.5")),
    MEDIUM(BigDecimal.ONE),
    HEAVY(new BigDecimal("2"));

    private final BigDecimal points;

    PathwayWeight(BigDecimal points) {
        this.points = points;
    }

    public BigDecimal points() {
        return points;
    }

    /**
     * The points of a pathway row in native SQL, over {@code alias.weight}: written once from the
     * constants above, so the overview's sums and this enum cannot disagree.
     */
    public static String pointsSql(String alias) {
        return Arrays.stream(values()).map(w -> "WHEN '" + w.name() + "' THEN " + w.points.toPlainString())
                .collect(Collectors.joining(" ", "CASE " + alias + ".weight ", " ELSE 1 END"));
    }
}
