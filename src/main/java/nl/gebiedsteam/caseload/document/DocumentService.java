package nl.gebiedsteam.caseload.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.client.Client;
import nl.gebiedsteam.caseload.client.ClientScope;
import nl.gebiedsteam.caseload.security.CurrentCaller;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Persistence;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.Role;

/**
 * Documents on the client's file. An upload streams into {@link DocumentBytes} (the database's
 * chunks, or an operator's directory), never held whole in memory; its type is read from its bytes.
 * A document linked to a measure follows the measures' rule (the responsible caseworker and the
 * team lead); every other one is for whoever may open the file. Every download is in the access log. A document is voided with a reason, never deleted:
 * destruction removes its bytes.
 */
@Stateless
@RolesAllowed({Role.CASEWORKER_NAME, Role.TEAM_LEAD_NAME})
public class DocumentService {

    static final String OBJECT = "document";
    static final int TITLE_MAX = 200;
    static final int NAME_MAX = 255;
    static final int VOID_REASON_MIN = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentBytes documentBytes;

    @Inject
    ClientScope scope;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AccessLog accessLog;

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
        documentBytes.persist(document, bytes);
        Persistence.flush(em);
        accessLog.success(AccessEvent.CREATE, clientId, OBJECT, "document=" + document.getId() + "; type=" + type
                + "; bytes=" + document.getSizeBytes());
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

    /** One document the caller may see. */
    public DocumentRow document(long documentId) {
        return row(readable(documentId, AccessEvent.READ));
    }

    /**
     * Streams the document's bytes to the stream {@code open} gives for its facts (so a response's
     * headers are set only once the caller is known to be allowed). The log line is committed before
     * the first byte goes, so a download broken off is on record too; no transaction stays open for
     * as long as a slow reader takes.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void download(long documentId, Function<DocumentRow, OutputStream> open) {
        ClientDocument document = readable(documentId, AccessEvent.EXPORT);
        accessLog.success(AccessEvent.EXPORT, document.getClientId(), OBJECT, "document=" + documentId + " downloaded");
        documentBytes.copy(document, open.apply(row(document)));
    }

    /** Changes what a document is about (its bytes and its measure stay); refused on a stale version. */
    public void describe(long documentId, long version, String title, DocumentKind kind, LocalDate documentDate) {
        ClientDocument document = readable(documentId, AccessEvent.UPDATE);
        validate(title, kind, documentDate);
        document.checkVersion(version);
        document.describe(title.strip(), kind, documentDate);
        Persistence.flush(em);
        accessLog.success(AccessEvent.UPDATE, document.getClientId(), OBJECT, "document=" + documentId);
    }

    /** The largest file accepted, in megabytes. */
    public int maxMegabytes() {
        return documentBytes.maxMegabytes();
    }

    /** The client's measures a document may be linked to: none for who may not read them. */
    public List<MeasureChoice> measureChoices(long clientId) {
        Client client = scope.require(clientId, AccessEvent.READ, OBJECT);
        if (!ClientScope.mayReadMeasures(currentCaller.require(), client)) {
            return List.of();
        }
        return em.createQuery("""
                SELECT NEW nl.gebiedsteam.caseload.document.MeasureChoice(m.id, m.type.name, m.startDate, m.endDate)
                FROM CoercionMeasure m WHERE m.clientId = :clientId AND m.voided = FALSE
                ORDER BY m.startDate DESC, m.id DESC""", MeasureChoice.class).setParameter("clientId", clientId)
                .getResultList();
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

    private static void validate(String title, DocumentKind kind, LocalDate documentDate) {
        if (title == null || title.isBlank() || title.strip().length() > TITLE_MAX) {
            throw new CaseloadException("document.title.required", TITLE_MAX);
        }
        if (kind == null) {
            throw new CaseloadException("document.kind.required");
        }
        if (documentDate == null || documentDate.isAfter(LocalDate.now(Times.DISPLAY_ZONE))) {
            throw new CaseloadException("document.date.invalid");
        }
    }

    private void validate(Client client, Description d) {
        if (d == null) {
            throw new CaseloadException("document.title.required", TITLE_MAX);
        }
        validate(d.title(), d.kind(), d.documentDate());
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

    private static DocumentRow row(ClientDocument d) {
        return new DocumentRow(d.getId(), d.getVersion(), d.getTitle(), d.getKind(), d.getDocumentDate(), d.getFileName(),
                d.getMediaType(), d.getSizeBytes(), d.getMeasureId(), d.getCreatedBy());
    }
}
