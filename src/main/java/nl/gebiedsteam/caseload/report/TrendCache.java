package nl.gebiedsteam.caseload.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Persons helped in a past calendar year, per team, kept for an hour. The trend chart asks for ten
 * years on every report; a past year barely changes (a late registration at most), and each year
 * costs a pass over all contacts, so recounting them on every page view would make the page wait
 * for seconds on a large database. Only published (suppressed) cells are kept, never a person.
 */
@ApplicationScoped
public class TrendCache {

    static final Duration KEEP = Duration.ofHours(1);

    private record Key(int year, Long team) {
    }

    private record Entry(Cell cell, Instant until) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    Cell get(int year, Long team, Supplier<Cell> count) {
        Instant now = Instant.now();
        Key key = new Key(year, team);
        Entry entry = entries.get(key);
        if (entry == null || entry.until().isBefore(now)) {
            entry = new Entry(count.get(), now.plus(KEEP));
            entries.put(key, entry);
        }
        return entry.cell();
    }
}
