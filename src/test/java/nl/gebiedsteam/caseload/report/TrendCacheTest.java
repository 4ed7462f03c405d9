package nl.gebiedsteam.caseload.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class TrendCacheTest {

    private final TrendCache cache = new TrendCache();
    /** The (first, last) ranges the cache asked to count. */
    private final List<String> counted = new ArrayList<>();
    /** Counts year * 10 for every year asked. */
    private final BiFunction<Integer, Integer, Map<Integer, Cell>> count = (first, last) -> {
        counted.add(first + "-" + last);
        Map<Integer, Cell> cells = new TreeMap<>();
        for (int year = first; year <= last; year++) {
            cells.put(year, Cell.of(year * 10L));
        }
        return cells;
    };

    @Test
    void pastYearsAreCountedOnceAndTogether() {
        Map<Integer, Cell> first = cache.get(2016, 2025, 2026, 7L, count);
        Map<Integer, Cell> second = cache.get(2016, 2025, 2026, 7L, count);

        assertEquals(List.of("2016-2025"), counted);
        assertEquals(first, second);
        assertEquals(List.of(2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025), List.copyOf(second.keySet()));
        assertEquals(Cell.of(20250), second.get(2025));
    }

    @Test
    void theCurrentYearIsAlwaysCounted() {
        cache.get(2017, 2026, 2026, null, count);
        cache.get(2017, 2026, 2026, null, count);

        assertEquals(List.of("2017-2026", "2026-2026"), counted);
    }

    @Test
    void onlyTheYearsNotKeptAreCounted() {
        cache.get(2016, 2025, 2026, 7L, count);
        Map<Integer, Cell> earlier = cache.get(2014, 2023, 2026, 7L, count);
        cache.get(2016, 2025, 2026, 8L, count); // another team is counted on its own

        assertEquals(List.of("2016-2025", "2014-2015", "2016-2025"), counted);
        assertEquals(Cell.of(20140), earlier.get(2014));
        assertEquals(Cell.of(20230), earlier.get(2023));
    }
}
