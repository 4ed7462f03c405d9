-- Issue 24: a reassignment carries a handover note for the new caseworker (what to know, what is
-- pending), shown at the top of the file until they mark it read.
ALTER TABLE assignment ADD COLUMN handover TEXT NULL;
ALTER TABLE assignment ADD COLUMN handover_read_at DATETIME(6) NULL;

-- The record stays append-only, with two exceptions: destruction clears its texts, and the new
-- caseworker marks the handover read, once. Nothing else about an assignment ever changes.
DROP TRIGGER assignment_no_update;
CREATE TRIGGER assignment_no_update BEFORE UPDATE ON assignment FOR EACH ROW
BEGIN
    IF NOT (NEW.id <=> OLD.id AND NEW.client_id <=> OLD.client_id AND NEW.area_team_id <=> OLD.area_team_id
            AND NEW.from_worker_id <=> OLD.from_worker_id AND NEW.to_worker_id <=> OLD.to_worker_id
            AND NEW.assigned_at <=> OLD.assigned_at AND NEW.assigned_by <=> OLD.assigned_by
            AND ((NEW.reason = '-' AND (NEW.handover IS NULL OR NEW.handover = '-')
                    AND NEW.handover_read_at <=> OLD.handover_read_at)
                OR (NEW.reason <=> OLD.reason AND NEW.handover <=> OLD.handover AND OLD.handover_read_at IS NULL
                    AND NEW.handover_read_at IS NOT NULL))) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'assignment is append-only';
    END IF;
END;
