-- DEMO DATA ONLY. Issue 25: caseload norms and a waiting list in Gebiedsteam Noord, as carla.noord
-- (team lead) would have set them. Deterministic: weights come from a CRC32 of the pathway id, dates
-- are relative to CURDATE().
SET @now = UTC_TIMESTAMP(6);
SET @today = CURDATE();

-- Weights of the open pathways: about a quarter light, one in five heavy, the rest medium.
UPDATE pathway p SET p.weight = CASE WHEN MOD(CRC32(CONCAT('weight-', p.id)), 100) < 25 THEN 'LIGHT'
                                     WHEN MOD(CRC32(CONCAT('weight-', p.id)), 100) < 80 THEN 'MEDIUM' ELSE 'HEAVY' END
WHERE p.status <> 'CLOSED' AND p.voided = FALSE;

-- Team Noord's norm per full-time worker (36 hours): 45 weighted points, because its caseworkers carry
-- about 35 open pathways each in this demo (the default of 20 suits a team with fewer, heavier cases).
-- The hours of its workers: anna.noord 32 (a norm of 40 points, and about 39 on her desk: just under),
-- bram.noord 24 (he works fewer hours for now, see V5: a norm of 30, and well above it). carla.noord,
-- the team lead, has no norm: her own files are shown, but she is never marked overloaded.
INSERT INTO team_caseload_norm (area_team_id, points_per_fte, version, created_at, created_by, modified_at, modified_by)
VALUES (1, 45, 1, @now, 'carla.noord', @now, 'carla.noord');
INSERT INTO worker_caseload_norm (worker_id, hours_per_week, version, created_at, created_by, modified_at, modified_by) VALUES
 (1, 32, 1, @now, 'carla.noord', @now, 'carla.noord'),
 (2, 24, 1, @now, 'carla.noord', @now, 'carla.noord');

-- The waiting list: four new clients of team Noord without a caseworker. Three have a just-registered
-- pathway (started 41, 16 and 3 days ago); one was only registered, 9 days ago.
INSERT INTO client (id, given_names, surname_prefix, surname, date_of_birth, gender, postcode, area, bsn, phone, area_team_id,
    responsible_worker_id, status, purpose, legal_ground, first_pathway_start, version, created_at, created_by, modified_at,
    modified_by) VALUES
 (951, 'Thijs', 'van', 'Ginkel', '2008-03-14', 'MALE', '3861 BD', 'Nijkerk-Noord', NULL, '06 2481 7730', 1, NULL, 'ACTIVE',
    'ADDICTION_SUPPORT', 'JEUGDWET', @today - INTERVAL 41 DAY, 1, TIMESTAMP(@today - INTERVAL 41 DAY, '09:20:00'), 'carla.noord', @now, 'carla.noord'),
 (952, 'Monique', NULL, 'Schouten', '1981-07-02', 'FEMALE', '3862 HK', 'Nijkerk-Noord', NULL, '06 5120 8846', 1, NULL, 'ACTIVE',
    'ADDICTION_SUPPORT', 'WMO_2015', @today - INTERVAL 16 DAY, 1, TIMESTAMP(@today - INTERVAL 16 DAY, '10:05:00'), 'carla.noord', @now, 'carla.noord'),
 (953, 'Stefan', NULL, 'Hoekstra', '1994-11-23', 'MALE', '3871 TV', 'Nijkerk-Noord', NULL, NULL, 1, NULL, 'REGISTERED',
    'SIGNAL_FOLLOW_UP', 'CONSENT', NULL, 1, TIMESTAMP(@today - INTERVAL 9 DAY, '13:40:00'), 'carla.noord', @now, 'carla.noord'),
 (954, 'Femke', 'de', 'Haan', '2006-01-30', 'FEMALE', '3861 LP', 'Nijkerk-Noord', NULL, '06 7394 0218', 1, NULL, 'ACTIVE',
    'CARE_COORDINATION', 'WMO_2015', @today - INTERVAL 3 DAY, 1, TIMESTAMP(@today - INTERVAL 3 DAY, '11:15:00'), 'carla.noord', @now, 'carla.noord');

INSERT INTO pathway (id, client_id, area_team_id, responsible_worker_id, start_date, status, repeat_request, purpose, legal_ground,
    weight, version, created_at, created_by, modified_at, modified_by) VALUES
 (951, 951, 1, NULL, @today - INTERVAL 41 DAY, 'REGISTERED', FALSE, 'ADDICTION_SUPPORT', 'JEUGDWET', 'HEAVY', 1,
    TIMESTAMP(@today - INTERVAL 41 DAY, '09:20:00'), 'carla.noord', @now, 'carla.noord'),
 (952, 952, 1, NULL, @today - INTERVAL 16 DAY, 'REGISTERED', FALSE, 'ADDICTION_SUPPORT', 'WMO_2015', 'MEDIUM', 1,
    TIMESTAMP(@today - INTERVAL 16 DAY, '10:05:00'), 'carla.noord', @now, 'carla.noord'),
 (954, 954, 1, NULL, @today - INTERVAL 3 DAY, 'REGISTERED', FALSE, 'CARE_COORDINATION', 'WMO_2015', 'LIGHT', 1,
    TIMESTAMP(@today - INTERVAL 3 DAY, '11:15:00'), 'carla.noord', @now, 'carla.noord');

-- pathway_transition has triggers: one row per statement (see V3)
INSERT INTO pathway_transition (pathway_id, kind, from_status, to_status, occurred_at, worker_id, worker_login, comment)
VALUES (951, 'TRANSITION', NULL, 'REGISTERED', TIMESTAMP(@today - INTERVAL 41 DAY, '09:20:00'), 3, 'carla.noord', NULL);
INSERT INTO pathway_transition (pathway_id, kind, from_status, to_status, occurred_at, worker_id, worker_login, comment)
VALUES (952, 'TRANSITION', NULL, 'REGISTERED', TIMESTAMP(@today - INTERVAL 16 DAY, '10:05:00'), 3, 'carla.noord', NULL);
INSERT INTO pathway_transition (pathway_id, kind, from_status, to_status, occurred_at, worker_id, worker_login, comment)
VALUES (954, 'TRANSITION', NULL, 'REGISTERED', TIMESTAMP(@today - INTERVAL 3 DAY, '11:15:00'), 3, 'carla.noord', NULL);
