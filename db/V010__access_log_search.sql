-- Issue 14: the privacy officer searches the access log and produces a client's own log.
--
-- A list read (search results, drill-down, my work, expiring measures, approval queue) shows many
-- clients in one access; the clients it showed are recorded here, one row per client, so that
-- each of them finds that access in their own log. Append-only like the log itself: the runtime
-- user may only SELECT and INSERT (RuntimePrivileges), and these triggers refuse changes anyway.
CREATE TABLE access_log_shown (
    access_log_id BIGINT NOT NULL,
    client_id     BIGINT NOT NULL,
    PRIMARY KEY (access_log_id, client_id),
    CONSTRAINT fk_access_log_shown_log FOREIGN KEY (access_log_id) REFERENCES access_log (id)
) ENGINE = InnoDB;

CREATE INDEX ix_access_log_shown_client ON access_log_shown (client_id, access_log_id);

CREATE TRIGGER access_log_shown_no_update BEFORE UPDATE ON access_log_shown FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_log_shown is append-only';

CREATE TRIGGER access_log_shown_no_delete BEFORE DELETE ON access_log_shown FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_log_shown is append-only';

-- the search filters by period, and by event or outcome within a period (review lists)
CREATE INDEX ix_access_log_occurred ON access_log (occurred_at);
CREATE INDEX ix_access_log_event ON access_log (event, occurred_at);
CREATE INDEX ix_access_log_outcome ON access_log (outcome, occurred_at);
