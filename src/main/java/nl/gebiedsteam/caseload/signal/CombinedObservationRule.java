package nl.gebiedsteam.caseload.signal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * "Combined observations": several signals about one person from different sources within a
 * short time bring real problems to the surface. The rule is met when some window of
 * {@code windowDays} days (first and last signal at most that many days apart, both days
 * included) holds at least {@code minSignals} signals from at least {@code minSources} sources.
 */
public record CombinedObservationRule(int minSignals, int minSources, int windowDays) {

    /** A signal as the rule sees it: the day it was received and who sent it. */
    public record Point(LocalDate received, SignalSource source) {
    }

    /** Whether any window is met. */
    public boolean isMet(Collection<Point> signals) {
        return signals.stream().anyMatch(start -> windowMet(signals, start.received()));
    }

    /** Whether a window that contains {@code latest} is met: the new signal completes a combination. */
    public boolean isMetIncluding(Collection<Point> signals, Point latest) {
        return signals.stream()
                .filter(start -> !start.received().isAfter(latest.received())
                        && !start.received().plusDays(windowDays).isBefore(latest.received()))
                .anyMatch(start -> windowMet(signals, start.received()));
    }

    private boolean windowMet(Collection<Point> signals, LocalDate from) {
        LocalDate to = from.plusDays(windowDays);
        List<Point> inWindow = signals.stream()
                .filter(p -> !p.received().isBefore(from) && !p.received().isAfter(to)).toList();
        return inWindow.size() >= minSignals
                && inWindow.stream().map(Point::source).distinct().count() >= minSources;
    }
}
