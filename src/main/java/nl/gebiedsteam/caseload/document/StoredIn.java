package nl.gebiedsteam.caseload.document;

/** Where a document's bytes live. */
public enum StoredIn {
    /** In chunks in the table client_document_chunk: the default. */
    DATABASE,
    /** In a file of the operator's directory ({@code caseload.document.directory}), named by a random key. */
    DIRECTORY
}
