-- Issue 25: caseload norms instead of a team average. "Overloaded" used to mean 20 % above the
-- team's average caseload, and a worker without clients pulled the average down so far that most
-- of the team was flagged. Now each worker is measured against a norm of their own:
--   norm (points) = hours per week / 36 (a full-time week, CAO Gemeenten) x the team's points per FTE
-- and each open pathway counts with its weight: LIGHT 0.5, MEDIUM 1, HEAVY 2 points
-- (pathway.PathwayWeight holds these numbers; review.Norms the formula).

-- The weight is the pathway's own: the pathway feature writes it, at the team lead's request.
-- Existing pathways become MEDIUM, which counts exactly as one pathway did before.
ALTER TABLE pathway ADD COLUMN weight VARCHAR(8) NOT NULL DEFAULT 'MEDIUM';
ALTER TABLE pathway ADD CONSTRAINT ck_pathway_weight CHECK (weight IN ('LIGHT', 'MEDIUM', 'HEAVY'));

-- A worker's contract hours, as their team lead enters them for the caseload review (the review
-- feature owns this table; the worker record stays the administrator's). No row, or no hours,
-- means no norm: such a worker is never marked overloaded.
CREATE TABLE worker_caseload_norm (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    worker_id      BIGINT       NOT NULL,
    hours_per_week DECIMAL(3,1) NULL,
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    modified_at    DATETIME(6)  NOT NULL,
    modified_by    VARCHAR(64)  NOT NULL,
    CONSTRAINT uq_worker_caseload_norm_worker UNIQUE (worker_id),
    CONSTRAINT fk_worker_caseload_norm_worker FOREIGN KEY (worker_id) REFERENCES worker (id),
    CONSTRAINT ck_worker_caseload_norm_hours CHECK (hours_per_week IS NULL OR hours_per_week BETWEEN 1 AND 40)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The team's weighted points per full-time worker, set by its team lead; without a row the
-- default of 20 applies (review.Norms.DEFAULT_POINTS_PER_FTE).
CREATE TABLE team_caseload_norm (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    area_team_id   BIGINT       NOT NULL,
    points_per_fte DECIMAL(4,1) NOT NULL,
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    modified_at    DATETIME(6)  NOT NULL,
    modified_by    VARCHAR(64)  NOT NULL,
    CONSTRAINT uq_team_caseload_norm_team UNIQUE (area_team_id),
    CONSTRAINT fk_team_caseload_norm_team FOREIGN KEY (area_team_id) REFERENCES area_team (id),
    CONSTRAINT ck_team_caseload_norm_points CHECK (points_per_fte BETWEEN 1 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
