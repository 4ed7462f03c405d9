package nl.gebiedsteam.caseload.report;

import java.io.Serializable;

/**
 * A published number. A suppressed cell never carries its true value: the service builds it with
 * {@link #suppressed()}, so no page or export can show what it hides.
 */
public record Cell(Long value) implements Serializable {

    public static Cell of(long value) {
        return new Cell(value);
    }

    public static Cell suppressed() {
        return new Cell(null);
    }

    public boolean isSuppressed() {
        return value == null;
    }

    /** "&lt;5" or the number, for pages and exports alike. */
    public String display() {
        return value == null ? "<" + Suppression.THRESHOLD : Long.toString(value);
    }
}
