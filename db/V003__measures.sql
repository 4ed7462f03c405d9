-- Register of pressure and compulsion measures (drang en dwang), Wvggz reports, tasks, and the
-- database lease that lets one node of a cluster run the daily expiry job.
-- The system records measures decided elsewhere (court, prosecutor, mayor); it never decides them.
-- Measures are criminal-justice or coercive-care data (GDPR art. 10): visible to the assigned
-- caseworker and the team lead only; the service enforces this and logs every read.

-- Reference data: the measure types of DOMAIN.md with their legal facts. The functional admin may
-- add or retire types, never change the legal facts of a type in use (the service refuses it).
-- typical_max_days: a longer measure is a warning the user must confirm; NULL = set per decision.
CREATE TABLE measure_type (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code               VARCHAR(40)  NOT NULL,
    name               VARCHAR(150) NOT NULL,
    kind               VARCHAR(8)   NOT NULL,
    legal_basis        VARCHAR(200) NOT NULL,
    deciding_authority VARCHAR(200) NOT NULL,
    typical_max_days   INT          NULL,
    active             BOOLEAN      NOT NULL DEFAULT TRUE,
    version            BIGINT       NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    created_by         VARCHAR(64)  NOT NULL,
    modified_at        DATETIME(6)  NOT NULL,
    modified_by        VARCHAR(64)  NOT NULL,
    CONSTRAINT uq_measure_type_code UNIQUE (code),
    CONSTRAINT ck_measure_type_code CHECK (code REGEXP '^[A-Z][A-Z0-9_]{1,39}$'),
    CONSTRAINT ck_measure_type_kind CHECK (kind IN ('DRANG', 'DWANG')),
    CONSTRAINT ck_measure_type_max CHECK (typical_max_days IS NULL OR typical_max_days > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO measure_type (code, name, kind, legal_basis, deciding_authority, typical_max_days, version, created_at, created_by, modified_at, modified_by) VALUES
 ('WVGGZ_CRISIS', 'Crisismaatregel', 'DWANG', 'Wvggz art. 7:1', 'Burgemeester; rechter toetst binnen drie werkdagen', 5, 1, UTC_TIMESTAMP(6), 'migration', UTC_TIMESTAMP(6), 'migration'),
 ('WVGGZ_CRISIS_EXTENDED', 'Machtiging tot voortzetting van de crisismaatregel', 'DWANG', 'Wvggz art. 7:9 en 7:10', 'Rechter op verzoek van de officier van justitie', 42, 1, UTC_TIMESTAMP(6), 'migration', UTC_TIMESTAMP(6), 'migration'),
 ('WVGGZ_CARE_AUTHORISATION', 'Zorgmachtiging', 'DWANG', 'Wvggz art. 6:4', 'Rechter op verzoek van de officier van justitie', 183, 1, UTC_TIMESTAMP(6), 'migration', UTC_TIMESTAMP(6), 'migration'),
 ('WZD_COURT_AUTHORISATION', 'Rechterlijke machtiging Wzd', 'DWANG', 'Wzd art. 24 e.v.', 'Rechter', NULL, 1, UTC_TIMESTAMP(6), 'migration', UTC_TIMESTAMP(6), 'migration'),
 ('CONDITIONAL_SENTENCE', 'Voorwaardelijke straf met bijzondere voorwaarden', 'DRANG', 'Sr art. 14c', 'Rechter; reclassering houdt toezicht', 1096, 1, UTC_TIMESTAMP(6), 'migration', UTC_TIMESTAMP(6), 'migration'),
 ('ISD', 'ISD-maatregel (stelselmatige daders)', 'DWANG', 'Sr art. 38m', 'Rechter op vordering van de officier van justitie', 731, 1, UTC_TIMESTAMP(6), 'migration', UTC_TIMESTAMP(6), 'migration'),
 ('SUPERVISION_ORDER', 'Ondertoezichtstelling', 'DWANG', 'BW art. 1:255', 'Kinderrechter op verzoek van de Raad voor de Kinderbescherming', 366, 1, UTC_TIMESTAMP(6), 'migration', UTC_TIMESTAMP(6), 'migration'),
 ('SECURE_YOUTH_CARE', 'Machtiging gesloten jeugdhulp', 'DWANG', 'Jeugdwet art. 6.1.2', 'Kinderrechter', NULL, 1, UTC_TIMESTAMP(6), 'migration', UTC_TIMESTAMP(6), 'migration'),
 ('YOUTH_PROBATION', 'Jeugdreclassering', 'DRANG', 'Sr art. 77a e.v. / Jeugdwet', 'Kinderrechter of officier van justitie', NULL, 1, UTC_TIMESTAMP(6), 'migration', UTC_TIMESTAMP(6), 'migration'),
 ('HALT', 'Halt-afdoening', 'DRANG', 'Sr art. 77e', 'Verwezen door politie, boa of officier van justitie', 90, 1, UTC_TIMESTAMP(6), 'migration', UTC_TIMESTAMP(6), 'migration'),
 ('PREMISES_CLOSURE', 'Woningsluiting (Damocles)', 'DWANG', 'Opiumwet art. 13b', 'Burgemeester', 183, 1, UTC_TIMESTAMP(6), 'migration', UTC_TIMESTAMP(6), 'migration'),
 ('VOLUNTARY_UNDER_PRESSURE', 'Drangafspraak zonder juridische titel', 'DRANG', 'Geen juridische titel (afspraak)', 'Gebiedsteam en partners', NULL, 1, UTC_TIMESTAMP(6), 'migration', UTC_TIMESTAMP(6), 'migration');

CREATE TABLE coercion_measure (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id              BIGINT        NOT NULL,
    pathway_id             BIGINT        NULL,
    measure_type_id        BIGINT        NOT NULL,
    kind                   VARCHAR(8)    NOT NULL,
    legal_basis            VARCHAR(200)  NOT NULL,
    deciding_authority     VARCHAR(200)  NOT NULL,
    executing_organisation VARCHAR(200)  NULL,
    decision_date          DATE          NOT NULL,
    start_date             DATE          NOT NULL,
    end_date               DATE          NOT NULL,
    review_date            DATE          NULL,
    conditions             VARCHAR(2000) NULL,
    treatment_obligation   BOOLEAN       NOT NULL DEFAULT FALSE,
    substance_ban          BOOLEAN       NOT NULL DEFAULT FALSE,
    location_ban           BOOLEAN       NOT NULL DEFAULT FALSE,
    contact_ban            BOOLEAN       NOT NULL DEFAULT FALSE,
    learned_via            VARCHAR(24)   NOT NULL,
    verified               BOOLEAN       NOT NULL DEFAULT FALSE,
    duration_confirmed     BOOLEAN       NOT NULL DEFAULT FALSE,
    extends_measure_id     BIGINT        NULL,
    outcome                VARCHAR(16)   NULL,
    outcome_date           DATE          NULL,
    outcome_note           VARCHAR(1000) NULL,
    purpose                VARCHAR(32)   NOT NULL,
    legal_ground           VARCHAR(32)   NOT NULL,
    voided                 BOOLEAN       NOT NULL DEFAULT FALSE,
    voided_at              DATETIME(6)   NULL,
    voided_by              VARCHAR(64)   NULL,
    void_reason            VARCHAR(500)  NULL,
    version                BIGINT        NOT NULL,
    created_at             DATETIME(6)   NOT NULL,
    created_by             VARCHAR(64)   NOT NULL,
    modified_at            DATETIME(6)   NOT NULL,
    modified_by            VARCHAR(64)   NOT NULL,
    -- a measure is extended at most once: the chain of extensions is a line, not a tree
    CONSTRAINT uq_measure_extends UNIQUE (extends_measure_id),
    CONSTRAINT fk_measure_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_measure_pathway FOREIGN KEY (pathway_id) REFERENCES pathway (id),
    CONSTRAINT fk_measure_type FOREIGN KEY (measure_type_id) REFERENCES measure_type (id),
    CONSTRAINT fk_measure_extends FOREIGN KEY (extends_measure_id) REFERENCES coercion_measure (id),
    CONSTRAINT ck_measure_kind CHECK (kind IN ('DRANG', 'DWANG')),
    CONSTRAINT ck_measure_dates CHECK (end_date > start_date AND start_date >= decision_date),
    CONSTRAINT ck_measure_review CHECK (review_date IS NULL OR review_date >= start_date),
    CONSTRAINT ck_measure_learned CHECK (learned_via IN ('DECISION_DOCUMENT', 'PROSECUTOR', 'COURT', 'PROBATION',
        'POLICE', 'MAYOR', 'CARE_PROVIDER', 'CLIENT', 'OTHER')),
    CONSTRAINT ck_measure_outcome CHECK (outcome IS NULL OR outcome IN ('ENDED_BY_TERM', 'LIFTED_EARLY', 'CONVERTED',
        'EXTENDED', 'UNKNOWN')),
    CONSTRAINT ck_measure_outcome_date CHECK ((outcome IS NULL) = (outcome_date IS NULL)),
    CONSTRAINT ck_measure_purpose CHECK (purpose IN ('ADDICTION_SUPPORT', 'SIGNAL_FOLLOW_UP', 'CARE_COORDINATION', 'WVGGZ_EXPLORATION')),
    CONSTRAINT ck_measure_legal_ground CHECK (legal_ground IN ('WMO_2015', 'JEUGDWET', 'WVGGZ', 'WZD', 'CONSENT')),
    CONSTRAINT ck_measure_void CHECK (voided = FALSE OR (voided_at IS NOT NULL AND void_reason IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_measure_client ON coercion_measure (client_id, start_date);
CREATE INDEX ix_measure_expiry ON coercion_measure (voided, outcome, end_date);

-- A Wvggz report (melding) received by the municipality: it starts the exploratory investigation,
-- to be decided within 14 days (a task).
CREATE TABLE wvggz_report (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id   BIGINT        NOT NULL,
    received_on DATE          NOT NULL,
    reporter    VARCHAR(150)  NOT NULL,
    summary     VARCHAR(2000) NOT NULL,
    decision    VARCHAR(24)   NULL,
    decided_on  DATE          NULL,
    version     BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(64)   NOT NULL,
    modified_at DATETIME(6)   NOT NULL,
    modified_by VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_wvggz_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_wvggz_decision CHECK (decision IS NULL OR decision IN ('REQUEST_PROSECUTOR', 'NO_REQUEST')),
    CONSTRAINT ck_wvggz_decided CHECK ((decision IS NULL) = (decided_on IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_wvggz_client ON wvggz_report (client_id, received_on);

-- Work with a due date. One task per kind and source (measure or Wvggz report), ever: the daily job
-- inserts with INSERT IGNORE, so running it twice, or on two nodes at once, creates each task once.
-- restricted: about justice or coercive-care data, shown only to the assigned caseworker and team lead.
CREATE TABLE task (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id       BIGINT        NOT NULL,
    area_team_id    BIGINT        NOT NULL,
    owner_worker_id BIGINT        NULL,
    kind            VARCHAR(32)   NOT NULL,
    source_id       BIGINT        NOT NULL,
    due_date        DATE          NOT NULL,
    restricted      BOOLEAN       NOT NULL,
    status          VARCHAR(8)    NOT NULL,
    done_at         DATETIME(6)   NULL,
    done_by         VARCHAR(64)   NULL,
    done_note       VARCHAR(1000) NULL,
    version         BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    modified_at     DATETIME(6)   NOT NULL,
    modified_by     VARCHAR(64)   NOT NULL,
    CONSTRAINT uq_task_source UNIQUE (kind, source_id),
    CONSTRAINT fk_task_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_task_team FOREIGN KEY (area_team_id) REFERENCES area_team (id),
    CONSTRAINT fk_task_owner FOREIGN KEY (owner_worker_id) REFERENCES worker (id),
    CONSTRAINT ck_task_kind CHECK (kind IN ('MEASURE_EXPIRING', 'MEASURE_OVERDUE', 'WVGGZ_EXPLORATION')),
    CONSTRAINT ck_task_status CHECK (status IN ('OPEN', 'DONE')),
    CONSTRAINT ck_task_done CHECK (status = 'OPEN' OR (done_at IS NOT NULL AND done_by IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_task_owner ON task (owner_worker_id, status, due_date);
CREATE INDEX ix_task_team ON task (area_team_id, status, due_date);
CREATE INDEX ix_task_client ON task (client_id, status);

-- Scheduled jobs run under a lease: the node that moves lease_until forward runs the job, the
-- others skip it (Payara Micro timers are not coordinated across a cluster).
CREATE TABLE job_lease (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    holder      VARCHAR(100) NULL,
    lease_until DATETIME(6)  NOT NULL,
    last_run_on DATE         NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO job_lease (name, holder, lease_until, last_run_on) VALUES ('measure-expiry', NULL, '2000-01-01 00:00:00', NULL);

INSERT INTO setting (name, value, version, created_at, created_by, modified_at, modified_by) VALUES
 ('measure.expiry-window-days', '60', 1, UTC_TIMESTAMP(6), 'migration', UTC_TIMESTAMP(6), 'migration'),
 ('wvggz.exploration-days', '14', 1, UTC_TIMESTAMP(6), 'migration', UTC_TIMESTAMP(6), 'migration');

-- Flags for measures join the client flags.
ALTER TABLE client_flag DROP CONSTRAINT ck_flag_kind;
ALTER TABLE client_flag ADD CONSTRAINT ck_flag_kind CHECK (kind IN ('COMBINED_OBSERVATIONS', 'MEASURE_EXPIRING', 'MEASURE_OVERDUE'));
