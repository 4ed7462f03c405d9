-- Issue 24: journal notes on the client's file, each with a confidentiality level: the client's team,
-- the responsible caseworker and the team lead, or as the latter and protecting a reporter (kept
-- out of a subject-access answer unless the privacy officer decides otherwise).
CREATE TABLE journal_note (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id   BIGINT        NOT NULL,
    written_on  DATE          NOT NULL,
    level       VARCHAR(16)   NOT NULL,
    text        TEXT          NOT NULL,
    voided      BOOLEAN       NOT NULL DEFAULT FALSE,
    voided_at   DATETIME(6)   NULL,
    voided_by   VARCHAR(64)   NULL,
    void_reason VARCHAR(500)  NULL,
    version     BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(64)   NOT NULL,
    modified_at DATETIME(6)   NOT NULL,
    modified_by VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_journal_note_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_journal_note_level CHECK (level IN ('TEAM', 'RESPONSIBLE', 'CONFIDENTIAL')),
    CONSTRAINT ck_journal_note_void CHECK (voided = FALSE OR (voided_at IS NOT NULL AND void_reason IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_journal_note_client ON journal_note (client_id, written_on);
