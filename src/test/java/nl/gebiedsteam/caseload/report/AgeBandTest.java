package nl.gebiedsteam.caseload.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeBandTest {

    @ParameterizedTest
    @CsvSource({
        "2014-01-02, 2025-01-01, UNDER_12",
        "2013-01-01, 2025-01-01, AGE_12_17",   // twelve on the day itself
        "2007-01-02, 2025-01-01, AGE_12_17",   // turns 18 the next day
        "2007-01-01, 2025-01-01, AGE_18_24",
        "2000-01-02, 2025-01-01, AGE_18_24",
        "2000-01-01, 2025-01-01, AGE_25_39",
        "1985-01-01, 2025-01-01, AGE_40_54",
        "1970-01-02, 2025-01-01, AGE_40_54",
        "1970-01-01, 2025-01-01, AGE_55_PLUS",
        "1920-06-30, 2025-01-01, AGE_55_PLUS",
        "2008-02-29, 2026-02-28, AGE_12_17",   // leap-day birthday: 18 only on 1 March, as in MariaDB's TIMESTAMPDIFF
        "2008-02-29, 2026-03-01, AGE_18_24",
        "2025-06-01, 2025-01-01, UNDER_12"     // born after the day: no negative band
    })
    void bandOnTheDay(LocalDate birth, LocalDate day, AgeBand expected) {
        assertEquals(expected, AgeBand.on(birth, day));
    }
}
