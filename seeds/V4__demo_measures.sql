-- DEMO DATA ONLY (caseload.demo=true): the measures register. 66 pressure and compulsion measures (drang en dwang) for 48
-- clients over the three teams, with extension chains, measures ending within the 60-day expiry window, overdue ones
-- (past the end, no outcome) and older ones with an outcome; five Wvggz reports with their exploration tasks.
-- Same conventions as V3: deterministic (no RAND(); choices are CRC32 hashes of a row key), dates relative to CURDATE(),
-- no decision, outcome or report in the future, created_by 'demo', version 1, UTC audit stamps; helper tables seed_* are
-- dropped at the end. MEASURE_EXPIRING / MEASURE_OVERDUE tasks and flags are NOT seeded: the daily job creates them.
SET @now = UTC_TIMESTAMP(6);
SET @today = CURDATE();

-- 1. Measure templates: one row per measure; slot = one client. pool = which clients fit the slot:
--    A1 team 1, anna.noord's adult client with the oldest open pathway (ACTIVE/ESCALATED/AFTERCARE); OA adult (21+) with
--    an open pathway; OY 13-16 with an open pathway (youth types start within the last year, or any time for a
--    supervision order; they stay under 18 until the end); YA 18-20 with an open pathway (youth measures when 16);
--    CA adult whose pathways are all closed (the last one ran 250+ days, begun as an adult).
--    anchor + s = start date: T today, P end of the closed pathway, B the 16th birthday. dur = end - start in days,
--    lag = days from decision to start, rv = review date (days after start). olag = outcome so many days before the end
--    (LIFTED_EARLY, CONVERTED, UNKNOWN); ENDED_BY_TERM ends on the end date; EXTENDED on the start of the extension,
--    the row whose prev points at it. ver = verified.
CREATE TABLE seed_m (
    k INT NOT NULL PRIMARY KEY, slot CHAR(3) NOT NULL, pool CHAR(2) NOT NULL, team BIGINT NOT NULL, code VARCHAR(40) NOT NULL,
    anchor CHAR(1) NOT NULL, s INT NOT NULL, dur INT NOT NULL, lag INT NOT NULL, rv INT NULL, outcome VARCHAR(16) NULL,
    olag INT NULL, prev INT NULL, ver BOOLEAN NOT NULL,
    client_id BIGINT NULL, start_date DATE NULL, end_date DATE NULL, outcome_date DATE NULL, pathway_id BIGINT NULL, mid BIGINT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO seed_m (k, slot, pool, team, code, anchor, s, dur, lag, rv, outcome, olag, prev, ver) VALUES
 -- Team 1 (Noord). N01: zorgmachtiging of 6 months extended twice, the last link ends in 18 days (expiring chain)
 (101, 'N01', 'A1', 1, 'WVGGZ_CARE_AUTHORISATION', 'T', -530, 182, 4, NULL, 'EXTENDED', NULL, NULL, TRUE),
 (102, 'N01', 'A1', 1, 'WVGGZ_CARE_AUTHORISATION', 'T', -347, 182, 12, NULL, 'EXTENDED', NULL, 101, TRUE),
 (103, 'N01', 'A1', 1, 'WVGGZ_CARE_AUTHORISATION', 'T', -164, 182, 10, 120, NULL, NULL, 102, TRUE),
 (104, 'N02', 'OA', 1, 'CONDITIONAL_SENTENCE', 'T', -720, 729, 21, 365, NULL, NULL, NULL, TRUE),         -- expires in 9 days
 (105, 'N03', 'OY', 1, 'SUPERVISION_ORDER', 'T', -332, 365, 0, 182, NULL, NULL, NULL, TRUE),             -- expires in 33 days
 (106, 'N04', 'OA', 1, 'VOLUNTARY_UNDER_PRESSURE', 'T', -120, 181, 0, 90, NULL, NULL, NULL, FALSE),      -- 61 days: outside the window
 (107, 'N05', 'OY', 1, 'YOUTH_PROBATION', 'T', -186, 180, 10, 90, NULL, NULL, NULL, TRUE),               -- overdue: ended 6 days ago
 (108, 'N06', 'OA', 1, 'PREMISES_CLOSURE', 'T', -300, 91, 14, NULL, 'ENDED_BY_TERM', NULL, NULL, TRUE),
 (109, 'N06', 'OA', 1, 'CONDITIONAL_SENTENCE', 'T', -190, 730, 28, 365, NULL, NULL, NULL, TRUE),
 (110, 'N07', 'OA', 1, 'ISD', 'T', -400, 730, 30, 180, NULL, NULL, NULL, TRUE),
 (111, 'N08', 'OA', 1, 'WVGGZ_CRISIS', 'T', -95, 3, 0, NULL, 'ENDED_BY_TERM', NULL, NULL, TRUE),
 (112, 'N08', 'OA', 1, 'VOLUNTARY_UNDER_PRESSURE', 'T', -80, 180, 0, NULL, NULL, NULL, NULL, FALSE),
 (113, 'N09', 'OY', 1, 'HALT', 'T', -150, 60, 14, NULL, 'ENDED_BY_TERM', NULL, NULL, TRUE),
 (114, 'N10', 'OY', 1, 'SUPERVISION_ORDER', 'T', -200, 365, 0, 180, NULL, NULL, NULL, TRUE),
 (115, 'N10', 'OY', 1, 'SECURE_YOUTH_CARE', 'T', -190, 120, 0, 60, 'LIFTED_EARLY', 20, NULL, TRUE),
 (116, 'N11', 'YA', 1, 'HALT', 'B', 120, 60, 10, NULL, 'ENDED_BY_TERM', NULL, NULL, TRUE),
 (117, 'N11', 'YA', 1, 'YOUTH_PROBATION', 'B', 300, 240, 14, 120, 'ENDED_BY_TERM', NULL, NULL, TRUE),
 (118, 'N12', 'CA', 1, 'WVGGZ_CARE_AUTHORISATION', 'P', -230, 182, 6, NULL, 'ENDED_BY_TERM', NULL, NULL, TRUE),
 (119, 'N13', 'CA', 1, 'PREMISES_CLOSURE', 'P', -200, 91, 14, NULL, 'ENDED_BY_TERM', NULL, NULL, TRUE),
 (120, 'N13', 'CA', 1, 'VOLUNTARY_UNDER_PRESSURE', 'P', -100, 90, 0, NULL, 'ENDED_BY_TERM', NULL, NULL, TRUE),
 (121, 'N14', 'OA', 1, 'WZD_COURT_AUTHORISATION', 'T', -160, 182, 7, NULL, NULL, NULL, NULL, TRUE),     -- expires in 22 days
 (122, 'N15', 'OA', 1, 'CONDITIONAL_SENTENCE', 'T', -900, 730, 35, 365, 'ENDED_BY_TERM', NULL, NULL, TRUE),
 (123, 'N16', 'OA', 1, 'VOLUNTARY_UNDER_PRESSURE', 'T', -400, 180, 0, NULL, 'CONVERTED', 30, NULL, TRUE),
 (124, 'N16', 'OA', 1, 'CONDITIONAL_SENTENCE', 'T', -240, 1096, 21, 365, NULL, NULL, NULL, TRUE),
 (125, 'N17', 'OY', 1, 'HALT', 'T', -300, 90, 14, NULL, 'CONVERTED', 10, NULL, TRUE),
 (126, 'N17', 'OY', 1, 'YOUTH_PROBATION', 'T', -90, 365, 14, 180, NULL, NULL, NULL, TRUE),
 (127, 'N18', 'OA', 1, 'WVGGZ_CARE_AUTHORISATION', 'T', -600, 182, 9, NULL, 'ENDED_BY_TERM', NULL, NULL, TRUE),
 (128, 'N19', 'OA', 1, 'VOLUNTARY_UNDER_PRESSURE', 'T', -30, 50, 0, NULL, NULL, NULL, NULL, FALSE),      -- voided in step 5
 -- Team 2 (Zuid). Z01: crisis measure -> continuation -> zorgmachtiging (ended); Z04: crisis -> continuation running;
 -- Z08: supervision order extended; Z15: zorgmachtiging extended by a year (longer than typical: confirmed)
 (201, 'Z01', 'OA', 2, 'WVGGZ_CRISIS', 'T', -215, 3, 0, NULL, 'EXTENDED', NULL, NULL, TRUE),
 (202, 'Z01', 'OA', 2, 'WVGGZ_CRISIS_EXTENDED', 'T', -212, 21, 0, NULL, 'EXTENDED', NULL, 201, TRUE),
 (203, 'Z01', 'OA', 2, 'WVGGZ_CARE_AUTHORISATION', 'T', -190, 182, 2, 90, 'ENDED_BY_TERM', NULL, 202, TRUE),
 (204, 'Z02', 'OA', 2, 'PREMISES_CLOSURE', 'T', -91, 91, 14, NULL, NULL, NULL, NULL, TRUE),              -- ends today
 (205, 'Z03', 'OA', 2, 'ISD', 'T', -690, 731, 21, 365, NULL, NULL, NULL, TRUE),                          -- expires in 41 days
 (206, 'Z04', 'OA', 2, 'WVGGZ_CRISIS', 'T', -17, 3, 0, NULL, 'EXTENDED', NULL, NULL, TRUE),
 (207, 'Z04', 'OA', 2, 'WVGGZ_CRISIS_EXTENDED', 'T', -14, 21, 0, NULL, NULL, NULL, 206, FALSE),          -- expires in 7 days
 (208, 'Z05', 'OY', 2, 'HALT', 'T', -63, 60, 10, NULL, NULL, NULL, NULL, TRUE),                          -- overdue: ended 3 days ago
 (209, 'Z06', 'OA', 2, 'WVGGZ_CARE_AUTHORISATION', 'T', -150, 182, 5, NULL, 'LIFTED_EARLY', 38, NULL, TRUE), -- end in window, lifted
 (210, 'Z07', 'OA', 2, 'CONDITIONAL_SENTENCE', 'T', -365, 730, 28, 182, NULL, NULL, NULL, TRUE),
 (211, 'Z08', 'OY', 2, 'SUPERVISION_ORDER', 'T', -480, 365, 0, 180, 'EXTENDED', NULL, NULL, TRUE),
 (212, 'Z08', 'OY', 2, 'SUPERVISION_ORDER', 'T', -114, 365, 0, 180, NULL, NULL, 211, TRUE),
 (213, 'Z09', 'OY', 2, 'YOUTH_PROBATION', 'T', -200, 150, 7, NULL, 'ENDED_BY_TERM', NULL, NULL, TRUE),
 (214, 'Z10', 'CA', 2, 'WVGGZ_CARE_AUTHORISATION', 'P', -240, 182, 5, NULL, 'ENDED_BY_TERM', NULL, NULL, TRUE),
 (215, 'Z11', 'CA', 2, 'CONDITIONAL_SENTENCE', 'P', -245, 730, 30, 365, 'UNKNOWN', 490, NULL, TRUE),
 (216, 'Z12', 'OA', 2, 'VOLUNTARY_UNDER_PRESSURE', 'T', -500, 365, 0, 180, 'ENDED_BY_TERM', NULL, NULL, TRUE),
 (217, 'Z13', 'YA', 2, 'YOUTH_PROBATION', 'B', 30, 365, 14, 180, 'ENDED_BY_TERM', NULL, NULL, TRUE),
 (218, 'Z14', 'OA', 2, 'PREMISES_CLOSURE', 'T', -800, 91, 14, NULL, 'ENDED_BY_TERM', NULL, NULL, TRUE),
 (219, 'Z14', 'OA', 2, 'CONDITIONAL_SENTENCE', 'T', -760, 730, 30, 365, 'ENDED_BY_TERM', NULL, NULL, TRUE),
 (220, 'Z15', 'OA', 2, 'WVGGZ_CARE_AUTHORISATION', 'T', -420, 182, 6, NULL, 'EXTENDED', NULL, NULL, TRUE),
 (221, 'Z15', 'OA', 2, 'WVGGZ_CARE_AUTHORISATION', 'T', -237, 365, 14, 182, NULL, NULL, 220, TRUE),
 -- Team 3 (Centrum). C01: Wzd authorisation extended, the extension ends in 55 days (expiring chain)
 (301, 'C01', 'OA', 3, 'WZD_COURT_AUTHORISATION', 'T', -493, 182, 7, NULL, 'EXTENDED', NULL, NULL, TRUE),
 (302, 'C01', 'OA', 3, 'WZD_COURT_AUTHORISATION', 'T', -310, 365, 10, 182, NULL, NULL, 301, TRUE),
 (303, 'C02', 'OA', 3, 'CONDITIONAL_SENTENCE', 'T', -670, 730, 28, 365, NULL, NULL, NULL, TRUE),        -- expires in exactly 60 days
 (304, 'C03', 'OY', 3, 'HALT', 'T', -78, 90, 14, NULL, NULL, NULL, NULL, FALSE),                         -- expires in 12 days
 (305, 'C04', 'OA', 3, 'VOLUNTARY_UNDER_PRESSURE', 'T', -200, 180, 0, 90, NULL, NULL, NULL, TRUE),      -- overdue: ended 20 days ago
 (306, 'C05', 'OA', 3, 'WVGGZ_CRISIS', 'T', -60, 3, 0, NULL, 'ENDED_BY_TERM', NULL, NULL, TRUE),
 (307, 'C06', 'OY', 3, 'SUPERVISION_ORDER', 'T', -330, 365, 0, 182, NULL, NULL, NULL, TRUE),            -- expires in 35 days
 (308, 'C06', 'OY', 3, 'SECURE_YOUTH_CARE', 'T', -100, 183, 0, 90, NULL, NULL, NULL, TRUE),
 (309, 'C07', 'OA', 3, 'ISD', 'T', -900, 731, 45, 365, 'ENDED_BY_TERM', NULL, NULL, TRUE),
 (310, 'C08', 'OA', 3, 'WVGGZ_CARE_AUTHORISATION', 'T', -100, 182, 8, NULL, NULL, NULL, NULL, TRUE),
 (311, 'C09', 'YA', 3, 'HALT', 'B', 200, 60, 14, NULL, 'ENDED_BY_TERM', NULL, NULL, TRUE),
 (312, 'C10', 'CA', 3, 'VOLUNTARY_UNDER_PRESSURE', 'P', -200, 120, 0, NULL, 'LIFTED_EARLY', 30, NULL, TRUE),
 (313, 'C11', 'CA', 3, 'WVGGZ_CARE_AUTHORISATION', 'P', -235, 182, 5, NULL, 'ENDED_BY_TERM', NULL, NULL, TRUE),
 (314, 'C12', 'OA', 3, 'PREMISES_CLOSURE', 'T', -20, 91, 14, NULL, NULL, NULL, NULL, FALSE),
 (315, 'C13', 'OY', 3, 'YOUTH_PROBATION', 'T', -250, 240, 10, 120, 'ENDED_BY_TERM', NULL, NULL, TRUE),
 (316, 'C14', 'OA', 3, 'VOLUNTARY_UNDER_PRESSURE', 'T', -650, 120, 0, NULL, 'CONVERTED', 10, NULL, TRUE),
 (317, 'C14', 'OA', 3, 'CONDITIONAL_SENTENCE', 'T', -500, 1096, 28, 365, NULL, NULL, NULL, TRUE);

-- Conditions per type, two variants (variant 1 + k mod 2): how we learned of it, the executing organisation, the flags
CREATE TABLE seed_cond (code VARCHAR(40) NOT NULL, v INT NOT NULL, learned VARCHAR(24) NOT NULL, org VARCHAR(200) NOT NULL,
    treat BOOLEAN NOT NULL, subst BOOLEAN NOT NULL, loc BOOLEAN NOT NULL, cont BOOLEAN NOT NULL, txt VARCHAR(500) NOT NULL,
    PRIMARY KEY (code, v)) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO seed_cond (code, v, learned, org, treat, subst, loc, cont, txt) VALUES
 ('WVGGZ_CRISIS', 1, 'MAYOR', 'GGZ Centraal (fictief)', TRUE, FALSE, FALSE, FALSE,
  'Opname op de crisisafdeling; verplichte zorg: toedienen van medicatie en zo nodig insluiten.'),
 ('WVGGZ_CRISIS', 2, 'POLICE', 'GGZ Centraal (fictief)', TRUE, FALSE, FALSE, FALSE,
  'Crisismaatregel na inzet van de politie; opname en beperking van de bewegingsvrijheid.'),
 ('WVGGZ_CRISIS_EXTENDED', 1, 'COURT', 'GGZ Centraal (fictief)', TRUE, FALSE, FALSE, FALSE,
  'Opname voortgezet met verplichte medicatie; geen verlof zonder toestemming van de zorgverantwoordelijke.'),
 ('WVGGZ_CRISIS_EXTENDED', 2, 'PROSECUTOR', 'GGZ Centraal (fictief)', TRUE, FALSE, FALSE, FALSE,
  'Voortzetting van de crisismaatregel; de officier bereidt een verzoek om een zorgmachtiging voor.'),
 ('WVGGZ_CARE_AUTHORISATION', 1, 'COURT', 'GGZ Centraal (fictief)', TRUE, TRUE, FALSE, FALSE,
  'Ambulante verplichte zorg: depotmedicatie en controles op middelengebruik; opname bij ernstig nadeel.'),
 ('WVGGZ_CARE_AUTHORISATION', 2, 'CARE_PROVIDER', 'GGZ Centraal (fictief)', TRUE, FALSE, FALSE, FALSE,
  'Opname in een accommodatie; beperking van de bewegingsvrijheid en toezicht op de medicatie-inname.'),
 ('WZD_COURT_AUTHORISATION', 1, 'CARE_PROVIDER', 'Zorggroep Het Baken (fictief)', FALSE, FALSE, FALSE, FALSE,
  'Opname en verblijf in een Wzd-accommodatie; onvrijwillige zorg volgens het zorgplan.'),
 ('WZD_COURT_AUTHORISATION', 2, 'COURT', 'Zorggroep Het Baken (fictief)', FALSE, TRUE, FALSE, FALSE,
  'Onvrijwillige opname; gesloten deur en toezicht op alcoholgebruik.'),
 ('CONDITIONAL_SENTENCE', 1, 'PROBATION', 'Reclassering Nederland', TRUE, TRUE, FALSE, FALSE,
  'Ambulante behandeling bij de verslavingszorg; alcohol- en drugsverbod met urinecontroles; meldplicht bij de reclassering.'),
 ('CONDITIONAL_SENTENCE', 2, 'DECISION_DOCUMENT', 'Reclassering Nederland', FALSE, FALSE, TRUE, TRUE,
  'Contactverbod met het slachtoffer, locatieverbod voor de straat van het slachtoffer, meldplicht bij de reclassering.'),
 ('ISD', 1, 'PROSECUTOR', 'Dienst Justitiële Inrichtingen', TRUE, TRUE, FALSE, FALSE,
  'Plaatsing in een ISD-inrichting met een traject voor de verslaving en dagbesteding; onthouding van drugs.'),
 ('ISD', 2, 'PROBATION', 'Dienst Justitiële Inrichtingen', TRUE, FALSE, FALSE, FALSE,
  'Extramurale fase: begeleid wonen, verplichte dagbesteding en toezicht door de reclassering.'),
 ('SUPERVISION_ORDER', 1, 'COURT', 'Jeugdbescherming Gelderland (fictief)', FALSE, FALSE, FALSE, FALSE,
  'De jeugdbeschermer geeft schriftelijke aanwijzingen; ouders en jeugdige werken mee aan jeugdhulp thuis.'),
 ('SUPERVISION_ORDER', 2, 'DECISION_DOCUMENT', 'Jeugdbescherming Gelderland (fictief)', TRUE, FALSE, FALSE, FALSE,
  'Verplichte behandeling bij de jeugd-ggz; de schoolgang wordt gevolgd.'),
 ('SECURE_YOUTH_CARE', 1, 'COURT', 'Jeugdbescherming Gelderland (fictief)', TRUE, FALSE, FALSE, FALSE,
  'Verblijf in een gesloten jeugdhulpaccommodatie; verlof alleen met toestemming van de jeugdhulpaanbieder.'),
 ('SECURE_YOUTH_CARE', 2, 'DECISION_DOCUMENT', 'Jeugdbescherming Gelderland (fictief)', TRUE, TRUE, FALSE, FALSE,
  'Gesloten plaatsing na ernstig middelengebruik en weglopen; behandeling binnen de accommodatie.'),
 ('YOUTH_PROBATION', 1, 'PROBATION', 'Jeugdbescherming Gelderland (fictief)', FALSE, FALSE, TRUE, FALSE,
  'Meldplicht, deelname aan een gedragstraining en een locatieverbod voor het stationsgebied.'),
 ('YOUTH_PROBATION', 2, 'PROSECUTOR', 'Jeugdbescherming Gelderland (fictief)', FALSE, TRUE, FALSE, TRUE,
  'Verbod op middelengebruik met controles; contactverbod met de medeverdachten.'),
 ('HALT', 1, 'POLICE', 'Halt Midden-Nederland', FALSE, FALSE, FALSE, FALSE,
  'Leeropdracht over middelengebruik, excuusbrief en herstel van de schade.'),
 ('HALT', 2, 'OTHER', 'Halt Midden-Nederland', FALSE, FALSE, FALSE, FALSE,
  'Na vuurwerkoverlast (verwezen door een boa): 8 uur werkstraf en een gesprek samen met de ouders.'),
 ('PREMISES_CLOSURE', 1, 'MAYOR', 'Gemeente Nijkerk', FALSE, FALSE, TRUE, FALSE,
  'Woning gesloten na het aantreffen van een handelshoeveelheid drugs; betreden verboden.'),
 ('PREMISES_CLOSURE', 2, 'DECISION_DOCUMENT', 'Gemeente Nijkerk', FALSE, FALSE, TRUE, FALSE,
  'Sluiting na een hennepkwekerij in de woning; begunstigingstermijn van twee weken.'),
 ('VOLUNTARY_UNDER_PRESSURE', 1, 'CLIENT', 'Gemeente Nijkerk', TRUE, FALSE, FALSE, FALSE,
  'Wekelijks gesprek bij de verslavingszorg; bij afhaken informeert het gebiedsteam de woningcorporatie (dreigende ontruiming).'),
 ('VOLUNTARY_UNDER_PRESSURE', 2, 'OTHER', 'Gemeente Nijkerk', FALSE, TRUE, FALSE, FALSE,
  'Afspraak met woningcorporatie en gebiedsteam: geen gebruik of handel in en rond de woning, anders volgt ontruiming.');

-- 2. Clients for the slots. Candidates per pool and team; a hash picks as many as there are slots, and within those the
-- oldest pathways go to the earliest measures, so that most measures fall inside a pathway. A1 is taken first.
CREATE TABLE seed_cand (client_id BIGINT NOT NULL PRIMARY KEY, pool CHAR(2) NOT NULL, team BIGINT NOT NULL, pick BIGINT NOT NULL,
    pw_start DATE NOT NULL, r1 INT NULL, r2 INT NULL) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO seed_cand (client_id, pool, team, pick, pw_start)
SELECT x.id, x.pool, x.team, CRC32(CONCAT('ms-', x.id)), x.pw_start FROM (
    SELECT c.id, c.area_team_id AS team, COALESCE(o.start_date, l.start_date) AS pw_start,
        CASE WHEN o.id IS NOT NULL AND TIMESTAMPDIFF(YEAR, c.date_of_birth, @today) >= 21 THEN 'OA'
             WHEN o.id IS NOT NULL AND TIMESTAMPDIFF(YEAR, c.date_of_birth, @today) BETWEEN 13 AND 16 THEN 'OY'
             WHEN o.id IS NOT NULL AND TIMESTAMPDIFF(YEAR, c.date_of_birth, @today) BETWEEN 18 AND 20 THEN 'YA'
             WHEN o.id IS NULL AND l.status = 'CLOSED' AND TIMESTAMPDIFF(YEAR, c.date_of_birth, l.start_date) >= 18
                  AND DATEDIFF(l.end_date, l.start_date) >= 250 THEN 'CA' END AS pool
    FROM client c
    LEFT JOIN pathway o ON o.client_id = c.id AND NOT o.voided AND o.status IN ('ACTIVE', 'ESCALATED', 'AFTERCARE')
    LEFT JOIN pathway l ON l.id = (SELECT q.id FROM pathway q WHERE q.client_id = c.id AND NOT q.voided ORDER BY q.start_date DESC, q.id DESC LIMIT 1)
    WHERE NOT c.voided
) x WHERE x.pool IS NOT NULL;
UPDATE seed_cand SET pool = 'A1' WHERE client_id = (SELECT c.id FROM client c JOIN pathway o ON o.client_id = c.id AND NOT o.voided
    AND o.status IN ('ACTIVE', 'ESCALATED', 'AFTERCARE') WHERE c.area_team_id = 1 AND c.responsible_worker_id = 1
    AND TIMESTAMPDIFF(YEAR, c.date_of_birth, @today) >= 21 ORDER BY o.start_date, c.id LIMIT 1);

CREATE TABLE seed_slot (slot CHAR(3) NOT NULL PRIMARY KEY, pool CHAR(2) NOT NULL, team BIGINT NOT NULL, first_s INT NOT NULL,
    rn INT NULL, client_id BIGINT NULL, p_end DATE NULL, b16 DATE NULL) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO seed_slot (slot, pool, team, first_s) SELECT slot, MIN(pool), MIN(team), MIN(s) FROM seed_m GROUP BY slot;
UPDATE seed_slot s JOIN (SELECT slot, ROW_NUMBER() OVER (PARTITION BY pool, team ORDER BY first_s, slot) AS rn FROM seed_slot) x
  ON x.slot = s.slot SET s.rn = x.rn;
UPDATE seed_cand c JOIN (SELECT client_id, ROW_NUMBER() OVER (PARTITION BY pool, team ORDER BY pick, client_id) AS r FROM seed_cand) x
  ON x.client_id = c.client_id SET c.r1 = x.r;
DELETE c FROM seed_cand c WHERE c.r1 > (SELECT COUNT(*) FROM seed_slot s WHERE s.pool = c.pool AND s.team = c.team);
UPDATE seed_cand c JOIN (SELECT client_id, ROW_NUMBER() OVER (PARTITION BY pool, team ORDER BY pw_start, client_id) AS r FROM seed_cand) x
  ON x.client_id = c.client_id SET c.r2 = x.r;
UPDATE seed_slot s JOIN seed_cand c ON c.pool = s.pool AND c.team = s.team AND c.r2 = s.rn JOIN client cl ON cl.id = c.client_id
SET s.client_id = c.client_id, s.b16 = cl.date_of_birth + INTERVAL 16 YEAR,
    s.p_end = (SELECT MAX(p.end_date) FROM pathway p WHERE p.client_id = c.client_id AND NOT p.voided);

-- 3. Dates. A slot without a fitting client (should not happen) drops its measures. The pathway is the one open at the start.
UPDATE seed_m m JOIN seed_slot s ON s.slot = m.slot
SET m.client_id = s.client_id,
    m.start_date = CASE m.anchor WHEN 'T' THEN @today WHEN 'P' THEN s.p_end ELSE s.b16 END + INTERVAL m.s DAY;
DELETE FROM seed_m WHERE client_id IS NULL OR start_date IS NULL;
UPDATE seed_m SET end_date = start_date + INTERVAL dur DAY;
UPDATE seed_m SET outcome_date = IF(outcome = 'ENDED_BY_TERM', end_date, end_date - INTERVAL olag DAY)
WHERE outcome IS NOT NULL AND outcome <> 'EXTENDED';
UPDATE seed_m m JOIN seed_m n ON n.prev = m.k SET m.outcome_date = n.start_date;
UPDATE seed_m m SET m.pathway_id = (SELECT p.id FROM pathway p WHERE p.client_id = m.client_id AND NOT p.voided
    AND p.start_date <= m.start_date AND (p.end_date IS NULL OR p.end_date >= m.start_date) ORDER BY p.start_date DESC, p.id DESC LIMIT 1);

-- 4. The measures. Legal facts are copied from the type; legal ground per law (youth types and minors: Jeugdwet);
-- purpose WVGGZ_EXPLORATION for Wvggz measures, otherwise that of the pathway (or client); a duration above the type's
-- typical maximum has been confirmed by the user.
INSERT INTO coercion_measure (client_id, pathway_id, measure_type_id, kind, legal_basis, deciding_authority, executing_organisation,
    decision_date, start_date, end_date, review_date, conditions, treatment_obligation, substance_ban, location_ban, contact_ban,
    learned_via, verified, duration_confirmed, outcome, outcome_date, outcome_note, purpose, legal_ground,
    version, created_at, created_by, modified_at, modified_by)
SELECT m.client_id, m.pathway_id, t.id, t.kind, t.legal_basis, t.deciding_authority, d.org,
    m.start_date - INTERVAL m.lag DAY, m.start_date, m.end_date, m.start_date + INTERVAL m.rv DAY, d.txt, d.treat, d.subst, d.loc, d.cont,
    d.learned, m.ver, t.typical_max_days IS NOT NULL AND m.dur > t.typical_max_days, m.outcome, m.outcome_date,
    CASE m.outcome WHEN 'EXTENDED' THEN 'Verlengd of voortgezet door de rechter; zie de vervolgmaatregel.'
        WHEN 'ENDED_BY_TERM' THEN IF(m.code = 'WVGGZ_CRISIS', 'Crisismaatregel geëindigd; geen machtiging tot voortzetting gevraagd.',
            'Termijn verstreken; de maatregel is van rechtswege geëindigd.')
        WHEN 'LIFTED_EARLY' THEN 'Voortijdig opgeheven: het doel is bereikt en de partners zien geen grond meer voor de maatregel.'
        WHEN 'CONVERTED' THEN IF(m.code = 'HALT', 'Halt-afdoening niet afgerond; de officier van justitie legde jeugdreclassering op.',
            'Drangafspraak niet nagekomen; omgezet in een voorwaardelijke straf met bijzondere voorwaarden.')
        WHEN 'UNKNOWN' THEN 'Cliënt uit beeld geraakt; de afloop is niet bekend bij het gebiedsteam.' END,
    IF(m.code LIKE 'WVGGZ%', 'WVGGZ_EXPLORATION',
       IF(COALESCE(p.purpose, c.purpose) = 'WVGGZ_EXPLORATION', 'CARE_COORDINATION', COALESCE(p.purpose, c.purpose))),
    CASE WHEN m.code LIKE 'WVGGZ%' THEN 'WVGGZ' WHEN m.code LIKE 'WZD%' THEN 'WZD'
         WHEN m.code IN ('SUPERVISION_ORDER', 'SECURE_YOUTH_CARE', 'YOUTH_PROBATION', 'HALT')
              OR TIMESTAMPDIFF(YEAR, c.date_of_birth, m.start_date) < 18 THEN 'JEUGDWET' ELSE 'WMO_2015' END,
    1, @now, 'demo', @now, 'demo'
FROM seed_m m JOIN measure_type t ON t.code = m.code JOIN seed_cond d ON d.code = m.code AND d.v = 1 + MOD(m.k, 2)
JOIN client c ON c.id = m.client_id LEFT JOIN pathway p ON p.id = m.pathway_id
ORDER BY m.start_date, m.k;

-- 5. Extension chains (each link points at the one it extends), and one measure voided: registered for the wrong client
UPDATE seed_m m JOIN measure_type t ON t.code = m.code
JOIN coercion_measure cm ON cm.client_id = m.client_id AND cm.measure_type_id = t.id AND cm.start_date = m.start_date AND cm.created_by = 'demo'
SET m.mid = cm.id;
UPDATE coercion_measure cm JOIN seed_m m ON m.mid = cm.id JOIN seed_m p ON p.k = m.prev SET cm.extends_measure_id = p.mid;
UPDATE coercion_measure cm JOIN seed_m m ON m.mid = cm.id AND m.k = 128 JOIN client c ON c.id = cm.client_id
JOIN worker w ON w.id = c.responsible_worker_id
SET cm.voided = TRUE, cm.voided_at = @now, cm.voided_by = w.login_name,
    cm.void_reason = 'Ten onrechte bij deze cliënt geregistreerd (naamgenoot); de afspraak hoort bij een andere cliënt.';

-- 6. Wvggz reports (meldingen), received in the last 30 days, for adults with an open pathway and no measure (Wvggz
-- exploration clients first): one overdue without decision (team 1), two decided, two still within the 14 days.
CREATE TABLE seed_r (k INT NOT NULL PRIMARY KEY, team BIGINT NOT NULL, recv INT NOT NULL, decision VARCHAR(24) NULL, dday INT NULL,
    reporter VARCHAR(150) NOT NULL, summary VARCHAR(500) NOT NULL, note VARCHAR(500) NULL, rn INT NULL, client_id BIGINT NULL)
    ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO seed_r (k, team, recv, decision, dday, reporter, summary, note) VALUES
 (1, 1, -18, NULL, NULL, 'GGD Meldpunt Zorg en Overlast (fictief)',
  'Betrokkene verwaarloost zich ernstig, eet nauwelijks en uit dreigementen naar de buren; weigert elke hulp.', NULL),
 (2, 2, -25, 'NO_REQUEST', -13, 'Huisarts (naam bekend bij het team)',
  'Toenemende achterdocht en slapeloosheid sinds betrokkene is gestopt met de medicatie.',
  'Verkennend onderzoek afgerond: betrokkene aanvaardt vrijwillige behandeling bij de ggz; geen aanvraag bij de officier van justitie.'),
 (3, 2, -3, NULL, NULL, 'Wijkagent, politie basisteam Vallei (fictief)',
  'Herhaald verward gedrag op straat onder invloed; deze maand twee keer meegenomen naar het politiebureau.', NULL),
 (4, 3, -27, 'REQUEST_PROSECUTOR', -15, 'Woningcorporatie Het Gelders Huis (fictief)',
  'Ernstige vervuiling van de woning en brandgevaar; betrokkene is verward en houdt vrijwillige hulp af.',
  'Verkennend onderzoek afgerond: ernstig nadeel aannemelijk, vrijwillige zorg niet mogelijk; zorgmachtiging gevraagd aan de officier van justitie.'),
 (5, 3, -9, NULL, NULL, 'Familielid (naam bekend bij het team)',
  'Zus meldt psychotische uitingen; betrokkene komt niet meer buiten en laat niemand meer binnen.', NULL);
UPDATE seed_r r JOIN (SELECT k, ROW_NUMBER() OVER (PARTITION BY team ORDER BY k) AS rn FROM seed_r) x ON x.k = r.k SET r.rn = x.rn;
UPDATE seed_r r JOIN (
    SELECT c.id, c.area_team_id AS team, ROW_NUMBER() OVER (PARTITION BY c.area_team_id
        ORDER BY c.purpose = 'WVGGZ_EXPLORATION' DESC, CRC32(CONCAT('wr-', c.id)), c.id) AS rn
    FROM client c JOIN pathway o ON o.client_id = c.id AND NOT o.voided AND o.status IN ('ACTIVE', 'ESCALATED', 'AFTERCARE')
    WHERE NOT c.voided AND TIMESTAMPDIFF(YEAR, c.date_of_birth, @today) >= 21 AND NOT EXISTS (SELECT 1 FROM seed_m m WHERE m.client_id = c.id)
) x ON x.team = r.team AND x.rn = r.rn
SET r.client_id = x.id;
INSERT INTO wvggz_report (client_id, received_on, reporter, summary, decision, decided_on, version, created_at, created_by, modified_at, modified_by)
SELECT r.client_id, @today + INTERVAL r.recv DAY, r.reporter, r.summary, r.decision, @today + INTERVAL r.dday DAY, 1, @now, 'demo', @now, 'demo'
FROM seed_r r WHERE r.client_id IS NOT NULL ORDER BY r.recv, r.k;

-- 7. The exploration task of each report: due 14 days after receipt, restricted, owned by the client's responsible worker;
-- done (by that worker, on the decision day, during working hours UTC) when the report is decided
INSERT INTO task (client_id, area_team_id, owner_worker_id, kind, source_id, due_date, restricted, status, done_at, done_by, done_note,
    version, created_at, created_by, modified_at, modified_by)
SELECT wr.client_id, c.area_team_id, c.responsible_worker_id, 'WVGGZ_EXPLORATION', wr.id, wr.received_on + INTERVAL 14 DAY, TRUE,
    IF(wr.decision IS NULL, 'OPEN', 'DONE'),
    IF(wr.decision IS NULL, NULL, TIMESTAMP(wr.decided_on, SEC_TO_TIME(25200 + MOD(CRC32(CONCAT('wt-', wr.id)), 32400)))),
    IF(wr.decision IS NULL, NULL, w.login_name), IF(wr.decision IS NULL, NULL, r.note),
    1, @now, 'demo', @now, 'demo'
FROM wvggz_report wr JOIN seed_r r ON r.client_id = wr.client_id AND wr.received_on = @today + INTERVAL r.recv DAY
JOIN client c ON c.id = wr.client_id LEFT JOIN worker w ON w.id = c.responsible_worker_id
WHERE wr.created_by = 'demo'
ORDER BY wr.id;

DROP TABLE seed_m, seed_cond, seed_cand, seed_slot, seed_r;
