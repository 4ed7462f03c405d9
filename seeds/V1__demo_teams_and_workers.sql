-- DEMO DATA ONLY (loaded when caseload.demo=true). Synthetic people; every demo login has the
-- password Demo-Caseload-2026 (hash below: PBKDF2WithHmacSHA512, 210,000 iterations).
SET @now = UTC_TIMESTAMP(6);
SET @pw = 'PBKDF2WithHmacSHA512:210000:FqsbwvPRVEENq9UXDsflRQ==:jLov+kDT1vsJ+kZHpY40U084LDHNzaPuP3JbLyfA7XSgWn9TF1aCPuyadPJ/1RMUyuH0D5JTipTEKt+aDa/oew==';

INSERT INTO area_team (id, name, area, active, version, created_at, created_by, modified_at, modified_by) VALUES
 (1, 'Gebiedsteam Noord', 'Nijkerk-Noord en Hoevelaken', TRUE, 1, @now, 'demo', @now, 'demo'),
 (2, 'Gebiedsteam Zuid', 'Nijkerk-Zuid en Nijkerkerveen', TRUE, 1, @now, 'demo', @now, 'demo'),
 (3, 'Gebiedsteam Centrum', 'Nijkerk-Centrum', TRUE, 1, @now, 'demo', @now, 'demo');

INSERT INTO worker (id, login_name, display_name, area_team_id, active, password_hash, version, created_at, created_by, modified_at, modified_by) VALUES
 (1, 'anna.noord',   'Anna de Boer',       1, TRUE, @pw, 1, @now, 'demo', @now, 'demo'),
 (2, 'bram.noord',   'Bram Jansen',        1, TRUE, @pw, 1, @now, 'demo', @now, 'demo'),
 (3, 'carla.noord',  'Carla Visser',       1, TRUE, @pw, 1, @now, 'demo', @now, 'demo'),
 (4, 'dirk.zuid',    'Dirk Smit',          2, TRUE, @pw, 1, @now, 'demo', @now, 'demo'),
 (5, 'eva.zuid',     'Eva Mulder',         2, TRUE, @pw, 1, @now, 'demo', @now, 'demo'),
 (6, 'fatima.beleid','Fatima El Amrani',   NULL, TRUE, @pw, 1, @now, 'demo', @now, 'demo'),
 (7, 'gerrit.beheer','Gerrit Bakker',      NULL, TRUE, @pw, 1, @now, 'demo', @now, 'demo'),
 (8, 'hanna.privacy','Hanna de Wit',       NULL, TRUE, @pw, 1, @now, 'demo', @now, 'demo'),
 (9, 'ivo.centrum',  'Ivo van Dijk',       3, TRUE, @pw, 1, @now, 'demo', @now, 'demo'),
 (10,'julia.centrum','Julia Kok',          3, TRUE, @pw, 1, @now, 'demo', @now, 'demo');

INSERT INTO worker_role (worker_id, role) VALUES
 (1, 'CASEWORKER'), (2, 'CASEWORKER'), (3, 'TEAM_LEAD'),
 (4, 'CASEWORKER'), (5, 'TEAM_LEAD'),
 (6, 'POLICY_OFFICER'), (7, 'FUNCTIONAL_ADMIN'), (8, 'PRIVACY_OFFICER'),
 (9, 'CASEWORKER'), (10, 'TEAM_LEAD');
