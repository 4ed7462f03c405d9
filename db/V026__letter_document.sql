-- Issue 24: the subject-access letter lists the client's documents, each as a passage the privacy
-- officer releases or withholds (a document may name a reporter or a family member). A document
-- passage says which document it is about and what its bytes were when the letter was drafted:
-- the ZIP beside the released letter holds a document only while its SHA-256 still matches, so the
-- citizen receives exactly the bytes that were listed and reviewed, never a later version.
ALTER TABLE subject_access_passage
    ADD COLUMN document_id     BIGINT   NULL AFTER kind,
    ADD COLUMN document_sha256 CHAR(64) NULL AFTER document_id,
    ADD CONSTRAINT fk_subject_access_passage_document FOREIGN KEY (document_id) REFERENCES client_document (id);

ALTER TABLE subject_access_passage DROP CONSTRAINT ck_subject_access_passage_kind;
ALTER TABLE subject_access_passage ADD CONSTRAINT ck_subject_access_passage_kind
    CHECK (kind IN ('HEADING', 'PARAGRAPH', 'ENTRY', 'FREE_TEXT', 'THIRD_PARTY', 'DOCUMENT'));
-- a document passage always knows its document and hash; no other passage has them
ALTER TABLE subject_access_passage ADD CONSTRAINT ck_subject_access_passage_document
    CHECK ((kind = 'DOCUMENT' AND document_id IS NOT NULL AND document_sha256 IS NOT NULL)
        OR (kind <> 'DOCUMENT' AND document_id IS NULL AND document_sha256 IS NULL));
