-- DEMO DATA ONLY. The agenda (issue 25): anna.noord's week has appointments with Emma Hendriks
-- (client 21) and her other clients — one from yesterday still to be dealt with (it shows under
-- "Afspraken om af te handelen" on Mijn werk), one held (it became a contact), one not held (no-show),
-- and appointments today, tomorrow, later this week and next week; bram.noord has two with Kevin
-- el Idrissi (client 4) and another client, so carla.noord's team agenda shows both.
SET @now = UTC_TIMESTAMP(6);
SET @today = CURDATE();

CREATE TABLE seed_agenda (n INT NOT NULL PRIMARY KEY, worker_id BIGINT NOT NULL, pick INT NOT NULL, days INT NOT NULL,
    at TIME NOT NULL, minutes INT NOT NULL, kind VARCHAR(24) NOT NULL, place VARCHAR(200) NULL, status VARCHAR(12) NOT NULL,
    reason VARCHAR(24) NULL, note VARCHAR(400) NULL, client_id BIGINT NULL)
    ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- pick 0 is the named client (21 for anna, 4 for bram); pick k > 0 the worker's k-th other client by id
INSERT INTO seed_agenda (n, worker_id, pick, days, at, minutes, kind, place, status, reason, note) VALUES
 (1, 1, 0, -1, '14:00', 60, 'HOME_VISIT', 'Bij Emma thuis', 'PLANNED', NULL, NULL),
 (2, 1, 0, -5, '10:00', 45, 'OFFICE', 'Spreekkamer 2', 'HELD', NULL,
  'Gesprek over de dagbesteding; Emma wil het vrijwilligerswerk bij de kringloop proberen.'),
 (3, 1, 1, -4, '11:00', 30, 'OFFICE', 'Spreekkamer 1', 'NOT_HELD', 'NO_SHOW', NULL),
 (4, 1, 0, 0, '15:30', 45, 'OFFICE', 'Spreekkamer 2', 'PLANNED', NULL, NULL),
 (5, 1, 1, 1, '09:30', 20, 'PHONE', NULL, 'PLANNED', NULL, NULL),
 (6, 1, 2, 3, '11:00', 30, 'VIDEO', NULL, 'PLANNED', NULL, NULL),
 (7, 1, 0, 7, '10:00', 60, 'WITH_PARTNER', 'Verslavingszorg, locatie Noord', 'PLANNED', NULL, NULL),
 (8, 2, 0, 1, '13:00', 45, 'OFFICE', 'Spreekkamer 1', 'PLANNED', NULL, NULL),
 (9, 2, 1, 2, '10:30', 60, 'HOME_VISIT', NULL, 'PLANNED', NULL, NULL);

UPDATE seed_agenda SET client_id = 21 WHERE worker_id = 1 AND pick = 0;
UPDATE seed_agenda SET client_id = 4 WHERE worker_id = 2 AND pick = 0;
UPDATE seed_agenda s SET client_id = (SELECT c.id FROM client c WHERE c.responsible_worker_id = s.worker_id
    AND c.voided = FALSE AND c.id NOT IN (21, 4) ORDER BY c.id LIMIT 1 OFFSET 0) WHERE s.pick = 1;
UPDATE seed_agenda s SET client_id = (SELECT c.id FROM client c WHERE c.responsible_worker_id = s.worker_id
    AND c.voided = FALSE AND c.id NOT IN (21, 4) ORDER BY c.id LIMIT 1 OFFSET 1) WHERE s.pick = 2;

-- the held appointment's contact first, on the pathway open at the time
INSERT INTO client_contact (client_id, pathway_id, occurred_local, kind, duration_minutes, note, version, created_at,
    created_by, modified_at, modified_by)
SELECT s.client_id, (SELECT p.id FROM pathway p WHERE p.client_id = s.client_id AND p.voided = FALSE
    AND p.status <> 'CLOSED' ORDER BY p.start_date DESC LIMIT 1), TIMESTAMP(@today + INTERVAL s.days DAY, s.at),
    'CONVERSATION', s.minutes, s.note, 1, @now, 'anna.noord', @now, 'anna.noord'
FROM seed_agenda s WHERE s.status = 'HELD';

INSERT INTO planned_contact (client_id, worker_id, starts_local, duration_minutes, kind, place, status, not_held_reason,
    contact_id, version, created_at, created_by, modified_at, modified_by)
SELECT s.client_id, s.worker_id, TIMESTAMP(@today + INTERVAL s.days DAY, s.at), s.minutes, s.kind, s.place, s.status,
    s.reason, IF(s.status = 'HELD', (SELECT MAX(k.id) FROM client_contact k WHERE k.client_id = s.client_id
    AND k.occurred_local = TIMESTAMP(@today + INTERVAL s.days DAY, s.at)), NULL), 1, @now, w.login_name, @now, w.login_name
FROM seed_agenda s JOIN worker w ON w.id = s.worker_id WHERE s.client_id IS NOT NULL ORDER BY s.n;

DROP TABLE seed_agenda;
