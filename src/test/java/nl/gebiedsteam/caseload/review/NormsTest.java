package nl.gebiedsteam.caseload.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import nl.gebiedsteam.caseload.pathway.PathwayWeight;
import org.junit.jupiter.api.Test;

class NormsTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void norm_isTheShareOfAFullTimeWeek_timesThePointsPerFte() {
        assertEquals(d("20.0"), Norms.points(d("36"), d("20")));
        assertEquals(d("17.8"), Norms.points(d("32"), d("20")));
        assertEquals(d("20.0"), Norms.points(d("24"), d("30")));
        assertNull(Norms.points(null, d("20")), "no hours, no norm");
    }

    @Test
    void overloaded_meansAboveTheExactNorm_notAtIt() {
        assertFalse(Norms.overloaded(d("20"), d("36"), d("20")), "at the norm");
        assertTrue(Norms.overloaded(d("20.5"), d("36"), d("20")));
        // 32 hours x 20 points = a norm of 17.777..., shown as 17.8: 17.8 points is already above it
        assertTrue(Norms.overloaded(d("17.8"), d("32"), d("20")));
        assertFalse(Norms.overloaded(d("500"), null, d("20")), "without a norm never");
        assertEquals(100, Norms.loadPercent(d("20"), d("36"), d("20")));
        assertEquals(0, Norms.loadPercent(BigDecimal.ZERO, d("36"), d("20")));
        assertNull(Norms.loadPercent(d("3"), null, d("20")));
    }

    @Test
    void hoursAndPoints_haveBounds_andAtMostOneDecimal() {
        assertTrue(Norms.validHours(null));
        assertTrue(Norms.validHours(d("1")) && Norms.validHours(d("40")) && Norms.validHours(d("32.50")));
        assertFalse(Norms.validHours(d("0.5")) || Norms.validHours(d("40.5")) || Norms.validHours(d("32.25")));
        assertFalse(Norms.validPointsPerFte(null) || Norms.validPointsPerFte(d("0")) || Norms.validPointsPerFte(d("101")));
        assertTrue(Norms.validPointsPerFte(d("20")));
    }

    @Test
    void theWeightsSql_isWrittenFromTheEnum() {
        assertEquals("CASE p.weight WHEN 'LIGHT' THEN 0.5 WHEN 'MEDIUM' THEN 1 WHEN 'HEAVY' THEN 2 ELSE 1 END",
                PathwayWeight.pointsSql("p"));
    }
}
