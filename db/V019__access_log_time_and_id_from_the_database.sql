-- Issue 23: the access log's order cannot be faked by the application's database user.
--
-- A line's time is the database's, taken in the chain trigger after the chain head's lock, so the
-- lines' times never run backwards in chain order, and nobody writing through the trigger can
-- backdate one. Ids are the database's too: an insert that names one is refused, so ids grow with
-- the chain. The verifier (AccessLogChain) rejects a line whose time or id runs backwards; lines
-- from before this migration were stamped by the application, which set the time before it waited
-- for the lock, so for them it allows a minute (stamped_from_seq says where the database took over).
-- The rest of the trigger is V013's, written out again (MariaDB cannot change a trigger in place).

ALTER TABLE access_log_chain_head ADD COLUMN stamped_from_seq BIGINT NULL;
UPDATE access_log_chain_head SET stamped_from_seq = last_seq + 1 WHERE id = 1;

DROP TRIGGER access_log_chain;

CREATE TRIGGER access_log_chain BEFORE INSERT ON access_log FOR EACH ROW
BEGIN
    DECLARE v_seq BIGINT;
    DECLARE v_hash CHAR(64);
    IF NEW.id IS NOT NULL AND NEW.id <> 0 THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_log ids are given by the database';
    END IF;
    IF NEW.shown_digest IS NULL THEN
        SET NEW.shown_digest = SHA2('', 256);
    END IF;
    SELECT last_seq, last_hash INTO v_seq, v_hash FROM access_log_chain_head WHERE id = 1 FOR UPDATE;
    -- the time the line joins the chain, taken under the head's lock: UTC at the statement's start
    -- plus the time since (SYSDATE runs on while NOW stands still), so lines never go back in time
    SET NEW.occurred_at = UTC_TIMESTAMP(6) + INTERVAL TIMESTAMPDIFF(MICROSECOND, NOW(6), SYSDATE(6)) MICROSECOND;
    SET NEW.chain_seq = v_seq + 1;
    SET NEW.prev_hash = v_hash;
    SET NEW.entry_hash = SHA2(CONCAT(v_hash, CONCAT_WS('|',
        CONCAT(CHAR_LENGTH(NEW.chain_seq), ':', NEW.chain_seq),
        CONCAT(CHAR_LENGTH(DATE_FORMAT(NEW.occurred_at, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(NEW.occurred_at, '%Y-%m-%d %H:%i:%s.%f')),
        IFNULL(CONCAT(CHAR_LENGTH(NEW.event), ':', NEW.event), '-'),
        IFNULL(CONCAT(CHAR_LENGTH(NEW.action_code), ':', NEW.action_code), '-'),
        IFNULL(CONCAT(CHAR_LENGTH(NEW.outcome), ':', NEW.outcome), '-'),
        IFNULL(CONCAT(CHAR_LENGTH(NEW.worker_id), ':', NEW.worker_id), '-'),
        IFNULL(CONCAT(CHAR_LENGTH(NEW.worker_login), ':', NEW.worker_login), '-'),
        IFNULL(CONCAT(CHAR_LENGTH(NEW.worker_roles), ':', NEW.worker_roles), '-'),
        IFNULL(CONCAT(CHAR_LENGTH(NEW.team_id), ':', NEW.team_id), '-'),
        IFNULL(CONCAT(CHAR_LENGTH(NEW.on_behalf_of_id), ':', NEW.on_behalf_of_id), '-'),
        IFNULL(CONCAT(CHAR_LENGTH(NEW.client_ip), ':', NEW.client_ip), '-'),
        IFNULL(CONCAT(CHAR_LENGTH(NEW.client_id), ':', NEW.client_id), '-'),
        IFNULL(CONCAT(CHAR_LENGTH(NEW.object_type), ':', NEW.object_type), '-'),
        IFNULL(CONCAT(CHAR_LENGTH(NEW.sensitivity), ':', NEW.sensitivity), '-'),
        IFNULL(CONCAT(CHAR_LENGTH(NEW.reason), ':', NEW.reason), '-'),
        IFNULL(CONCAT(CHAR_LENGTH(NEW.detail), ':', NEW.detail), '-'),
        CONCAT(CHAR_LENGTH(NEW.shown_digest), ':', NEW.shown_digest))), 256);
    UPDATE access_log_chain_head SET last_seq = NEW.chain_seq, last_hash = NEW.entry_hash WHERE id = 1;
END;

-- Signed checkpoints of the chain head, written every hour by one node (ChainCheckpointJob).
INSERT INTO job_lease (name, holder, lease_until, last_run_on) VALUES ('chain-checkpoint', NULL, '2000-01-01 00:00:00', NULL);
