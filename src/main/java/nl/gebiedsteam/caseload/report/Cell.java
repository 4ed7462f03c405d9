package nl.gebiedsteam.caseload.report;

import java.io.Serializable;

/**
 * A published number: the perturbed count, or none for "&lt;5" (see {@link Perturbation}). A cell
 * published as "&lt;5" carries no value at all, so no page or export can show what it hides.
 */
public record Cell(Long value) implements Serializable {

    public static Cell of(long value) {
        return new Cell(value);
    }

    /** Published as "&lt;5": fewer than five, zero included, or perturbed below five. */
    public static Cell small() {
        return new Cell(null);
    }

    public boolean isSuppressed() {
        return value == null;
    }

    /** The number or "&lt;5", for pages and exports alike. */
    public String display() {
        return value != null ? Long.toString(value) : "<" + Perturbation.THRESHOLD;
    }
}
