package nl.gebiedsteam.caseload.privacy.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import nl.gebiedsteam.caseload.privacy.LetterPassage.Decision;
import nl.gebiedsteam.caseload.privacy.LetterPassage.Kind;
import nl.gebiedsteam.caseload.privacy.LetterPassage;
import nl.gebiedsteam.caseload.privacy.SubjectAccessLetterService.Letter;
import nl.gebiedsteam.caseload.privacy.SubjectAccessLetterService;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.web.Messages;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.StreamedContent;

/**
 * /privacy/letter.xhtml?letter=: the review of a subject-access letter. The privacy officer reads
 * the draft as the client will, decides on every marked passage (release or withhold, with a
 * reason), one passage at a time, and releases the letter once nothing is pending; afterwards the
 * page only shows it, with the stored PDF to download and, beside it, the released documents as a
 * ZIP ({@link LetterDocumentsServlet}, which also gives one listed document to read before deciding).
 *
 * <p>Each marked passage keeps the version it was read with: a decision someone else saved
 * meanwhile is reported next to the passage and the typed reason stays on screen. The letter's
 * version counts this page's own decisions, so a release after someone else's decision is refused
 * until the page is opened again.
 */
@Named
@ViewScoped
public class SubjectAccessLetterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where a passage's messages go: ui:repeat "passages", row, form "passage", field "reason". */
    private static final String REASON_FIELD = "passages:%d:passage:reason";

    @Inject
    SubjectAccessLetterService letters;

    private Long letterId;
    private Letter letter;
    private long letterVersion;
    private List<Row> passages;

    /** View action: the letter with its passages (reading it is logged by the service). */
    public void load() {
        if (letterId == null) {
            throw new NotFoundException();
        }
        letter = letters.letter(letterId);
        letterVersion = letter.version();
        passages = new ArrayList<>();
        boolean title = true;
        for (LetterPassage passage : letter.passages()) {
            passages.add(new Row(passages.size(), passage, title && passage.kind() == Kind.HEADING));
            title &= passage.kind() != Kind.HEADING;
        }
    }

    /** AJAX, one passage: saves its decision and reason; a refusal shows next to its reason. */
    public void decide(Row row) {
        try {
            letters.decide(row.passage.id(), row.passage.version(), row.choice, row.reason);
        } catch (CaseloadException e) {
            Messages.error(REASON_FIELD.formatted(row.index), e);
            return;
        }
        // the service counts the versions of the passage and of its letter up by one with every decision
        row.passage = row.passage.decided(row.choice, row.reason.strip());
        letterVersion++;
        Messages.info("letterReview.saved." + row.choice);
    }

    /** Releases the letter (refused while a marked passage is pending) and shows it again, read-only. */
    public String release() {
        try {
            letters.release(letter.id(), letterVersion);
        } catch (CaseloadException e) {
            Messages.error(null, e);
            return null;
        }
        Messages.flash("letterReview.released");
        return "/privacy/letter?faces-redirect=true&letter=" + letter.id();
    }

    /** The released letter exactly as stored. */
    public StreamedContent getDocument() {
        byte[] document;
        try {
            document = letters.document(letter.id());
        } catch (NotFoundException gone) {
            // destroyed with the client's file (anonymisation clears the stored letter, keeps its hash)
            Messages.error(null, "letterReview.document.gone");
            return null;
        }
        return SubjectAccessBacking.file(document, "application/pdf", fileName(letter.clientId(), letter.id()));
    }

    static String fileName(long clientId, long letterId) {
        return "inzagebrief-client-" + clientId + "-" + letterId + ".pdf";
    }

    /** Whether the released letter lists a document it gives: then the ZIP is offered beside it. */
    public boolean isDocumentsReleased() {
        return letter.released() && letter.passages().stream().anyMatch(LetterPassage::isReleasedDocument);
    }

    /** The marked passages still waiting for a decision, as decided on this page so far. */
    public long getPending() {
        return passages.stream().filter(r -> r.passage.decision() == Decision.PENDING).count();
    }

    public long getWithheld() {
        return passages.stream().filter(r -> r.passage.decision() == Decision.WITHHELD).count();
    }

    public Decision[] getChoices() {
        return new Decision[] {Decision.RELEASED, Decision.WITHHELD};
    }

    /** A time stored in UTC, for a message that shows it as the Dutch clock did. */
    public Date moment(LocalDateTime utc) {
        return Times.forMessage(utc);
    }

    public Long getLetterId() {
        return letterId;
    }

    public void setLetterId(Long letterId) {
        this.letterId = letterId;
    }

    public Letter getLetter() {
        return letter;
    }

    public List<Row> getPassages() {
        return passages;
    }

    /** One passage on the page, with what the privacy officer chose and typed for it. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int index;
        private final boolean title;
        private LetterPassage passage;
        private Decision choice;
        private String reason;

        Row(int index, LetterPassage passage, boolean title) {
            this.index = index;
            this.passage = passage;
            this.title = title;
            this.choice = passage.decision() == Decision.PENDING ? null : passage.decision();
            this.reason = passage.reason();
        }

        public LetterPassage getPassage() {
            return passage;
        }

        /** The letter's first heading, its title. */
        public boolean isTitle() {
            return title;
        }

        public boolean isHeading() {
            return passage.kind() == Kind.HEADING;
        }

        public boolean isMarked() {
            return passage.kind().isMarked();
        }

        /** A document on the file, which the privacy officer can open before deciding on it. */
        public boolean isDocument() {
            return passage.kind() == Kind.DOCUMENT;
        }

        public boolean isWithheld() {
            return passage.decision() == Decision.WITHHELD;
        }

        public Decision getChoice() {
            return choice;
        }

        public void setChoice(Decision choice) {
            this.choice = choice;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
