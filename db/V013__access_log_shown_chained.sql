-- Issue 14: the clients a list read showed (access_log_shown, V010) join the hash chain.
--
-- Every new line carries shown_digest = SHA-256 of the ids of the clients it showed, ascending,
-- joined with ',' (no clients: SHA-256 of the empty text, which the trigger fills in when the
-- application leaves it out). The digest is hashed into the line as a last canonical field, so a
-- client id added to or removed from access_log_shown afterwards no longer matches a chained
-- line, and the verifier names that line. Lines written before this migration keep a NULL
-- digest; CONCAT_WS skips a NULL, so their hashes stay what they were, and their shown clients
-- are not covered (the README says so). MariaDB cannot change a trigger in place, so V009's
-- trigger is written out again with the one field added.

ALTER TABLE access_log ADD COLUMN shown_digest CHAR(64) NULL;

DROP TRIGGER access_log_chain;

CREATE TRIGGER access_log_chain BEFORE INSERT ON access_log FOR EACH ROW
BEGIN
    DECLARE v_seq BIGINT;
    DECLARE v_hash CHAR(64);
    IF NEW.shown_digest IS NULL THEN
        SET NEW.shown_digest = SHA2('', 256);
    END IF;
    SELECT last_seq, last_hash INTO v_seq, v_hash FROM access_log_chain_head WHERE id = 1 FOR UPDATE;
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
