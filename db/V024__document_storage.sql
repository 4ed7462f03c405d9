-- Issue 24: an operator may keep documents' bytes in a directory instead of the database. Each
-- document says where its own bytes are, so switching the setting later leaves the documents
-- stored before readable. A file in the directory is named by a random key, never by its id: an
-- upload whose transaction rolls back may leave a file behind, and that file must never be taken
-- for a later document's.
ALTER TABLE client_document
    ADD COLUMN stored_in   VARCHAR(12) NOT NULL DEFAULT 'DATABASE' AFTER sha256,
    ADD COLUMN storage_key CHAR(36)    NULL AFTER stored_in,
    ADD CONSTRAINT ck_client_document_storage CHECK (
        (stored_in = 'DATABASE' AND storage_key IS NULL) OR (stored_in = 'DIRECTORY' AND storage_key IS NOT NULL));
