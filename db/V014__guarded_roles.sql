-- Issue 23: one administrator alone grants no guarded role (caseworker, team lead, functional
-- administrator, privacy officer) and resets no credentials of whoever holds one. The system makes
-- up the one-time password when the second administrator approves, so a request no longer carries
-- a password hash. A request that waits too long, or whose requester is no longer an active
-- administrator, lapses.
ALTER TABLE worker_change DROP COLUMN password_hash;
ALTER TABLE worker_change DROP CONSTRAINT ck_worker_change_status;
ALTER TABLE worker_change ADD CONSTRAINT ck_worker_change_status
    CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'LAPSED'));
