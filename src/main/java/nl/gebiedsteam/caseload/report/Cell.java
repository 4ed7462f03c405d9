package nl.gebiedsteam.caseload.report;

import java.io.Serializable;

/**
 * A published number. A suppressed cell never carries its true value: the service builds it with
 * {@link #small()} or {@link #withheld()}, so no page or export can show what it hides.
 *
 * @param secondary true for a cell of 5 or more withheld so that a small one cannot be worked out
 */
public record Cell(Long value, boolean secondary) implements Serializable {

    /** How a withheld cell is shown: the mark Statistics Netherlands uses for a confidential number. */
    public static final String WITHHELD_MARK = "x";

    public static Cell of(long value) {
        return new Cell(value, false);
    }

    /** Fewer than five (zero included): shown as "&lt;5". */
    public static Cell small() {
        return new Cell(null, false);
    }

    /** Five or more, hidden to protect a small cell: shown as "x". */
    public static Cell withheld() {
        return new Cell(null, true);
    }

    /** The cell of {@code value} as a suppression mark says it is published. */
    static Cell published(long value, Suppression.Mark mark) {
        return switch (mark) {
            case SHOWN -> of(value);
            case SMALL -> small();
            case WITHHELD -> withheld();
        };
    }

    public boolean isSuppressed() {
        return value == null;
    }

    /** The number, "&lt;5" or "x", for pages and exports alike. */
    public String display() {
        if (value != null) {
            return Long.toString(value);
        }
        return secondary ? WITHHELD_MARK : "<" + Suppression.THRESHOLD;
    }
}
