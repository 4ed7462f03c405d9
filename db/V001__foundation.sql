-- Foundation: area teams, workers and roles, clients, and the append-only access log.
-- All DATETIME values are UTC. Every mutable table has a version column for optimistic locking.

CREATE TABLE area_team (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    area         VARCHAR(100) NOT NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    version      BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    modified_at  DATETIME(6)  NOT NULL,
    modified_by  VARCHAR(64)  NOT NULL,
    CONSTRAINT uq_area_team_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE worker (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    login_name           VARCHAR(64)  NOT NULL,
    display_name         VARCHAR(150) NOT NULL,
    area_team_id         BIGINT       NULL,
    active               BOOLEAN      NOT NULL DEFAULT TRUE,
    password_hash        VARCHAR(255) NOT NULL,
    password_must_change BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_login_count   INT          NOT NULL DEFAULT 0,
    locked_until         DATETIME(6)  NULL,
    last_login_at        DATETIME(6)  NULL,
    version              BIGINT       NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    created_by           VARCHAR(64)  NOT NULL,
    modified_at          DATETIME(6)  NOT NULL,
    modified_by          VARCHAR(64)  NOT NULL,
    CONSTRAINT uq_worker_login UNIQUE (login_name),
    CONSTRAINT fk_worker_team FOREIGN KEY (area_team_id) REFERENCES area_team (id),
    CONSTRAINT ck_worker_login CHECK (login_name REGEXP '^[a-z0-9._-]{3,64}$'),
    CONSTRAINT ck_worker_failed CHECK (failed_login_count >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE worker_role (
    worker_id BIGINT      NOT NULL,
    role      VARCHAR(32) NOT NULL,
    PRIMARY KEY (worker_id, role),
    CONSTRAINT fk_worker_role_worker FOREIGN KEY (worker_id) REFERENCES worker (id),
    CONSTRAINT ck_worker_role CHECK (role IN ('CASEWORKER', 'TEAM_LEAD', 'POLICY_OFFICER', 'FUNCTIONAL_ADMIN', 'PRIVACY_OFFICER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE client (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    given_names           VARCHAR(100) NOT NULL,
    surname_prefix        VARCHAR(20)  NULL,
    surname               VARCHAR(100) NOT NULL,
    date_of_birth         DATE         NOT NULL,
    gender                VARCHAR(16)  NOT NULL,
    postcode              VARCHAR(7)   NOT NULL,
    area                  VARCHAR(100) NOT NULL,
    bsn                   CHAR(9)      NULL,
    phone                 VARCHAR(20)  NULL,
    area_team_id          BIGINT       NOT NULL,
    responsible_worker_id BIGINT       NULL,
    status                VARCHAR(16)  NOT NULL,
    purpose               VARCHAR(32)  NOT NULL,
    legal_ground          VARCHAR(32)  NOT NULL,
    voided                BOOLEAN      NOT NULL DEFAULT FALSE,
    voided_at             DATETIME(6)  NULL,
    voided_by             VARCHAR(64)  NULL,
    void_reason           VARCHAR(500) NULL,
    version               BIGINT       NOT NULL,
    created_at            DATETIME(6)  NOT NULL,
    created_by            VARCHAR(64)  NOT NULL,
    modified_at           DATETIME(6)  NOT NULL,
    modified_by           VARCHAR(64)  NOT NULL,
    -- a BSN identifies one person: unique when present (NULLs do not collide)
    CONSTRAINT uq_client_bsn UNIQUE (bsn),
    CONSTRAINT fk_client_team FOREIGN KEY (area_team_id) REFERENCES area_team (id),
    CONSTRAINT fk_client_responsible FOREIGN KEY (responsible_worker_id) REFERENCES worker (id),
    CONSTRAINT ck_client_bsn CHECK (bsn IS NULL OR bsn REGEXP '^[0-9]{9}$'),
    CONSTRAINT ck_client_postcode CHECK (postcode REGEXP '^[1-9][0-9]{3} [A-Z]{2}$'),
    CONSTRAINT ck_client_gender CHECK (gender IN ('MALE', 'FEMALE', 'OTHER', 'UNKNOWN')),
    CONSTRAINT ck_client_status CHECK (status IN ('REGISTERED', 'ACTIVE', 'AFTERCARE', 'CLOSED')),
    CONSTRAINT ck_client_purpose CHECK (purpose IN ('ADDICTION_SUPPORT', 'SIGNAL_FOLLOW_UP', 'CARE_COORDINATION', 'WVGGZ_EXPLORATION')),
    CONSTRAINT ck_client_legal_ground CHECK (legal_ground IN ('WMO_2015', 'JEUGDWET', 'WVGGZ', 'WZD', 'CONSENT')),
    CONSTRAINT ck_client_void CHECK (voided = FALSE OR (voided_at IS NOT NULL AND void_reason IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_client_team_surname ON client (area_team_id, voided, surname, given_names);
CREATE INDEX ix_client_responsible ON client (responsible_worker_id);
CREATE INDEX ix_client_birth ON client (date_of_birth);

-- NEN 7513-style access log. No foreign keys: destroying a file after its retention period must
-- leave the log intact. prev_hash/entry_hash are reserved for the tamper-evident chain.
CREATE TABLE access_log (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at     DATETIME(6)   NOT NULL,
    event           VARCHAR(32)   NOT NULL,
    action_code     CHAR(1)       NOT NULL,
    outcome         VARCHAR(10)   NOT NULL,
    worker_id       BIGINT        NULL,
    worker_login    VARCHAR(64)   NULL,
    worker_roles    VARCHAR(100)  NULL,
    team_id         BIGINT        NULL,
    on_behalf_of_id BIGINT        NULL,
    client_ip       VARCHAR(45)   NULL,
    client_id       BIGINT        NULL,
    object_type     VARCHAR(40)   NULL,
    sensitivity     VARCHAR(16)   NULL,
    reason          VARCHAR(500)  NULL,
    detail          VARCHAR(1000) NULL,
    prev_hash       CHAR(64)      NULL,
    entry_hash      CHAR(64)      NULL,
    CONSTRAINT ck_access_log_action CHECK (action_code IN ('C', 'R', 'U', 'D', 'E')),
    CONSTRAINT ck_access_log_outcome CHECK (outcome IN ('SUCCESS', 'DENIED', 'ERROR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_access_log_client ON access_log (client_id, occurred_at);
CREATE INDEX ix_access_log_worker ON access_log (worker_id, occurred_at);

-- append-only: the application can add lines, never change or remove them
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_log is append-only';
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_log is append-only';
