package nl.gebiedsteam.caseload.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Persons helped in a past calendar year, per team, kept for an hour. The trend chart asks for ten
 * years on every report; a past year barely changes (a late registration at most), and counting
 * them costs a pass over all contacts, so recounting on every page view would make the page wait
 * for seconds on a large database. The current year is always counted. Only published
 * (perturbed) cells are kept, never a person.
 */
@ApplicationScoped
public class TrendCache {

    static final Duration KEEP = Duration.ofHours(1);

    private record Key(int year, Long team) {
    }

    private record Entry(Cell cell, Instant until) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    /**
     * The cells of the years {@code firstYear} to {@code lastYear}, in year order. The years not kept
     * (or no longer) are counted together by {@code count}, called with the first and last of them.
     */
    Map<Integer, Cell> get(int firstYear, int lastYear, int currentYear, Long team,
            BiFunction<Integer, Integer, Map<Integer, Cell>> count) {
        Instant now = Instant.now();
        Integer firstMissing = null;
        Integer lastMissing = null;
        for (int year = firstYear; year <= lastYear; year++) {
            Entry entry = entries.get(new Key(year, team));
            if (year >= currentYear || entry == null || entry.until().isBefore(now)) {
                firstMissing = firstMissing == null ? year : firstMissing;
                lastMissing = year;
            }
        }
        Map<Integer, Cell> counted = firstMissing == null ? Map.of() : count.apply(firstMissing, lastMissing);
        Map<Integer, Cell> perYear = new LinkedHashMap<>();
        for (int year = firstYear; year <= lastYear; year++) {
            Key key = new Key(year, team);
            Cell cell = counted.get(year);
            if (cell == null) {
                cell = entries.get(key).cell();
            } else if (year < currentYear) {
                entries.put(key, new Entry(cell, now.plus(KEEP)));
            }
            perYear.put(year, cell);
        }
        return perYear;
    }
}
