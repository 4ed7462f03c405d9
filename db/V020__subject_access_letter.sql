-- Issue 23: a subject-access answer (AVG art. 15) is a letter the privacy officer reviews before it
-- is released. The draft is stored passage by passage; passages that may name or describe someone
-- else (a reporter, a worker's free text) wait for the privacy officer's decision, with a reason.
-- On release the document is made from exactly these passages and kept with its hash, so what the
-- citizen receives is what was reviewed.
CREATE TABLE subject_access_letter (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id       BIGINT       NOT NULL,
    language        VARCHAR(8)   NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    drafted_at      DATETIME(6)  NOT NULL,
    drafted_by      VARCHAR(64)  NOT NULL,
    released_at     DATETIME(6)  NULL,
    released_by     VARCHAR(64)  NULL,
    document        MEDIUMBLOB   NULL,
    document_sha256 CHAR(64)     NULL,
    version         BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT fk_subject_access_letter_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_subject_access_letter_status CHECK (status IN ('DRAFT', 'RELEASED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE subject_access_passage (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    letter_id  BIGINT        NOT NULL,
    position   INT           NOT NULL,
    kind       VARCHAR(16)   NOT NULL,
    text       TEXT          NOT NULL,
    decision   VARCHAR(16)   NOT NULL,
    reason     VARCHAR(500)  NULL,
    decided_by VARCHAR(64)   NULL,
    decided_at DATETIME(6)   NULL,
    version    BIGINT        NOT NULL DEFAULT 1,
    CONSTRAINT fk_subject_access_passage_letter FOREIGN KEY (letter_id) REFERENCES subject_access_letter (id),
    CONSTRAINT uq_subject_access_passage UNIQUE (letter_id, position),
    CONSTRAINT ck_subject_access_passage_kind CHECK (kind IN ('HEADING', 'PARAGRAPH', 'ENTRY', 'FREE_TEXT', 'THIRD_PARTY')),
    CONSTRAINT ck_subject_access_passage_decision CHECK (decision IN ('RELEASED', 'WITHHELD', 'PENDING'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
