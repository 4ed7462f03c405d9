-- The case file: signals, support pathways with their transitions and approvals, intake, versioned
-- support plans with goals, contacts, substance profiles, referral providers, consents, referrals,
-- client flags and the settings a functional administrator may change.
--
-- Time: audit stamps (created_at, modified_at, occurred_at of a transition, raised_at of a flag)
-- are UTC instants. Moments a user enters about the outside world (a signal received, a contact
-- held) are Dutch wall-clock times (Europe/Amsterdam) in *_local columns, and plain dates are
-- Dutch calendar dates, so "a contact on 31 December" stays in that year whatever the offset.

CREATE TABLE setting (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(64)  NOT NULL,
    value       VARCHAR(200) NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    modified_at DATETIME(6)  NOT NULL,
    modified_by VARCHAR(64)  NOT NULL,
    CONSTRAINT uq_setting_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO setting (name, value, version, created_at, created_by, modified_at, modified_by) VALUES
 ('signal.combined.min-signals', '3', 1, UTC_TIMESTAMP(6), 'migration', UTC_TIMESTAMP(6), 'migration'),
 ('signal.combined.min-sources', '2', 1, UTC_TIMESTAMP(6), 'migration', UTC_TIMESTAMP(6), 'migration'),
 ('signal.combined.window-days', '90', 1, UTC_TIMESTAMP(6), 'migration', UTC_TIMESTAMP(6), 'migration'),
 ('referral.wait-flag-days', '42', 1, UTC_TIMESTAMP(6), 'migration', UTC_TIMESTAMP(6), 'migration');

CREATE TABLE referral_provider (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(150) NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    modified_at DATETIME(6)  NOT NULL,
    modified_by VARCHAR(64)  NOT NULL,
    CONSTRAINT uq_referral_provider_name UNIQUE (name),
    CONSTRAINT ck_referral_provider_kind CHECK (kind IN ('ADDICTION_CARE', 'MENTAL_HEALTH', 'YOUTH_CARE',
        'YOUTH_PROTECTION', 'PROBATION', 'SOCIAL_SERVICES', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "signal" is a reserved word in MariaDB, hence signal_report (melding)
CREATE TABLE signal_report (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    area_team_id          BIGINT        NOT NULL,
    source                VARCHAR(32)   NOT NULL,
    received_local        DATETIME      NOT NULL,
    reporter_name         VARCHAR(150)  NULL,
    reporter_organisation VARCHAR(150)  NULL,
    reporter_contact      VARCHAR(150)  NULL,
    reporter_anonymous    BOOLEAN       NOT NULL DEFAULT FALSE,
    summary               VARCHAR(2000) NOT NULL,
    concern_level         VARCHAR(16)   NOT NULL,
    purpose               VARCHAR(32)   NOT NULL,
    legal_ground          VARCHAR(32)   NOT NULL,
    client_id             BIGINT        NULL,
    person_name           VARCHAR(100)  NULL,
    person_approx_age     SMALLINT      NULL,
    person_school         VARCHAR(150)  NULL,
    person_area           VARCHAR(100)  NULL,
    status                VARCHAR(16)   NOT NULL,
    status_changed_at     DATETIME(6)   NOT NULL,
    status_changed_by     VARCHAR(64)   NOT NULL,
    follow_up             VARCHAR(1000) NULL,
    voided                BOOLEAN       NOT NULL DEFAULT FALSE,
    voided_at             DATETIME(6)   NULL,
    voided_by             VARCHAR(64)   NULL,
    void_reason           VARCHAR(500)  NULL,
    version               BIGINT        NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    created_by            VARCHAR(64)   NOT NULL,
    modified_at           DATETIME(6)   NOT NULL,
    modified_by           VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_signal_team FOREIGN KEY (area_team_id) REFERENCES area_team (id),
    CONSTRAINT fk_signal_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_signal_source CHECK (source IN ('POLICE', 'SCHOOL', 'GP', 'PARENT_FAMILY', 'NEIGHBOURHOOD',
        'CARE_AND_NUISANCE_DESK', 'DOMESTIC_VIOLENCE_DESK', 'HALT', 'PROBATION', 'RISK_YOUTH_INDEX', 'CORE_GROUP', 'SELF')),
    CONSTRAINT ck_signal_purpose CHECK (purpose IN ('ADDICTION_SUPPORT', 'SIGNAL_FOLLOW_UP', 'CARE_COORDINATION', 'WVGGZ_EXPLORATION')),
    CONSTRAINT ck_signal_legal_ground CHECK (legal_ground IN ('WMO_2015', 'JEUGDWET', 'WVGGZ', 'WZD', 'CONSENT')),
    CONSTRAINT ck_signal_concern CHECK (concern_level IN ('LOW', 'MODERATE', 'HIGH', 'ACUTE')),
    CONSTRAINT ck_signal_status CHECK (status IN ('NEW', 'IN_REVIEW', 'LINKED', 'NO_ACTION')),
    CONSTRAINT ck_signal_linked CHECK (status <> 'LINKED' OR client_id IS NOT NULL),
    CONSTRAINT ck_signal_no_action CHECK (status <> 'NO_ACTION' OR follow_up IS NOT NULL),
    CONSTRAINT ck_signal_age CHECK (person_approx_age IS NULL OR person_approx_age BETWEEN 0 AND 120),
    CONSTRAINT ck_signal_void CHECK (voided = FALSE OR (voided_at IS NOT NULL AND void_reason IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_signal_team_status ON signal_report (area_team_id, status, received_local);
CREATE INDEX ix_signal_client ON signal_report (client_id, received_local);

CREATE TABLE pathway (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id             BIGINT        NOT NULL,
    area_team_id          BIGINT        NOT NULL,
    responsible_worker_id BIGINT        NULL,
    start_date            DATE          NOT NULL,
    end_date              DATE          NULL,
    status                VARCHAR(16)   NOT NULL,
    repeat_request        BOOLEAN       NOT NULL DEFAULT FALSE,
    purpose               VARCHAR(32)   NOT NULL,
    legal_ground          VARCHAR(32)   NOT NULL,
    pending_approval      VARCHAR(16)   NULL,
    approval_requested_at DATETIME(6)   NULL,
    approval_requested_by VARCHAR(64)   NULL,
    sent_back_comment     VARCHAR(1000) NULL,
    closure_outcome       VARCHAR(24)   NULL,
    closure_detail        VARCHAR(32)   NULL,
    closure_note          VARCHAR(1000) NULL,
    aftercare_review_date DATE          NULL,
    voided                BOOLEAN       NOT NULL DEFAULT FALSE,
    voided_at             DATETIME(6)   NULL,
    voided_by             VARCHAR(64)   NULL,
    void_reason           VARCHAR(500)  NULL,
    version               BIGINT        NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    created_by            VARCHAR(64)   NOT NULL,
    modified_at           DATETIME(6)   NOT NULL,
    modified_by           VARCHAR(64)   NOT NULL,
    -- one open pathway per client, also against two parallel requests
    open_client_id        BIGINT AS (CASE WHEN status <> 'CLOSED' AND voided = FALSE THEN client_id END) PERSISTENT,
    CONSTRAINT uq_pathway_open UNIQUE (open_client_id),
    CONSTRAINT fk_pathway_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_pathway_team FOREIGN KEY (area_team_id) REFERENCES area_team (id),
    CONSTRAINT fk_pathway_responsible FOREIGN KEY (responsible_worker_id) REFERENCES worker (id),
    CONSTRAINT ck_pathway_status CHECK (status IN ('REGISTERED', 'INTAKE', 'PLAN_DRAFT', 'PLAN_AGREED', 'ACTIVE',
        'ESCALATED', 'AFTERCARE', 'CLOSED', 'REOPENED')),
    CONSTRAINT ck_pathway_purpose CHECK (purpose IN ('ADDICTION_SUPPORT', 'SIGNAL_FOLLOW_UP', 'CARE_COORDINATION', 'WVGGZ_EXPLORATION')),
    CONSTRAINT ck_pathway_legal_ground CHECK (legal_ground IN ('WMO_2015', 'JEUGDWET', 'WVGGZ', 'WZD', 'CONSENT')),
    -- a request waits in the phase it belongs to: a plan in PLAN_DRAFT or later, a closure in any open phase
    CONSTRAINT ck_pathway_pending CHECK (pending_approval IS NULL OR (pending_approval IN ('PLAN', 'CLOSURE')
        AND approval_requested_at IS NOT NULL AND approval_requested_by IS NOT NULL AND status <> 'CLOSED')),
    CONSTRAINT ck_pathway_closed CHECK (status <> 'CLOSED' OR (end_date IS NOT NULL AND closure_outcome IS NOT NULL
        AND closure_detail IS NOT NULL)),
    CONSTRAINT ck_pathway_outcome CHECK (closure_outcome IS NULL OR closure_outcome IN ('COMPLETED_AS_PLANNED', 'ENDED_EARLY')),
    CONSTRAINT ck_pathway_detail CHECK (closure_detail IS NULL OR closure_detail IN ('GOALS_MET',
        'REFERRED_TO_SPECIALISED_CARE', 'TRANSFERRED', 'CLIENT_WITHDREW', 'MOVED_AWAY', 'DECEASED', 'LOST_CONTACT')),
    CONSTRAINT ck_pathway_dates CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT ck_pathway_void CHECK (voided = FALSE OR (voided_at IS NOT NULL AND void_reason IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_pathway_client ON pathway (client_id, start_date);
CREATE INDEX ix_pathway_team_status ON pathway (area_team_id, status);
CREATE INDEX ix_pathway_pending ON pathway (area_team_id, pending_approval, approval_requested_at);

-- Every status change and every approval step, in order. Written once, never changed.
CREATE TABLE pathway_transition (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    pathway_id   BIGINT        NOT NULL,
    kind         VARCHAR(24)   NOT NULL,
    from_status  VARCHAR(16)   NULL,
    to_status    VARCHAR(16)   NOT NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    worker_id    BIGINT        NULL,
    worker_login VARCHAR(64)   NOT NULL,
    comment      VARCHAR(1000) NULL,
    CONSTRAINT fk_transition_pathway FOREIGN KEY (pathway_id) REFERENCES pathway (id),
    CONSTRAINT ck_transition_kind CHECK (kind IN ('TRANSITION', 'APPROVAL_REQUESTED', 'APPROVED', 'SENT_BACK')),
    CONSTRAINT ck_transition_from CHECK (from_status IS NULL OR from_status IN ('REGISTERED', 'INTAKE', 'PLAN_DRAFT', 'PLAN_AGREED', 'ACTIVE', 'ESCALATED', 'AFTERCARE', 'CLOSED', 'REOPENED')),
    CONSTRAINT ck_transition_to CHECK (to_status IN ('REGISTERED', 'INTAKE', 'PLAN_DRAFT', 'PLAN_AGREED', 'ACTIVE', 'ESCALATED', 'AFTERCARE', 'CLOSED', 'REOPENED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_transition_pathway ON pathway_transition (pathway_id, occurred_at);

CREATE TRIGGER pathway_transition_no_update BEFORE UPDATE ON pathway_transition FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'pathway_transition is append-only';
CREATE TRIGGER pathway_transition_no_delete BEFORE DELETE ON pathway_transition FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'pathway_transition is append-only';

CREATE TABLE intake (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    pathway_id  BIGINT        NOT NULL,
    intake_date DATE          NOT NULL,
    place       VARCHAR(200)  NOT NULL,
    notes       VARCHAR(4000) NULL,
    version     BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(64)   NOT NULL,
    modified_at DATETIME(6)   NOT NULL,
    modified_by VARCHAR(64)   NOT NULL,
    CONSTRAINT uq_intake_pathway UNIQUE (pathway_id),
    CONSTRAINT fk_intake_pathway FOREIGN KEY (pathway_id) REFERENCES pathway (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Life domains discussed; a score only where one was given (minimisation, DOMAIN.md privacy rule 2)
CREATE TABLE intake_domain (
    intake_id BIGINT      NOT NULL,
    domain    VARCHAR(32) NOT NULL,
    score     TINYINT     NULL,
    PRIMARY KEY (intake_id, domain),
    CONSTRAINT fk_intake_domain_intake FOREIGN KEY (intake_id) REFERENCES intake (id),
    CONSTRAINT ck_intake_domain CHECK (domain IN ('FINANCES', 'DAYTIME_ACTIVITIES', 'HOUSING', 'DOMESTIC_RELATIONS',
        'MENTAL_HEALTH', 'PHYSICAL_HEALTH', 'SUBSTANCE_USE', 'DAILY_LIVING', 'SOCIAL_NETWORK', 'PARTICIPATION', 'JUSTICE')),
    CONSTRAINT ck_intake_domain_score CHECK (score IS NULL OR score BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE support_plan (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    pathway_id       BIGINT        NOT NULL,
    plan_number      INT           NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    summary          VARCHAR(2000) NULL,
    review_date      DATE          NULL,
    client_agreed_on DATE          NULL,
    approved_at      DATETIME(6)   NULL,
    approved_by      VARCHAR(64)   NULL,
    version          BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    modified_at      DATETIME(6)   NOT NULL,
    modified_by      VARCHAR(64)   NOT NULL,
    CONSTRAINT uq_plan_number UNIQUE (pathway_id, plan_number),
    CONSTRAINT fk_plan_pathway FOREIGN KEY (pathway_id) REFERENCES pathway (id),
    CONSTRAINT ck_plan_status CHECK (status IN ('DRAFT', 'AGREED', 'SUPERSEDED')),
    CONSTRAINT ck_plan_agreed CHECK (status = 'DRAFT' OR (approved_at IS NOT NULL AND client_agreed_on IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_goal (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    support_plan_id BIGINT        NOT NULL,
    position        INT           NOT NULL,
    description     VARCHAR(1000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    actions         VARCHAR(2000) NULL,
    owner           VARCHAR(150)  NULL,
    CONSTRAINT fk_goal_plan FOREIGN KEY (support_plan_id) REFERENCES support_plan (id),
    CONSTRAINT ck_goal_status CHECK (status IN ('OPEN', 'ACHIEVED', 'PARTLY', 'NOT_ACHIEVED', 'DROPPED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_goal_plan ON plan_goal (support_plan_id, position);

CREATE TABLE client_contact (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id        BIGINT        NOT NULL,
    pathway_id       BIGINT        NULL,
    occurred_local   DATETIME      NOT NULL,
    kind             VARCHAR(24)   NOT NULL,
    duration_minutes SMALLINT      NOT NULL,
    note             VARCHAR(4000) NULL,
    voided           BOOLEAN       NOT NULL DEFAULT FALSE,
    voided_at        DATETIME(6)   NULL,
    voided_by        VARCHAR(64)   NULL,
    void_reason      VARCHAR(500)  NULL,
    version          BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    modified_at      DATETIME(6)   NOT NULL,
    modified_by      VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_contact_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_contact_pathway FOREIGN KEY (pathway_id) REFERENCES pathway (id),
    CONSTRAINT ck_contact_kind CHECK (kind IN ('CONVERSATION', 'HOME_VISIT', 'PHONE', 'PARTNER_CONSULTATION')),
    CONSTRAINT ck_contact_duration CHECK (duration_minutes BETWEEN 1 AND 720),
    CONSTRAINT ck_contact_void CHECK (voided = FALSE OR (voided_at IS NOT NULL AND void_reason IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_contact_client ON client_contact (client_id, occurred_local);
CREATE INDEX ix_contact_pathway ON client_contact (pathway_id, occurred_local);

-- Health data (GDPR art. 9): read only within the file's scope, every read logged
CREATE TABLE substance_profile (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id          BIGINT      NOT NULL,
    primary_substance  VARCHAR(24) NOT NULL,
    frequency          VARCHAR(24) NOT NULL,
    route              VARCHAR(24) NOT NULL,
    age_at_first_use   TINYINT     NULL,
    information_source VARCHAR(16) NOT NULL,
    icd10_code         VARCHAR(8)  NULL,
    version            BIGINT      NOT NULL,
    created_at         DATETIME(6) NOT NULL,
    created_by         VARCHAR(64) NOT NULL,
    modified_at        DATETIME(6) NOT NULL,
    modified_by        VARCHAR(64) NOT NULL,
    CONSTRAINT uq_substance_profile_client UNIQUE (client_id),
    CONSTRAINT fk_substance_profile_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_substance_primary CHECK (primary_substance IN ('ALCOHOL', 'OPIATES', 'CANNABIS', 'SEDATIVES_MEDICATION',
        'COCAINE', 'AMPHETAMINE', 'ECSTASY', 'GHB', 'KETAMINE', 'NEW_PSYCHOACTIVE', 'NITROUS_OXIDE', 'TOBACCO', 'VOLATILE',
        'POLY', 'GAMBLING', 'GAMING', 'OTHER')),
    CONSTRAINT ck_substance_frequency CHECK (frequency IN ('DAILY', 'SEVERAL_TIMES_A_WEEK', 'WEEKLY', 'MONTHLY',
        'LESS_THAN_MONTHLY', 'NOT_IN_LAST_MONTH', 'UNKNOWN')),
    CONSTRAINT ck_substance_route CHECK (route IN ('ORAL', 'SMOKING', 'SNORTING', 'INJECTING', 'INHALING', 'OTHER',
        'NOT_APPLICABLE', 'UNKNOWN')),
    CONSTRAINT ck_substance_source CHECK (information_source IN ('SELF_REPORT', 'PROVIDER')),
    -- a diagnosis code only when a provider supplied a diagnosis
    CONSTRAINT ck_substance_icd CHECK (icd10_code IS NULL OR (information_source = 'PROVIDER'
        AND icd10_code REGEXP '^F1[0-9](\\.[0-9]{1,2})?$')),
    CONSTRAINT ck_substance_age CHECK (age_at_first_use IS NULL OR age_at_first_use BETWEEN 5 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE substance_profile_secondary (
    substance_profile_id BIGINT      NOT NULL,
    substance            VARCHAR(24) NOT NULL,
    PRIMARY KEY (substance_profile_id, substance),
    CONSTRAINT ck_secondary_substance CHECK (substance IN ('ALCOHOL', 'OPIATES', 'CANNABIS', 'SEDATIVES_MEDICATION',
        'COCAINE', 'AMPHETAMINE', 'ECSTASY', 'GHB', 'KETAMINE', 'NEW_PSYCHOACTIVE', 'NITROUS_OXIDE', 'TOBACCO', 'VOLATILE',
        'POLY', 'GAMBLING', 'GAMING', 'OTHER')),
    CONSTRAINT fk_secondary_profile FOREIGN KEY (substance_profile_id) REFERENCES substance_profile (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consent (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id             BIGINT       NOT NULL,
    purpose               VARCHAR(24)  NOT NULL,
    recipient_provider_id BIGINT       NULL,
    recipient             VARCHAR(150) NOT NULL,
    scope                 VARCHAR(500) NOT NULL,
    given_on              DATE         NOT NULL,
    withdrawn_on          DATE         NULL,
    version               BIGINT       NOT NULL,
    created_at            DATETIME(6)  NOT NULL,
    created_by            VARCHAR(64)  NOT NULL,
    modified_at           DATETIME(6)  NOT NULL,
    modified_by           VARCHAR(64)  NOT NULL,
    CONSTRAINT fk_consent_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_consent_provider FOREIGN KEY (recipient_provider_id) REFERENCES referral_provider (id),
    CONSTRAINT ck_consent_purpose CHECK (purpose IN ('REFERRAL', 'CASE_CONFERENCE', 'INFORMATION_REQUEST')),
    CONSTRAINT ck_consent_dates CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_consent_client ON consent (client_id, purpose);

CREATE TABLE referral (
    id                      BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id               BIGINT        NOT NULL,
    pathway_id              BIGINT        NULL,
    provider_id             BIGINT        NOT NULL,
    referred_on             DATE          NOT NULL,
    provider_intake_on      DATE          NULL,
    treatment_start_on      DATE          NULL,
    status                  VARCHAR(16)   NOT NULL,
    shares_data             BOOLEAN       NOT NULL,
    consent_id              BIGINT        NULL,
    consent_override_reason VARCHAR(500)  NULL,
    note                    VARCHAR(2000) NULL,
    voided                  BOOLEAN       NOT NULL DEFAULT FALSE,
    voided_at               DATETIME(6)   NULL,
    voided_by               VARCHAR(64)   NULL,
    void_reason             VARCHAR(500)  NULL,
    version                 BIGINT        NOT NULL,
    created_at              DATETIME(6)   NOT NULL,
    created_by              VARCHAR(64)   NOT NULL,
    modified_at             DATETIME(6)   NOT NULL,
    modified_by             VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_referral_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_referral_pathway FOREIGN KEY (pathway_id) REFERENCES pathway (id),
    CONSTRAINT fk_referral_provider FOREIGN KEY (provider_id) REFERENCES referral_provider (id),
    CONSTRAINT fk_referral_consent FOREIGN KEY (consent_id) REFERENCES consent (id),
    CONSTRAINT ck_referral_status CHECK (status IN ('IN_PROGRESS', 'ACCEPTED', 'REJECTED', 'DONE', 'REVOKED')),
    -- sharing data needs recorded consent or an override with a reason, also for a direct insert
    CONSTRAINT ck_referral_consent CHECK (shares_data = FALSE OR consent_id IS NOT NULL
        OR consent_override_reason IS NOT NULL),
    CONSTRAINT ck_referral_intake CHECK (provider_intake_on IS NULL OR provider_intake_on >= referred_on),
    CONSTRAINT ck_referral_treatment CHECK (treatment_start_on IS NULL OR (provider_intake_on IS NOT NULL
        AND treatment_start_on >= provider_intake_on)),
    CONSTRAINT ck_referral_void CHECK (voided = FALSE OR (voided_at IS NOT NULL AND void_reason IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_referral_client ON referral (client_id, referred_on);
CREATE INDEX ix_referral_status ON referral (status, referred_on);

-- Flags on a client (combined observations now; expiring measures later): raised by the system or
-- a worker, resolved by a worker with a note. At most one open flag per kind per client.
CREATE TABLE client_flag (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id      BIGINT       NOT NULL,
    kind           VARCHAR(32)  NOT NULL,
    raised_at      DATETIME(6)  NOT NULL,
    detail         VARCHAR(500) NULL,
    resolved_at    DATETIME(6)  NULL,
    resolved_by    VARCHAR(64)  NULL,
    resolution     VARCHAR(500) NULL,
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    modified_at    DATETIME(6)  NOT NULL,
    modified_by    VARCHAR(64)  NOT NULL,
    open_client_id BIGINT AS (CASE WHEN resolved_at IS NULL THEN client_id END) PERSISTENT,
    CONSTRAINT uq_client_flag_open UNIQUE (open_client_id, kind),
    CONSTRAINT fk_flag_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_flag_kind CHECK (kind IN ('COMBINED_OBSERVATIONS')),
    CONSTRAINT ck_flag_resolved CHECK (resolved_at IS NULL OR (resolved_by IS NOT NULL AND resolution IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_flag_client ON client_flag (client_id, resolved_at);
