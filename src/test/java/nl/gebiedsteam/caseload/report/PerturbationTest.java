package nl.gebiedsteam.caseload.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PerturbationTest {

    private static final long KEYS = 1L << 32;

    @Test
    void noise_isMinusTwoToPlusTwo_withTheStatedShares_andCentredOnZero() {
        Random random = new Random(23);
        int samples = 1_000_000;
        int[] counts = new int[5];
        long sum = 0;
        for (int i = 0; i < samples; i++) {
            int noise = Perturbation.noise(random.nextLong());
            counts[noise + 2]++;
            sum += noise;
        }
        double[] shares = {0.1, 0.2, 0.4, 0.2, 0.1};
        for (int i = 0; i < shares.length; i++) {
            assertEquals(shares[i], counts[i] / (double) samples, 0.002, "share of noise " + (i - 2));
        }
        assertEquals(0, sum / (double) samples, 0.005, "mean noise");
    }

    @Test
    void noise_dependsOnTheKeyModulo2To32_only() {
        assertEquals(-2, Perturbation.noise(0));
        assertEquals(2, Perturbation.noise(KEYS - 1));
        assertEquals(-1, Perturbation.noise(Math.round(0.1 * KEYS)), "where -1 starts");
        assertEquals(-2, Perturbation.noise(Math.round(0.1 * KEYS) - 1));
        assertEquals(0, Perturbation.noise(KEYS / 2));
        for (long key : new long[] {0, 12_345, KEYS / 3, KEYS - 1}) {
            assertEquals(Perturbation.noise(key), Perturbation.noise(key + 7 * KEYS), "key " + key);
        }
    }

    @Test
    void publish_smallCountsAreAlwaysSmall_othersMoveAtMostTwo_andBelowFiveIsSmall() {
        Random random = new Random(7);
        for (long count = 0; count < 40; count++) {
            for (int i = 0; i < 500; i++) {
                long key = random.nextLong();
                Cell cell = Perturbation.publish(count, key);
                assertEquals(cell, Perturbation.publish(count, key), "the same cell gives the same number");
                if (count < Perturbation.THRESHOLD) {
                    assertTrue(cell.isSuppressed(), count + " is <5 whatever the key");
                } else if (count + Perturbation.noise(key) < Perturbation.THRESHOLD) {
                    assertTrue(cell.isSuppressed(), count + " perturbed below 5 is <5");
                } else {
                    assertEquals(count + Perturbation.noise(key), cell.value(), "count " + count);
                }
            }
        }
    }

    @Test
    void tally_countsTimes_andSumsTheKeysOfWhatItCounts() {
        Tally pathways = new Tally();
        pathways.add(10, 2);
        pathways.add(3);
        Tally more = Tally.of(4, 100);
        pathways.add(more);
        assertEquals(7, pathways.count());
        assertEquals(123, pathways.key());
    }
}
