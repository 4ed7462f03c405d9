-- DEMO DATA ONLY. A second functional administrator, so the four-eyes approval of access to
-- client data can be tried: gerrit.beheer requests, karel.beheer approves (or the other way round).
SET @now = UTC_TIMESTAMP(6);
SET @pw = (SELECT password_hash FROM worker WHERE login_name = 'gerrit.beheer');

INSERT INTO worker (id, login_name, display_name, area_team_id, active, password_hash, version, created_at, created_by, modified_at, modified_by) VALUES
 (11, 'karel.beheer', 'Karel de Vries', NULL, TRUE, @pw, 1, @now, 'demo', @now, 'demo');

INSERT INTO worker_role (worker_id, role) VALUES (11, 'FUNCTIONAL_ADMIN');
