package nl.gebiedsteam.caseload.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.gebiedsteam.caseload.shared.VoidableEntity;

/** A document on the client's file: what it is, and the facts of its bytes (which live in chunks). */
@Entity
@Table(name = "client_document")
public class ClientDocument extends VoidableEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private DocumentKind kind;

    @Column(name = "document_date", nullable = false)
    private LocalDate documentDate;

    @Column(name = "file_name", nullable = false, updatable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false, length = 120)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "stored_in", nullable = false, updatable = false, length = 12)
    private StoredIn storedIn = StoredIn.DATABASE;

    @Column(name = "storage_key", updatable = false, length = 36)
    private String storageKey;

    @Column(name = "measure_id", updatable = false)
    private Long measureId;

    protected ClientDocument() {
    }

    ClientDocument(long clientId, String title, DocumentKind kind, LocalDate documentDate, String fileName,
            String mediaType, Long measureId) {
        this.clientId = clientId;
        this.title = title;
        this.kind = kind;
        this.documentDate = documentDate;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.measureId = measureId;
        this.sha256 = "";
    }

    /** The facts of the bytes, once they are all stored. */
    void stored(long sizeBytes, String sha256) {
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
    }

    /** Bytes kept elsewhere than in the database's chunks; set before the row is first written. */
    void storedIn(StoredIn storedIn, String storageKey) {
        this.storedIn = storedIn;
        this.storageKey = storageKey;
    }

    void describe(String title, DocumentKind kind, LocalDate documentDate) {
        this.title = title;
        this.kind = kind;
        this.documentDate = documentDate;
    }

    public long getClientId() {
        return clientId;
    }

    public String getTitle() {
        return title;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public StoredIn getStoredIn() {
        return storedIn;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public Long getMeasureId() {
        return measureId;
    }
}
