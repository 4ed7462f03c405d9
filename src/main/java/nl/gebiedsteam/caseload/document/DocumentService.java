package nl.gebiedsteam.caseload.document;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.client.Client;
import nl.gebiedsteam.caseload.client.ClientScope;
import nl.gebiedsteam.caseload.security.CurrentCaller;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.DataSourceConfiguration;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Persistence;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Documents on the client's file. An upload is streamed into the database in chunks of
 * {@value #CHUNK_BYTES} bytes while its size and SHA-256 are counted, so no file is ever held whole
 * in memory; its type is read from its bytes. A document linked to a measure follows the measures'
 * rule (the responsible caseworker and the team lead); every other one is for whoever may open the
 * file. Every download is in the access log. A document is voided with a reason, never deleted:
 * destruction removes its bytes.
 */
@Stateless
@RolesAllowed({Role.CASEWORKER_NAME, Role.TEAM_LEAD_NAME})
public class DocumentService {

    static final String OBJECT = "document";
    static final int CHUNK_BYTES = 1 << 20;
    static final int TITLE_MAX = 200;
    static final int NAME_MAX = 255;
    static final int VOID_REASON_MIN = 5;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    ClientScope scope;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AccessLog accessLog;

    @Inject
    @ConfigProperty(name = "caseload.document.max-mb", defaultValue = "20")
    int maxMegabytes;

    /** What a document is about, as the form gives it. */
    public record Description(String title, DocumentKind kind, LocalDate documentDate, Long measureId) {
    }

    /**
     * Stores {@code content} as a document of the client. Refused, with nothing stored: an empty file,
     * one larger than the limit, a type that is not allowed or that the name contradicts, a name with
     * a path, control characters or more than {@value #NAME_MAX} characters.
     */
    public long upload(long clientId, Description description, String fileName, InputStream content) {
        Client client = scope.require(clientId, AccessEvent.CREATE, OBJECT);
        validate(client, description);
        String name = checkedName(fileName);
        BufferedInputStream bytes = new BufferedInputStream(content, 64 * 1024);
        String type;
        try {
            type = DocumentTypes.detect(bytes, name).orElseThrow(() -> new CaseloadException("document.type.refused"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ClientDocument document = new ClientDocument(clientId, description.title().strip(), description.kind(),
                description.documentDate(), name, type, description.measureId());
        em.persist(document);
        Persistence.flush(em);
        long size = store(document.getId(), bytes, document);
        Persistence.flush(em);
        accessLog.success(AccessEvent.CREATE, clientId, OBJECT, "document=" + document.getId() + "; type=" + type
                + "; bytes=" + size);
        return document.getId();
    }

    /** The client's documents the caller may see, newest first. */
    public List<DocumentRow> list(long clientId) {
        Client client = scope.require(clientId, AccessEvent.READ, OBJECT);
        boolean measures = ClientScope.mayReadMeasures(currentCaller.require(), client);
        List<DocumentRow> rows = em.createQuery("""
                SELECT d FROM ClientDocument d WHERE d.clientId = :clientId AND d.voided = FALSE
                ORDER BY d.documentDate DESC, d.id DESC""", ClientDocument.class).setParameter("clientId", clientId)
                .getResultStream().filter(d -> d.getMeasureId() == null || measures).map(DocumentService::row).toList();
        accessLog.success(AccessEvent.READ, clientId, OBJECT, "documents=" + rows.size());
        return rows;
    }

    /** One document's facts, for a download's headers. */
    public DocumentRow document(long documentId) {
        return row(readable(documentId, AccessEvent.READ));
    }

    /** Writes the document's bytes to {@code out}, chunk by chunk; the download is logged. */
    public void download(long documentId, OutputStream out) {
        ClientDocument document = readable(documentId, AccessEvent.EXPORT);
        accessLog.success(AccessEvent.EXPORT, document.getClientId(), OBJECT, "document=" + documentId + " downloaded");
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
            out.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("document " + documentId + " could not be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void voidDocument(long documentId, long version, String reason) {
        ClientDocument document = readable(documentId, AccessEvent.VOID);
        if (reason == null || reason.strip().length() < VOID_REASON_MIN) {
            throw new CaseloadException("document.void.reasonRequired", VOID_REASON_MIN);
        }
        document.checkVersion(version);
        document.markVoided(Times.nowUtc(), currentCaller.require().loginName(), reason.strip());
        Persistence.flush(em);
        // the reason stays with the document; the log, which is never changed, holds no free text
        accessLog.success(AccessEvent.VOID, document.getClientId(), OBJECT, "document=" + documentId);
    }

    /** A document that is there and the caller may see: measure documents only for those who may read measures. */
    private ClientDocument readable(long documentId, AccessEvent event) {
        ClientDocument document = em.find(ClientDocument.class, documentId);
        if (document == null || document.isVoided()) {
            throw new NotFoundException();
        }
        Client client = scope.require(document.getClientId(), event, OBJECT);
        Caller caller = currentCaller.require();
        if (document.getMeasureId() != null && !ClientScope.mayReadMeasures(caller, client)) {
            throw scope.refuseRestricted(caller, client, event, OBJECT, "document=" + documentId + " of a measure");
        }
        return document;
    }

    private void validate(Client client, Description d) {
        if (d == null || d.title() == null || d.title().isBlank() || d.title().strip().length() > TITLE_MAX) {
            throw new CaseloadException("document.title.required", TITLE_MAX);
        }
        if (d.kind() == null) {
            throw new CaseloadException("document.kind.required");
        }
        if (d.documentDate() == null || d.documentDate().isAfter(LocalDate.now(Times.DISPLAY_ZONE))) {
            throw new CaseloadException("document.date.invalid");
        }
        if (d.measureId() != null) {
            Optional<Long> owner = em.createQuery("SELECT m.clientId FROM CoercionMeasure m WHERE m.id = :id", Long.class)
                    .setParameter("id", d.measureId()).getResultStream().findFirst();
            if (owner.isEmpty() || !owner.get().equals(client.getId())) {
                throw new CaseloadException("document.measure.invalid");
            }
            if (!ClientScope.mayReadMeasures(currentCaller.require(), client)) {
                throw new CaseloadException("document.measure.notYours");
            }
        }
    }

    /** The name as the file came: no folders, no control characters, not too long; else refused. */
    static String checkedName(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        if (name.isEmpty() || name.length() > NAME_MAX || name.contains("/") || name.contains("\\")
                || name.chars().anyMatch(c -> Character.isISOControl(c)) || name.equals(".") || name.equals("..")) {
            throw new CaseloadException("document.name.invalid", NAME_MAX);
        }
        return name;
    }

    /** Streams the bytes into chunks, counting size and SHA-256; refuses an empty or too large file. */
    private long store(long documentId, InputStream bytes, ClientDocument document) {
        long limit = (long) maxMegabytes * 1024 * 1024;
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long size = 0;
        byte[] chunk = new byte[CHUNK_BYTES];
        try (PreparedStatement insert = connection().prepareStatement(
                "INSERT INTO client_document_chunk (document_id, position, bytes) VALUES (?, ?, ?)")) {
            for (int position = 0;; position++) {
                int filled = bytes.readNBytes(chunk, 0, CHUNK_BYTES);
                if (filled == 0) {
                    break;
                }
                size += filled;
                if (size > limit) {
                    throw new CaseloadException("document.file.tooLarge", maxMegabytes);
                }
                sha256.update(chunk, 0, filled);
                insert.setLong(1, documentId);
                insert.setInt(2, position);
                insert.setBytes(3, filled == CHUNK_BYTES ? chunk : java.util.Arrays.copyOf(chunk, filled));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("document " + documentId + " could not be stored", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (size == 0) {
            throw new CaseloadException("document.file.empty");
        }
        document.stored(size, HexFormat.of().formatHex(sha256.digest()));
        return size;
    }

    /** The connection of the persistence context's transaction, so the chunks go with their document. */
    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    private static DocumentRow row(ClientDocument d) {
        return new DocumentRow(d.getId(), d.getVersion(), d.getTitle(), d.getKind(), d.getDocumentDate(), d.getFileName(),
                d.getMediaType(), d.getSizeBytes(), d.getMeasureId(), d.getCreatedBy());
    }
}
