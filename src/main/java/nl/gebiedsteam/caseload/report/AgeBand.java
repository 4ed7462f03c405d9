package nl.gebiedsteam.caseload.report;

import java.time.LocalDate;
import java.time.Period;

/** The report's age bands (DOMAIN.md): the age in full years on a given day, the first day of the period. */
public enum AgeBand {
    UNDER_12(0), AGE_12_17(12), AGE_18_24(18), AGE_25_39(25), AGE_40_54(40), AGE_55_PLUS(55);

    private final int from;

    AgeBand(int from) {
        this.from = from;
    }

    /** The band of someone born on {@code birth}, on {@code day}; born on 29 February, one is a year older on 1 March. */
    public static AgeBand on(LocalDate birth, LocalDate day) {
        int age = Period.between(birth, day).getYears();
        AgeBand band = UNDER_12;
        for (AgeBand candidate : values()) {
            if (age >= candidate.from) {
                band = candidate;
            }
        }
        return band;
    }
}
