package nl.gebiedsteam.caseload.privacy;

import java.io.Serializable;

/**
 * One passage of a subject-access letter: a heading, a paragraph, one record, or a text that may name
 * or describe someone else and waits for the privacy officer's decision.
 *
 * @param reason why the privacy officer released or withheld it (marked passages only)
 * @param documentId the document a {@link Kind#DOCUMENT} passage lists; null for every other passage
 * @param documentSha256 that document's SHA-256 when the letter was drafted: the ZIP beside the letter
 *            holds it only while its bytes still have this hash
 */
public record LetterPassage(long id, int position, Kind kind, String text, Decision decision, String reason,
        long version, Long documentId, String documentSha256) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A passage about no document. */
    public LetterPassage(long id, int position, Kind kind, String text, Decision decision, String reason,
            long version) {
        this(id, position, kind, text, decision, reason, version, null, null);
    }

    public enum Kind {
        HEADING, PARAGRAPH, ENTRY,
        /** Free text a worker wrote: it may name the client's family, neighbours or others. */
        FREE_TEXT,
        /** A reporter of a signal or Wvggz report, or what they reported. */
        THIRD_PARTY,
        /**
         * A document on the file: released, its bytes go in the ZIP beside the letter. It may name a
         * reporter or a family member, so the privacy officer decides on each.
         */
        DOCUMENT;

        /** Whether the privacy officer must decide on a passage of this kind before the letter goes out. */
        public boolean isMarked() {
            return this == FREE_TEXT || this == THIRD_PARTY || this == DOCUMENT;
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

    /** A document as the draft lists it, waiting for a decision. */
    static LetterPassage document(int position, String text, long documentId, String sha256) {
        return new LetterPassage(0, position, Kind.DOCUMENT, text, Decision.PENDING, null, 1, documentId, sha256);
    }

    /** This passage after a decision was saved (which counts its version up by one). */
    public LetterPassage decided(Decision decision, String reason) {
        return new LetterPassage(id, position, kind, text, decision, reason, version + 1, documentId, documentSha256);
    }

    /** A document passage the privacy officer released: its document goes in the ZIP. */
    public boolean isReleasedDocument() {
        return kind == Kind.DOCUMENT && decision == Decision.RELEASED;
    }
}
