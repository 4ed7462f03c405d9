-- DEMO DATA ONLY. A handover (issue 24): yesterday carla.noord moved one more of bram.noord's clients
-- to anna.noord, with a handover that anna finds at the top of the file until she marks it read.
CREATE TEMPORARY TABLE seed_handover (client_id BIGINT PRIMARY KEY);
INSERT INTO seed_handover (client_id)
SELECT c.id FROM client c JOIN pathway p ON p.client_id = c.id AND p.status <> 'CLOSED' AND p.voided = FALSE
WHERE c.area_team_id = 1 AND c.responsible_worker_id = 2 AND c.voided = FALSE AND c.id <> 4 ORDER BY c.id LIMIT 1;
UPDATE client c JOIN seed_handover h ON h.client_id = c.id SET c.responsible_worker_id = 1;
UPDATE pathway p JOIN seed_handover h ON h.client_id = p.client_id SET p.responsible_worker_id = 1 WHERE p.status <> 'CLOSED';
UPDATE task t JOIN seed_handover h ON h.client_id = t.client_id SET t.owner_worker_id = 1 WHERE t.status = 'OPEN';
INSERT INTO assignment (client_id, area_team_id, from_worker_id, to_worker_id, reason, handover, assigned_at, assigned_by)
SELECT client_id, 1, 2, 1, 'Bram werkt tijdelijk minder uren',
       'De intake is gedaan; het plan moet nog met de cliënt worden besproken.\nEr loopt een verwijzing naar de verslavingszorg: de wachttijd is lang, bel over twee weken na.\nDe cliënt wil liever niet thuis worden bezocht.',
       UTC_TIMESTAMP(6) - INTERVAL 1 DAY, 'carla.noord'
FROM seed_handover;
DROP TEMPORARY TABLE seed_handover;
