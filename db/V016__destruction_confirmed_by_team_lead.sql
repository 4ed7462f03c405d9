-- Issue 23: a destruction is decided by two people. The privacy officer puts a file on the
-- destruction list before the team lead of its team; only a file that lead confirmed can be
-- destroyed. The row stays afterwards, as the record of who confirmed.
CREATE TABLE destruction_proposal (
    client_id    BIGINT      NOT NULL PRIMARY KEY,
    proposed_by  VARCHAR(64) NOT NULL,
    proposed_at  DATETIME(6) NOT NULL,
    confirmed_by VARCHAR(64) NULL,
    confirmed_at DATETIME(6) NULL,
    CONSTRAINT fk_destruction_proposal_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_destruction_proposal_confirmed CHECK ((confirmed_by IS NULL) = (confirmed_at IS NULL)),
    -- two people, also for anyone writing to the database directly
    CONSTRAINT ck_destruction_proposal_two CHECK (confirmed_by IS NULL OR confirmed_by <> proposed_by)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
