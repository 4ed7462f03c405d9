-- Caseload review: the history of (re)assignments of a client to a caseworker, so a team lead's
-- reassignment is on record (who, from, to, why) and the new caseworker sees "recently assigned
-- to me"; and the setting for "no contact in the last N days".

CREATE TABLE assignment (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id        BIGINT       NOT NULL,
    area_team_id     BIGINT       NOT NULL,
    from_worker_id   BIGINT       NULL,
    to_worker_id     BIGINT       NOT NULL,
    reason           VARCHAR(500) NOT NULL,
    assigned_at      DATETIME(6)  NOT NULL,
    assigned_by      VARCHAR(64)  NOT NULL,
    CONSTRAINT fk_assignment_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_assignment_team FOREIGN KEY (area_team_id) REFERENCES area_team (id),
    CONSTRAINT fk_assignment_from FOREIGN KEY (from_worker_id) REFERENCES worker (id),
    CONSTRAINT fk_assignment_to FOREIGN KEY (to_worker_id) REFERENCES worker (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_assignment_to ON assignment (to_worker_id, assigned_at);
CREATE INDEX ix_assignment_client ON assignment (client_id, assigned_at);

CREATE TRIGGER assignment_no_update BEFORE UPDATE ON assignment FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'assignment is append-only';
CREATE TRIGGER assignment_no_delete BEFORE DELETE ON assignment FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'assignment is append-only';

-- The overview's aggregate queries: open pathways per team and caseworker, latest contact per client
CREATE INDEX ix_pathway_team_responsible ON pathway (area_team_id, voided, status, responsible_worker_id);
CREATE INDEX ix_contact_client_day ON client_contact (client_id, voided, occurred_local);

INSERT INTO setting (name, value, version, created_at, created_by, modified_at, modified_by) VALUES
 ('overview.no-contact-days', '30', 1, UTC_TIMESTAMP(6), 'migration', UTC_TIMESTAMP(6), 'migration');
