-- Issue 24: documents on the client's file. The bytes live in the database by default, in chunks of
-- at most 1 MiB, so an upload or a download is streamed chunk by chunk and never held whole in memory,
-- and backup, restore, need-to-know and destruction cover them with the rest of the file.
CREATE TABLE client_document (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id     BIGINT        NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    kind          VARCHAR(24)   NOT NULL,
    document_date DATE          NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    media_type    VARCHAR(120)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    measure_id    BIGINT        NULL,
    voided        BOOLEAN       NOT NULL DEFAULT FALSE,
    voided_at     DATETIME(6)   NULL,
    voided_by     VARCHAR(64)   NULL,
    void_reason   VARCHAR(500)  NULL,
    version       BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    created_by    VARCHAR(64)   NOT NULL,
    modified_at   DATETIME(6)   NOT NULL,
    modified_by   VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_client_document_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_client_document_measure FOREIGN KEY (measure_id) REFERENCES coercion_measure (id),
    CONSTRAINT ck_client_document_kind CHECK (kind IN ('DECISION', 'COURT_RULING', 'CONSENT_FORM', 'LETTER',
        'PARTNER_REPORT', 'OTHER')),
    CONSTRAINT ck_client_document_void CHECK (voided = FALSE OR (voided_at IS NOT NULL AND void_reason IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_client_document_client ON client_document (client_id, document_date);

CREATE TABLE client_document_chunk (
    document_id BIGINT     NOT NULL,
    position    INT        NOT NULL,
    bytes       MEDIUMBLOB NOT NULL,
    PRIMARY KEY (document_id, position),
    CONSTRAINT fk_client_document_chunk FOREIGN KEY (document_id) REFERENCES client_document (id)
) ENGINE = InnoDB;
