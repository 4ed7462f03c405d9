package nl.gebiedsteam.caseload.document;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.DataSourceConfiguration;
import nl.gebiedsteam.caseload.shared.identity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bytes of documents, wherever they live: in chunks of {@value #CHUNK_BYTES} bytes in the
 * database (the default), or in files of the directory {@code caseload.document.directory}. Either
 * way a file streams through in pieces, never whole in memory, while its size and SHA-256 are
 * counted. This class checks no scope: {@link DocumentService} and the privacy officer's
 * subject-access answer decide who may have a document before they ask for its bytes.
 */
@Stateless
@RolesAllowed({Role.CASEWORKER_NAME, Role.TEAM_LEAD_NAME, Role.PRIVACY_OFFICER_NAME})
public class DocumentBytes {

    static final int CHUNK_BYTES = 1 << 20;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "caseload.document.max-mb", defaultValue = "20")
    int maxMegabytes;

    @Inject
    @ConfigProperty(name = "caseload.document.directory")
    Optional<String> directory;

    /**
     * Persists a new document with its bytes, in the storage configured now. Refused (and, with the
     * transaction, nothing kept): an empty file, one over the limit, a PDF that is cut short or
     * encrypted.
     */
    public void persist(ClientDocument document, InputStream content) {
        MessageDigest sha256 = sha256();
        PdfCheck pdf = "application/pdf".equals(document.getMediaType()) ? new PdfCheck() : null;
        long limit = (long) maxMegabytes * 1024 * 1024;
        long[] size = {0};
        DocumentDirectory.PieceCheck check = (bytes, length) -> {
            size[0] += length;
            if (size[0] > limit) {
                throw new CaseloadException("document.file.tooLarge", maxMegabytes);
            }
            sha256.update(bytes, 0, length);
            if (pdf != null) {
                pdf.feed(bytes, length);
            }
        };
        try (content) {
            if (directory.isPresent()) {
                String key = directory().write(content, check);
                // a refusal below, or a rollback later, must not leave the file behind
                afterCompletion(Status.STATUS_ROLLEDBACK, () -> deleteQuietly(key));
                document.storedIn(StoredIn.DIRECTORY, key);
                em.persist(document);
                em.flush();
            } else {
                // the chunks refer to the document's id
                em.persist(document);
                em.flush();
                toDatabase(document.getId(), content, check);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (size[0] == 0) {
            throw new CaseloadException("document.file.empty");
        }
        if (pdf != null && pdf.problem() != null) {
            throw new CaseloadException(pdf.problem());
        }
        document.stored(size[0], HexFormat.of().formatHex(sha256.digest()));
    }

    public int maxMegabytes() {
        return maxMegabytes;
    }

    /** Writes the document's bytes to {@code out}, piece by piece, in the caller's transaction if it has one. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void copy(ClientDocument document, OutputStream out) {
        try {
            if (document.getStoredIn() == StoredIn.DIRECTORY) {
                directory().copy(document.getStorageKey(), out);
            } else {
                copyChunks(document.getId(), out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes, once the destruction of the client's file commits, the files of its documents kept
     * in the directory (the database's chunks go with the destruction's own statements).
     */
    public void removeFilesOnCommit(long clientId) {
        List<String> keys = em.createQuery("""
                SELECT d.storageKey FROM ClientDocument d WHERE d.clientId = :clientId AND d.storedIn = :directory""",
                String.class).setParameter("clientId", clientId).setParameter("directory", StoredIn.DIRECTORY)
                .getResultList();
        if (!keys.isEmpty()) {
            afterCompletion(Status.STATUS_COMMITTED, () -> keys.forEach(this::deleteQuietly));
        }
    }

    private void toDatabase(long documentId, InputStream content, DocumentDirectory.PieceCheck check)
            throws IOException {
        byte[] chunk = new byte[CHUNK_BYTES];
        // the persistence context's own connection, so the chunks commit or roll back with their document
        try (PreparedStatement insert = em.unwrap(Connection.class).prepareStatement(
                "INSERT INTO client_document_chunk (document_id, position, bytes) VALUES (?, ?, ?)")) {
            for (int position = 0;; position++) {
                int filled = content.readNBytes(chunk, 0, CHUNK_BYTES);
                if (filled == 0) {
                    return;
                }
                check.accept(chunk, filled);
                insert.setLong(1, documentId);
                insert.setInt(2, position);
                insert.setBytes(3, filled == CHUNK_BYTES ? chunk : Arrays.copyOf(chunk, filled));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("document " + documentId + " could not be stored", e);
        }
    }

    private void copyChunks(long documentId, OutputStream out) throws IOException {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(
                "SELECT bytes FROM client_document_chunk WHERE document_id = ? ORDER BY position")) {
            p.setLong(1, documentId);
            // one chunk at a time from the server, not the whole result
            p.setFetchSize(1);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.write(r.getBytes(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("document " + documentId + " could not be read", e);
        }
    }

    private DocumentDirectory directory() {
        return new DocumentDirectory(Path.of(directory.orElseThrow(() -> new IllegalStateException(
                "a document is kept in a directory, but caseload.document.directory is not set"))));
    }

    private void afterCompletion(int status, Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before: files are written before the commit and removed after it
            }

            @Override
            public void afterCompletion(int outcome) {
                if (outcome == status) {
                    action.run();
                }
            }
        });
    }

    private void deleteQuietly(String key) {
        try {
            directory().delete(key);
        } catch (IOException e) {
            // an orphan file refers to no one: it is named by a random key only
            System.getLogger(DocumentBytes.class.getName()).log(System.Logger.Level.WARNING,
                    "could not delete document file " + key + ": " + e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
