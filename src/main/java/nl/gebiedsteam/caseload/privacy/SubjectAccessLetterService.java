package nl.gebiedsteam.caseload.privacy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.audit.AccessLogQuery;
import nl.gebiedsteam.caseload.audit.AccessLogRow;
import nl.gebiedsteam.caseload.audit.AccessLogSearchService;
import nl.gebiedsteam.caseload.document.ClientDocument;
import nl.gebiedsteam.caseload.document.DocumentBytes;
import nl.gebiedsteam.caseload.privacy.export.SubjectAccessDocumentsZip;
import nl.gebiedsteam.caseload.privacy.export.SubjectAccessLetterPdf;
import nl.gebiedsteam.caseload.security.CurrentCaller;
import nl.gebiedsteam.caseload.shared.Bundles;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.ConcurrentEditException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Role;

/**
 * The subject-access letter (AVG art. 15) and its review: the privacy officer drafts it, decides on
 * every passage that may name or describe someone else (release or withhold, each with a reason), and
 * releases it. The released PDF is made from the reviewed passages once and kept with its SHA-256,
 * so every download is the document that was reviewed. Beside it, the documents on the file that
 * were released come as one ZIP, each only while its bytes are those listed at drafting. Each step
 * is in the access log under the client.
 */
@Stateless
@RolesAllowed(Role.PRIVACY_OFFICER_NAME)
public class SubjectAccessLetterService {

    static final int REASON_MAX = 500;
    private static final int LOG_PAGE = 500;
    /** Line ends in the ZIP's text: every reader on Windows shows them, the others too. */
    private static final String CRLF = "\r\n";

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource dataSource;

    @Inject
    AccessLog accessLog;

    @Inject
    AccessLogSearchService accessLogSearch;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    RetentionService retention;

    @Inject
    DocumentBytes documentBytes;

    @PersistenceContext
    EntityManager em;

    /** A letter with its passages. */
    public record Letter(long id, long clientId, Locale language, boolean released, LocalDateTime draftedAt,
            String draftedBy, LocalDateTime releasedAt, String releasedBy, String documentSha256, long version,
            List<LetterPassage> passages) implements Serializable {

        private static final long serialVersionUID = 1L;

        /** The marked passages still waiting for a decision. */
        public long pending() {
            return passages.stream().filter(p -> p.decision() == LetterPassage.Decision.PENDING).count();
        }

        public long withheld() {
            return passages.stream().filter(p -> p.decision() == LetterPassage.Decision.WITHHELD).count();
        }
    }

    /** Drafts the letter about {@code clientId} in {@code language}; returns its id. */
    public long draft(long clientId, Locale language) {
        ResourceBundle bundle = Bundles.messages(language);
        List<AccessLogRow> log = accessHistory(clientId);
        try (Connection connection = dataSource.getConnection()) {
            if (!exists(connection, clientId)) {
                throw new NotFoundException();
            }
            List<LetterPassage> passages = LetterDraft.of(connection, clientId, bundle, language, log,
                    retention.retentionYears(), LocalDate.now(Times.DISPLAY_ZONE));
            long id;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO subject_access_letter (client_id, language, status, drafted_at, drafted_by)
                    VALUES (?, ?, 'DRAFT', ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, clientId);
                insert.setString(2, language.getLanguage());
                insert.setObject(3, Times.nowUtc());
                insert.setString(4, currentCaller.require().loginName());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO subject_access_passage (letter_id, position, kind, document_id, document_sha256, text,
                    decision, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (LetterPassage passage : passages) {
                    insert.setLong(1, id);
                    insert.setInt(2, passage.position());
                    insert.setString(3, passage.kind().name());
                    insert.setObject(4, passage.documentId());
                    insert.setString(5, passage.documentSha256());
                    insert.setString(6, passage.text());
                    insert.setString(7, passage.decision().name());
                    insert.setString(8, passage.reason());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            long marked = passages.stream().filter(p -> p.kind().isMarked()).count();
            accessLog.success(AccessEvent.EXPORT, clientId, SubjectAccessService.OBJECT, "subject-access letter "
                    + id + " drafted; passages=" + passages.size() + "; to review=" + marked);
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("subject-access letter could not be drafted", e);
        }
    }

    /** The letters about one client, newest first. */
    public List<Letter> letters(long clientId) {
        List<Letter> letters = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement p = connection.prepareStatement(
                "SELECT id FROM subject_access_letter WHERE client_id = ? ORDER BY id DESC")) {
            p.setLong(1, clientId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    letters.add(read(connection, r.getLong(1)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("subject-access letters could not be read", e);
        }
        return letters;
    }

    /** One letter with every passage, for the review; reading it is logged under the client. */
    public Letter letter(long id) {
        try (Connection connection = dataSource.getConnection()) {
            Letter letter = read(connection, id);
            accessLog.success(AccessEvent.READ, letter.clientId(), SubjectAccessService.OBJECT,
                    "subject-access letter " + id + " opened for review");
            return letter;
        } catch (SQLException e) {
            throw new IllegalStateException("subject-access letter could not be read", e);
        }
    }

    /**
     * Releases or withholds one marked passage of a draft, with a reason. {@code version} is the
     * passage's version as the privacy officer saw it: a decision taken meanwhile by someone else is
     * reported, never overwritten.
     */
    public void decide(long passageId, long version, LetterPassage.Decision decision, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_MAX || decision == null
                || decision == LetterPassage.Decision.PENDING) {
            throw new CaseloadException("letter.reason.required", REASON_MAX);
        }
        try (Connection connection = dataSource.getConnection()) {
            long letterId;
            long clientId;
            try (PreparedStatement p = connection.prepareStatement("""
                    SELECT a.letter_id, l.client_id, l.status, a.kind, a.version, a.decided_by, a.decided_at
                    FROM subject_access_passage a JOIN subject_access_letter l ON l.id = a.letter_id WHERE a.id = ?""")) {
                p.setLong(1, passageId);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next() || !LetterPassage.Kind.valueOf(r.getString(4)).isMarked()) {
                        throw new NotFoundException();
                    }
                    if (!"DRAFT".equals(r.getString(3))) {
                        throw new CaseloadException("letter.alreadyReleased");
                    }
                    if (r.getLong(5) != version) {
                        throw new ConcurrentEditException(r.getString(6), r.getObject(7, LocalDateTime.class));
                    }
                    letterId = r.getLong(1);
                    clientId = r.getLong(2);
                }
            }
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE subject_access_passage SET decision = ?, reason = ?, decided_by = ?, decided_at = ?,
                    version = version + 1 WHERE id = ? AND version = ?""")) {
                update.setString(1, decision.name());
                update.setString(2, why);
                update.setString(3, currentCaller.require().loginName());
                update.setObject(4, Times.nowUtc());
                update.setLong(5, passageId);
                update.setLong(6, version);
                if (update.executeUpdate() == 0) {
                    throw new ConcurrentEditException(null, null);
                }
            }
            // the letter changed too: a release based on what someone saw before this decision is refused
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE subject_access_letter SET version = version + 1 WHERE id = ?")) {
                update.setLong(1, letterId);
                update.executeUpdate();
            }
            accessLog.success(AccessEvent.UPDATE, clientId, SubjectAccessService.OBJECT, "subject-access letter "
                    + letterId + ": passage " + passageId + " " + decision.name().toLowerCase(Locale.ROOT));
        } catch (SQLException e) {
            throw new IllegalStateException("subject-access passage could not be decided", e);
        }
    }

    /**
     * Releases a draft whose marked passages all have a decision: makes the PDF from exactly the
     * reviewed passages, keeps it with its SHA-256 and logs the release. Returns the document.
     * {@code version} is the letter's version as the privacy officer last saw it; every decision
     * raises it, so one taken meanwhile by someone else makes the release wait for a new look.
     */
    public byte[] release(long letterId, long version) {
        try (Connection connection = dataSource.getConnection()) {
            Letter letter = read(connection, letterId);
            if (letter.released()) {
                throw new CaseloadException("letter.alreadyReleased");
            }
            if (letter.pending() > 0) {
                throw new CaseloadException("letter.pending", letter.pending());
            }
            ResourceBundle bundle = Bundles.messages(letter.language());
            byte[] document = SubjectAccessLetterPdf.write(letter.passages(), bundle.getString("letter.withheld"),
                    bundle.getString("letter.withheldDocument"));
            String hash = sha256(document);
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE subject_access_letter SET status = 'RELEASED', released_at = ?, released_by = ?,
                    document = ?, document_sha256 = ?, version = version + 1
                    WHERE id = ? AND version = ? AND status = 'DRAFT'""")) {
                update.setObject(1, Times.nowUtc());
                update.setString(2, currentCaller.require().loginName());
                update.setBytes(3, document);
                update.setString(4, hash);
                update.setLong(5, letterId);
                update.setLong(6, version);
                if (update.executeUpdate() == 0) {
                    throw new ConcurrentEditException(letter.draftedBy(), letter.draftedAt());
                }
            }
            accessLog.success(AccessEvent.EXPORT, letter.clientId(), SubjectAccessService.OBJECT,
                    "subject-access letter " + letterId + " released; passages withheld=" + letter.withheld()
                            + "; sha256=" + hash);
            return document;
        } catch (SQLException e) {
            throw new IllegalStateException("subject-access letter could not be released", e);
        }
    }

    /** The released letter, exactly as released; each download is logged. */
    public byte[] document(long letterId) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement p = connection.prepareStatement(
                "SELECT client_id, document, document_sha256 FROM subject_access_letter WHERE id = ? AND status = 'RELEASED'")) {
            p.setLong(1, letterId);
            try (ResultSet r = p.executeQuery()) {
                // a destroyed file keeps the hash of its letters, not the documents
                if (!r.next() || r.getBytes(2) == null) {
                    throw new NotFoundException();
                }
                accessLog.success(AccessEvent.EXPORT, r.getLong(1), SubjectAccessService.OBJECT,
                        "subject-access letter " + letterId + " downloaded; sha256=" + r.getString(3));
                return r.getBytes(2);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("subject-access letter could not be read", e);
        }
    }

    /** What a download's response needs to know before its first byte. */
    public record DocumentFile(String fileName, String mediaType, long sizeBytes) {
    }

    /**
     * The released documents of a released letter as one ZIP, written to the stream {@code open}
     * gives for the letter (so a response's headers are set only once the letter is known to have
     * one). The ZIP is streamed, document by document, never held whole in memory. A document goes in
     * only while it is the one the letter lists: not voided, and its bytes still with the SHA-256
     * recorded at drafting; any other is left out, and a short text in the letter's language says
     * which. A draft, or a letter whose file was destroyed, has no ZIP. Each download is logged.
     *
     * <p>Outside a transaction: it only reads, the log line commits before the first byte goes out
     * (a download the receiver breaks off is still on record), and no transaction stays open for as
     * long as a large ZIP takes to arrive.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void documents(long letterId, Function<Letter, OutputStream> open) {
        Letter letter;
        try (Connection connection = dataSource.getConnection()) {
            letter = kept(connection, letterId);
        } catch (SQLException e) {
            throw new IllegalStateException("subject-access letter could not be read", e);
        }
        List<SubjectAccessDocumentsZip.Entry> entries = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (LetterPassage passage : letter.passages()) {
            if (!passage.isReleasedDocument()) {
                continue;
            }
            ClientDocument document = em.find(ClientDocument.class, passage.documentId());
            if (asListed(document, letter.clientId(), passage.documentSha256())) {
                entries.add(new SubjectAccessDocumentsZip.Entry(document.getFileName(),
                        out -> copyAsListed(document, passage.documentSha256(), out)));
            } else {
                // the file name never changes after the upload, and the reviewed passage shows it
                leftOut.add(document.getFileName());
            }
        }
        accessLog.success(AccessEvent.EXPORT, letter.clientId(), SubjectAccessService.OBJECT, "subject-access letter "
                + letterId + " documents downloaded; documents=" + entries.size() + "; left out=" + leftOut.size());
        ResourceBundle bundle = Bundles.messages(letter.language());
        String readme = null;
        if (!leftOut.isEmpty()) {
            StringBuilder text = new StringBuilder(bundle.getString("letter.zip.readme")).append(CRLF).append(CRLF);
            leftOut.forEach(name -> text.append("- ").append(name).append(CRLF));
            readme = text.toString();
        }
        try {
            SubjectAccessDocumentsZip.write(open.apply(letter), entries, bundle.getString("letter.zip.readmeName"),
                    readme);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document a passage lists, for the privacy officer to read before deciding on it: written to
     * the stream {@code open} gives for its facts, and logged. Refused once the document is voided
     * or is no longer the one listed. Outside a transaction, like {@link #documents}.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void listedDocument(long passageId, Function<DocumentFile, OutputStream> open) {
        long letterId;
        long clientId;
        long documentId;
        String sha256;
        try (Connection connection = dataSource.getConnection(); PreparedStatement p = connection.prepareStatement("""
                SELECT a.letter_id, l.client_id, a.document_id, a.document_sha256 FROM subject_access_passage a
                JOIN subject_access_letter l ON l.id = a.letter_id WHERE a.id = ? AND a.kind = 'DOCUMENT'""")) {
            p.setLong(1, passageId);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new NotFoundException();
                }
                letterId = r.getLong(1);
                clientId = r.getLong(2);
                documentId = r.getLong(3);
                sha256 = r.getString(4);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("subject-access passage could not be read", e);
        }
        ClientDocument document = em.find(ClientDocument.class, documentId);
        // the recorded hash only: the bytes are hashed on their way into the ZIP, where it matters
        if (document == null || document.isVoided() || document.getClientId() != clientId
                || !sha256.equals(document.getSha256())) {
            throw new NotFoundException();
        }
        accessLog.success(AccessEvent.EXPORT, clientId, SubjectAccessService.OBJECT, "subject-access letter "
                + letterId + ": document=" + documentId + " downloaded for review");
        documentBytes.copy(document, open.apply(new DocumentFile(document.getFileName(), document.getMediaType(),
                document.getSizeBytes())));
    }

    /** A released letter whose file was not destroyed, with its passages; else not found. */
    private static Letter kept(Connection connection, long letterId) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT 1 FROM subject_access_letter WHERE id = ? AND status = 'RELEASED' AND document IS NOT NULL")) {
            p.setLong(1, letterId);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new NotFoundException();
                }
            }
        }
        return read(connection, letterId);
    }

    /**
     * Whether {@code document} is still the one the letter lists: on the client's file, not voided,
     * and its bytes, read now, with the hash recorded at drafting. The bytes are read once to check
     * them before anything of the ZIP is written, so a document that fails is left out, not cut short.
     */
    private boolean asListed(ClientDocument document, long clientId, String sha256) {
        // the passage's foreign key keeps the document's row: destruction clears it, never deletes it
        if (document.isVoided() || document.getClientId() != clientId
                || !sha256.equals(document.getSha256())) {
            return false;
        }
        MessageDigest digest = digest();
        documentBytes.copy(document, new DigestOutputStream(OutputStream.nullOutputStream(), digest));
        return sha256.equals(HexFormat.of().formatHex(digest.digest()));
    }

    /** Copies the document into the ZIP, hashing it again on the way: bytes changed meanwhile end the download. */
    private void copyAsListed(ClientDocument document, String sha256, OutputStream out) {
        MessageDigest digest = digest();
        documentBytes.copy(document, new DigestOutputStream(out, digest));
        if (!sha256.equals(HexFormat.of().formatHex(digest.digest()))) {
            throw new IllegalStateException("document " + document.getId() + " changed while its ZIP was written");
        }
    }

    private List<AccessLogRow> accessHistory(long clientId) {
        List<AccessLogRow> rows = new ArrayList<>();
        AccessLogQuery query = AccessLogQuery.ofClient(clientId, null, null);
        List<AccessLogRow> page;
        do {
            page = accessLogSearch.search(query, rows.size(), LOG_PAGE);
            rows.addAll(page);
        } while (page.size() == LOG_PAGE);
        // oldest first, as a reader follows a history
        Collections.reverse(rows);
        return rows;
    }

    private static boolean exists(Connection connection, long clientId) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT 1 FROM client WHERE id = ?")) {
            p.setLong(1, clientId);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    private static Letter read(Connection connection, long id) throws SQLException {
        Letter letter;
        try (PreparedStatement p = connection.prepareStatement("""
                SELECT client_id, language, status, drafted_at, drafted_by, released_at, released_by, document_sha256,
                version FROM subject_access_letter WHERE id = ?""")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new NotFoundException();
                }
                letter = new Letter(id, r.getLong(1), Locale.forLanguageTag(r.getString(2)), "RELEASED".equals(
                        r.getString(3)), r.getObject(4, LocalDateTime.class), r.getString(5),
                        r.getObject(6, LocalDateTime.class), r.getString(7), r.getString(8), r.getLong(9), new ArrayList<>());
            }
        }
        try (PreparedStatement p = connection.prepareStatement("""
                SELECT id, position, kind, text, decision, reason, version, document_id, document_sha256
                FROM subject_access_passage WHERE letter_id = ? ORDER BY position""")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    letter.passages().add(new LetterPassage(r.getLong(1), r.getInt(2),
                            LetterPassage.Kind.valueOf(r.getString(3)), r.getString(4),
                            LetterPassage.Decision.valueOf(r.getString(5)), r.getString(6), r.getLong(7),
                            r.getObject(8, Long.class), r.getString(9)));
                }
            }
        }
        return letter;
    }

    private static String sha256(byte[] document) {
        return HexFormat.of().formatHex(digest().digest(document));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
