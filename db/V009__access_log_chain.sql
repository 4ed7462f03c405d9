-- Issue 14: a tamper-evident access log. Every row carries chain_seq, prev_hash and
-- entry_hash = SHA-256(prev_hash || canonical(row)), computed by the database itself in a trigger
-- that serialises writers on the chain head's row lock. The application cannot skip or forge it,
-- and a verifier (AccessLogChain) recomputes the chain and names the first row that no longer fits.
--
-- canonical(row): the fields below joined with '|', each written as <length in characters>:<value>,
-- or '-' when NULL, so no value can pass for another; occurred_at as 'yyyy-MM-dd HH:mm:ss.SSSSSS'.
-- AccessLogChain.canonical in the application writes exactly the same text. The expression is
-- written out twice below (backfill and trigger) rather than as a stored function, which a
-- migration user could not create on a server with binary logging without extra privileges.

ALTER TABLE access_log ADD COLUMN chain_seq BIGINT NULL;

CREATE TABLE access_log_chain_head (
    id        TINYINT  NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT ck_access_log_chain_head_one CHECK (id = 1)
) ENGINE = InnoDB;

-- rows written before this migration join the chain in the order they were written
DROP TRIGGER access_log_no_update;
SET @seq = 0;
SET @hash = REPEAT('0', 64);
UPDATE access_log
   SET chain_seq = (@seq := @seq + 1),
       prev_hash = @hash,
       entry_hash = (@hash := SHA2(CONCAT(@hash, CONCAT_WS('|',
           CONCAT(CHAR_LENGTH(chain_seq), ':', chain_seq),
           CONCAT(CHAR_LENGTH(DATE_FORMAT(occurred_at, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(occurred_at, '%Y-%m-%d %H:%i:%s.%f')),
           IFNULL(CONCAT(CHAR_LENGTH(event), ':', event), '-'),
           IFNULL(CONCAT(CHAR_LENGTH(action_code), ':', action_code), '-'),
           IFNULL(CONCAT(CHAR_LENGTH(outcome), ':', outcome), '-'),
           IFNULL(CONCAT(CHAR_LENGTH(worker_id), ':', worker_id), '-'),
           IFNULL(CONCAT(CHAR_LENGTH(worker_login), ':', worker_login), '-'),
           IFNULL(CONCAT(CHAR_LENGTH(worker_roles), ':', worker_roles), '-'),
           IFNULL(CONCAT(CHAR_LENGTH(team_id), ':', team_id), '-'),
           IFNULL(CONCAT(CHAR_LENGTH(on_behalf_of_id), ':', on_behalf_of_id), '-'),
           IFNULL(CONCAT(CHAR_LENGTH(client_ip), ':', client_ip), '-'),
           IFNULL(CONCAT(CHAR_LENGTH(client_id), ':', client_id), '-'),
           IFNULL(CONCAT(CHAR_LENGTH(object_type), ':', object_type), '-'),
           IFNULL(CONCAT(CHAR_LENGTH(sensitivity), ':', sensitivity), '-'),
           IFNULL(CONCAT(CHAR_LENGTH(reason), ':', reason), '-'),
           IFNULL(CONCAT(CHAR_LENGTH(detail), ':', detail), '-'))), 256))
 ORDER BY id;
INSERT INTO access_log_chain_head (id, last_seq, last_hash) VALUES (1, @seq, @hash);

CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_log is append-only';

CREATE UNIQUE INDEX uq_access_log_chain_seq ON access_log (chain_seq);

CREATE TRIGGER access_log_chain BEFORE INSERT ON access_log FOR EACH ROW
BEGIN
    DECLARE v_seq BIGINT;
    DECLARE v_hash CHAR(64);
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
        IFNULL(CONCAT(CHAR_LENGTH(NEW.detail), ':', NEW.detail), '-'))), 256);
    UPDATE access_log_chain_head SET last_seq = NEW.chain_seq, last_hash = NEW.entry_hash WHERE id = 1;
END;
