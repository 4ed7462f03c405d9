-- Issue 14: retention. A closed file is anonymised once its retention term has passed (20 years
-- after the last closure, DOMAIN.md rule 10), after the privacy officer approved it on the
-- destruction list. Anonymising keeps every row that the annual report counts and only clears
-- what identifies the person, so earlier reports stay equal.

ALTER TABLE client
    ADD COLUMN anonymised_at DATETIME(6) NULL,
    ADD COLUMN anonymised_by VARCHAR(64) NULL;

-- What was destroyed, when, on whose approval, and under which term: nothing disappears silently.
CREATE TABLE destruction (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id       BIGINT      NOT NULL,
    area_team_id    BIGINT      NOT NULL,
    last_closed_on  DATE        NOT NULL,
    retention_years INT         NOT NULL,
    approved_by     VARCHAR(64) NOT NULL,
    approved_at     DATETIME(6) NOT NULL,
    records_cleared INT         NOT NULL,
    CONSTRAINT uq_destruction_client UNIQUE (client_id),
    CONSTRAINT fk_destruction_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_destruction_team FOREIGN KEY (area_team_id) REFERENCES area_team (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER destruction_no_update BEFORE UPDATE ON destruction FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'destruction is append-only';
CREATE TRIGGER destruction_no_delete BEFORE DELETE ON destruction FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'destruction is append-only';

-- Transitions and assignments stay append-only, with one exception: anonymising may clear their
-- free text (a comment, a reason) and nothing else.
DROP TRIGGER pathway_transition_no_update;
CREATE TRIGGER pathway_transition_no_update BEFORE UPDATE ON pathway_transition FOR EACH ROW
BEGIN
    IF NOT (NEW.comment IS NULL AND NEW.id <=> OLD.id AND NEW.pathway_id <=> OLD.pathway_id
            AND NEW.kind <=> OLD.kind AND NEW.from_status <=> OLD.from_status AND NEW.to_status <=> OLD.to_status
            AND NEW.occurred_at <=> OLD.occurred_at AND NEW.worker_id <=> OLD.worker_id
            AND NEW.worker_login <=> OLD.worker_login) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'pathway_transition is append-only';
    END IF;
END;

DROP TRIGGER assignment_no_update;
CREATE TRIGGER assignment_no_update BEFORE UPDATE ON assignment FOR EACH ROW
BEGIN
    IF NOT (NEW.reason = '-' AND NEW.id <=> OLD.id AND NEW.client_id <=> OLD.client_id
            AND NEW.area_team_id <=> OLD.area_team_id AND NEW.from_worker_id <=> OLD.from_worker_id
            AND NEW.to_worker_id <=> OLD.to_worker_id AND NEW.assigned_at <=> OLD.assigned_at
            AND NEW.assigned_by <=> OLD.assigned_by) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'assignment is append-only';
    END IF;
END;
