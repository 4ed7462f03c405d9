package nl.gebiedsteam.caseload.privacy;

import java.io.Serializable;

/**
 * One passage of a subject-access letter: a heading, a paragraph, one record, or a text that may name
 * or describe someone else and waits for the privacy officer's decision.
 *
 * @param reason why the privacy officer released or withheld it (marked passages only)
 */
public record LetterPassage(long id, int position, Kind kind, String text, Decision decision, String reason,
        long version) implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        HEADING, PARAGRAPH, ENTRY,
        /** Free text a worker wrote: it may name the client's family, neighbours or others. */
        FREE_TEXT,
        /** A reporter of a signal or Wvggz report, or what they reported. */
        THIRD_PARTY;

        /** Whether the privacy officer must decide on a passage of this kind before the letter goes out. */
        public boolean isMarked() {
            return this == FREE_TEXT || this == THIRD_PARTY;
        }
    }

    public enum Decision {
        PENDING, RELEASED, WITHHELD
    }

    /** A marked passage the draft proposes to withhold, with the reason; the privacy officer may still release it. */
    static LetterPassage withheld(int position, Kind kind, String text, String reason) {
        return new LetterPassage(0, position, kind, text, Decision.WITHHELD, reason, 1);
    }

    /** A passage as the draft writes it: marked ones wait for a decision, the others are released. */
    static LetterPassage drafted(int position, Kind kind, String text) {
        return new LetterPassage(0, position, kind, text, kind.isMarked() ? Decision.PENDING : Decision.RELEASED, null,
                1);
    }
}
