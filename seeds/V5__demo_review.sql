-- DEMO DATA ONLY: what the team overview and "my work" need beyond V3/V4.
-- Plans offered for approval carry the date the client agreed (the application requires it).
UPDATE support_plan sp JOIN pathway p ON p.id = sp.pathway_id
SET sp.client_agreed_on = GREATEST(p.start_date, CURDATE() - INTERVAL 3 DAY)
WHERE sp.status = 'DRAFT' AND p.pending_approval = 'PLAN' AND sp.client_agreed_on IS NULL;

-- Two clients of team Noord moved from bram.noord (2) to anna.noord (1) last week, so anna's start
-- page shows "recently assigned to me". The lowest-numbered clients with an open pathway are used.
CREATE TABLE seed_moved (client_id BIGINT NOT NULL PRIMARY KEY) ENGINE = InnoDB;
INSERT INTO seed_moved (client_id)
SELECT c.id FROM client c JOIN pathway p ON p.client_id = c.id AND p.status <> 'CLOSED' AND p.voided = FALSE
WHERE c.area_team_id = 1 AND c.responsible_worker_id = 2 AND c.voided = FALSE ORDER BY c.id LIMIT 2;
UPDATE client c JOIN seed_moved m ON m.client_id = c.id SET c.responsible_worker_id = 1;
UPDATE pathway p JOIN seed_moved m ON m.client_id = p.client_id SET p.responsible_worker_id = 1 WHERE p.status <> 'CLOSED';
UPDATE task t JOIN seed_moved m ON m.client_id = t.client_id SET t.owner_worker_id = 1 WHERE t.status = 'OPEN';
-- assignment has triggers: insert row by row with VALUES-less INSERT…SELECT without a column list would be
-- needed for a multi-row insert on MariaDB 11.4.5, so each row is inserted on its own
INSERT INTO assignment (client_id, area_team_id, from_worker_id, to_worker_id, reason, assigned_at, assigned_by)
SELECT client_id, 1, 2, 1, 'Bram werkt tijdelijk minder uren', UTC_TIMESTAMP(6) - INTERVAL 5 DAY, 'carla.noord'
FROM seed_moved ORDER BY client_id LIMIT 1;
INSERT INTO assignment (client_id, area_team_id, from_worker_id, to_worker_id, reason, assigned_at, assigned_by)
SELECT client_id, 1, 2, 1, 'Bram werkt tijdelijk minder uren', UTC_TIMESTAMP(6) - INTERVAL 5 DAY, 'carla.noord'
FROM seed_moved ORDER BY client_id LIMIT 1 OFFSET 1;
DROP TABLE seed_moved;
