-- Issue 24: the measure form asks whether the measure was "checked against a document"; now it can
-- point at that document on the client's file. Choosing a document means the measure was checked,
-- so the database refuses a link on a measure that says it was not. The document stays a document
-- of the file: voiding it later hides the link, it does not change the measure.
ALTER TABLE coercion_measure
    ADD COLUMN verified_document_id BIGINT NULL AFTER verified,
    ADD CONSTRAINT fk_measure_verified_document FOREIGN KEY (verified_document_id) REFERENCES client_document (id),
    ADD CONSTRAINT ck_measure_verified_document CHECK (verified_document_id IS NULL OR verified = TRUE);
