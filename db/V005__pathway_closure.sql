-- Every closure of a pathway, kept when the pathway is reopened. Reopening clears the pathway's own
-- end date and reason (the file shows the pathway as open again), but a report over an earlier
-- year must still count that closure: its outflow, its closed pathways and "active on a day" all
-- read this history. A pathway is closed from the day after closed_on up to the day before
-- reopened_on (or for good when that is empty); on closed_on itself and from reopened_on it is active.

CREATE TABLE pathway_closure (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    pathway_id       BIGINT       NOT NULL,
    closed_on        DATE         NOT NULL,
    reopened_on      DATE         NULL,
    -- empty only for closures taken over from before this table, whose reason a reopening had cleared
    closure_outcome  VARCHAR(24)  NULL,
    closure_detail   VARCHAR(32)  NULL,
    -- at most one closure per pathway that has not been reopened
    open_pathway_id  BIGINT AS (CASE WHEN reopened_on IS NULL THEN pathway_id END) PERSISTENT,
    CONSTRAINT uq_pathway_closure_open UNIQUE (open_pathway_id),
    CONSTRAINT fk_pathway_closure_pathway FOREIGN KEY (pathway_id) REFERENCES pathway (id),
    CONSTRAINT ck_pathway_closure_dates CHECK (reopened_on IS NULL OR reopened_on >= closed_on),
    CONSTRAINT ck_pathway_closure_outcome CHECK (closure_outcome IS NULL
        OR closure_outcome IN ('COMPLETED_AS_PLANNED', 'ENDED_EARLY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_pathway_closure_pathway ON pathway_closure (pathway_id, closed_on, reopened_on);
CREATE INDEX ix_pathway_closure_closed ON pathway_closure (closed_on);

-- Existing data: the current closure of every closed pathway, and each earlier closure that a
-- reopening followed (its date from the transition history, its reason no longer known).
INSERT INTO pathway_closure (pathway_id, closed_on, reopened_on, closure_outcome, closure_detail)
SELECT id, end_date, NULL, closure_outcome, closure_detail FROM pathway WHERE status = 'CLOSED' AND end_date IS NOT NULL;

INSERT INTO pathway_closure (pathway_id, closed_on, reopened_on, closure_outcome, closure_detail)
SELECT r.pathway_id, DATE(MAX(c.occurred_at)), DATE(r.occurred_at), NULL, NULL
FROM pathway_transition r
JOIN pathway_transition c ON c.pathway_id = r.pathway_id AND c.kind = 'TRANSITION' AND c.to_status = 'CLOSED'
    AND c.occurred_at <= r.occurred_at
WHERE r.kind = 'TRANSITION' AND r.to_status = 'REOPENED'
GROUP BY r.id, r.pathway_id, r.occurred_at;
