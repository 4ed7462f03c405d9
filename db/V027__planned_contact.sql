-- Issue 25: the caseworker's agenda. A planned contact is an appointment with a client in one
-- worker's agenda; once it has happened it becomes a logged contact (client_contact) in one step,
-- or it is marked as not happened with a reason. Video calls become a contact kind of their own.
ALTER TABLE client_contact DROP CONSTRAINT ck_contact_kind;
ALTER TABLE client_contact ADD CONSTRAINT ck_contact_kind
    CHECK (kind IN ('CONVERSATION', 'HOME_VISIT', 'PHONE', 'VIDEO', 'PARTNER_CONSULTATION'));

CREATE TABLE planned_contact (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id        BIGINT        NOT NULL,
    worker_id        BIGINT        NOT NULL,
    starts_local     DATETIME      NOT NULL,
    duration_minutes SMALLINT      NOT NULL,
    kind             VARCHAR(24)   NOT NULL,
    place            VARCHAR(200)  NULL,
    status           VARCHAR(12)   NOT NULL DEFAULT 'PLANNED',
    not_held_reason  VARCHAR(24)   NULL,
    contact_id       BIGINT        NULL,
    version          BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    modified_at      DATETIME(6)   NOT NULL,
    modified_by      VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_planned_contact_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_planned_contact_worker FOREIGN KEY (worker_id) REFERENCES worker (id),
    CONSTRAINT fk_planned_contact_contact FOREIGN KEY (contact_id) REFERENCES client_contact (id),
    CONSTRAINT ck_planned_contact_kind CHECK (kind IN ('HOME_VISIT', 'OFFICE', 'PHONE', 'VIDEO', 'WITH_PARTNER')),
    CONSTRAINT ck_planned_contact_duration CHECK (duration_minutes BETWEEN 5 AND 720),
    CONSTRAINT ck_planned_contact_status CHECK (
        (status = 'PLANNED' AND not_held_reason IS NULL AND contact_id IS NULL)
        OR (status = 'HELD' AND not_held_reason IS NULL AND contact_id IS NOT NULL)
        OR (status = 'NOT_HELD' AND not_held_reason IN ('CANCELLED_BY_CLIENT', 'CANCELLED_BY_WORKER', 'NO_SHOW')
            AND contact_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- an agenda is read by worker and period; the work list asks per client for the next appointment
CREATE INDEX ix_planned_contact_worker ON planned_contact (worker_id, starts_local);
CREATE INDEX ix_planned_contact_client ON planned_contact (client_id, status, starts_local);

INSERT INTO setting (name, value, version, created_at, created_by, modified_at, modified_by) VALUES
 ('agenda.plan-within-days', '28', 1, UTC_TIMESTAMP(6), 'migration', UTC_TIMESTAMP(6), 'migration');
