-- Issue 13: sessions that end when a worker's access changes, one-time passwords that expire, and
-- access to client data that one administrator alone cannot grant.

-- A session is valid while the worker's session_stamp is what it was at login. Deactivation, losing
-- a role, a team change and a password reset increment it, which ends every open session of that
-- worker at its next request. A one-time password (set by an administrator) expires at the given time.
ALTER TABLE worker
    ADD COLUMN session_stamp                INT         NOT NULL DEFAULT 0,
    ADD COLUMN one_time_password_expires_at DATETIME(6) NULL;

-- A change that gives a worker access to client data (a caseworker or team-lead role, activation or a
-- team change while holding one), or a password reset of such a worker, waits here until a second
-- administrator approves it. The change is applied only if the worker is still at worker_version.
CREATE TABLE worker_change (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    worker_id       BIGINT       NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    worker_version  BIGINT       NOT NULL,
    display_name    VARCHAR(150) NULL,
    area_team_id    BIGINT       NULL,
    roles           VARCHAR(200) NULL,
    active          BOOLEAN      NULL,
    password_hash   VARCHAR(255) NULL,
    status          VARCHAR(10)  NOT NULL,
    requested_by_id BIGINT       NOT NULL,
    requested_at    DATETIME(6)  NOT NULL,
    decided_by_id   BIGINT       NULL,
    decided_at      DATETIME(6)  NULL,
    version         BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    created_by      VARCHAR(64)  NOT NULL,
    modified_at     DATETIME(6)  NOT NULL,
    modified_by     VARCHAR(64)  NOT NULL,
    CONSTRAINT fk_worker_change_worker FOREIGN KEY (worker_id) REFERENCES worker (id),
    CONSTRAINT fk_worker_change_team FOREIGN KEY (area_team_id) REFERENCES area_team (id),
    CONSTRAINT fk_worker_change_requester FOREIGN KEY (requested_by_id) REFERENCES worker (id),
    CONSTRAINT fk_worker_change_decider FOREIGN KEY (decided_by_id) REFERENCES worker (id),
    CONSTRAINT ck_worker_change_kind CHECK (kind IN ('ACCESS', 'PASSWORD')),
    CONSTRAINT ck_worker_change_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    -- the four-eyes rule, also for anyone writing to the database directly
    CONSTRAINT ck_worker_change_four_eyes CHECK (decided_by_id IS NULL OR decided_by_id <> requested_by_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_worker_change_status ON worker_change (status, requested_at);
