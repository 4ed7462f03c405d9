-- DEMO DATA ONLY (caseload.demo=true): case files. 300 more synthetic clients (61..360), referral providers,
-- pathways with transitions and approvals, intakes, support plans and goals, contacts, substance profiles,
-- consents, referrals, signals and combined-observation flags; client status is then derived from the pathways.
-- Deterministic: no RAND(); "random" choices are CRC32 hashes of a row key, and dates are relative to CURDATE(), so
-- the demo always looks current. Nothing is dated after yesterday (UTC audit instants fall on working hours), so no
-- event lies in the future. Helper tables seed_* are created here and dropped at the end.
SET @now = UTC_TIMESTAMP(6);
SET @today = CURDATE();
SET @yesterday = CURDATE() - INTERVAL 1 DAY;

-- Numbers 0..2199 to fan rows out (0..99 squared: the default max_recursive_iterations is only 1000)
CREATE TABLE seed_n (n INT NOT NULL PRIMARY KEY) ENGINE = InnoDB;
INSERT INTO seed_n (n)
WITH RECURSIVE s (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < 99)
SELECT a.n + 100 * b.n FROM s a CROSS JOIN s b WHERE a.n + 100 * b.n < 2200;

-- Given names: g 0 = male, 1 = female; k 0..14 for people under 30, 15..29 for older people
CREATE TABLE seed_given (g INT NOT NULL, k INT NOT NULL, name VARCHAR(40) NOT NULL, PRIMARY KEY (g, k))
    ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO seed_given (g, k, name)
SELECT 0, n.n, ELT(n.n + 1, 'Daan', 'Sem', 'Lucas', 'Milan', 'Levi', 'Noah', 'Finn', 'Jesse', 'Thijs', 'Bram', 'Ruben', 'Mohamed',
    'Yusuf', 'Luuk', 'Stijn', 'Kevin', 'Mehmet', 'Stefan', 'Mark', 'Dennis', 'Sander', 'Jeroen', 'Marco', 'Peter', 'Gerrit', 'Henk',
    'Wim', 'Jan', 'Kees', 'Ahmed') FROM seed_n n WHERE n.n < 30
UNION ALL
SELECT 1, n.n, ELT(n.n + 1, 'Emma', 'Julia', 'Sophie', 'Lotte', 'Fleur', 'Zoë', 'Noor', 'Sara', 'Lisa', 'Anna', 'Eva', 'Yasmin',
    'Esra', 'Femke', 'Naomi', 'Sanne', 'Kim', 'Linda', 'Marieke', 'Petra', 'Monique', 'Ingrid', 'Anja', 'Ria', 'Wilma', 'Joyce',
    'Chantal', 'Ilse', 'Fatima', 'Iris') FROM seed_n n WHERE n.n < 30;

-- Surnames with their prefix (tussenvoegsel)
CREATE TABLE seed_surname (k INT NOT NULL PRIMARY KEY, prefix VARCHAR(20) NULL, surname VARCHAR(60) NOT NULL)
    ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO seed_surname (k, prefix, surname) VALUES
 (0, NULL, 'Jansen'), (1, NULL, 'Bakker'), (2, 'de', 'Vries'), (3, 'van den', 'Berg'), (4, 'van', 'Dijk'), (5, NULL, 'Visser'),
 (6, NULL, 'Smit'), (7, 'de', 'Boer'), (8, NULL, 'Mulder'), (9, 'de', 'Groot'), (10, NULL, 'Bos'), (11, NULL, 'Vos'),
 (12, NULL, 'Peters'), (13, NULL, 'Hendriks'), (14, 'van', 'Leeuwen'), (15, NULL, 'Dekker'), (16, NULL, 'Brouwer'), (17, 'de', 'Wit'),
 (18, NULL, 'Dijkstra'), (19, NULL, 'Smits'), (20, 'de', 'Graaf'), (21, 'van der', 'Meer'), (22, 'van der', 'Linden'), (23, NULL, 'Kok'),
 (24, NULL, 'Jacobs'), (25, 'de', 'Haan'), (26, NULL, 'Vermeulen'), (27, 'van den', 'Heuvel'), (28, 'van der', 'Veen'),
 (29, 'van den', 'Broek'), (30, NULL, 'Schouten'), (31, NULL, 'Willems'), (32, NULL, 'Hoekstra'), (33, NULL, 'Koster'),
 (34, NULL, 'Prins'), (35, NULL, 'Yilmaz'), (36, NULL, 'Kaya'), (37, 'el', 'Amrani'), (38, NULL, 'Bouzid'), (39, 'van', 'Beek'),
 (40, 'ter', 'Horst'), (41, NULL, 'Huisman'), (42, 'van', 'Ginkel'), (43, NULL, 'Hop'), (44, 'van de', 'Kamp'),
 (45, NULL, 'Ruitenberg'), (46, 'van', 'Essen'), (47, NULL, 'Bouwman');

-- 1. Clients 61..360: team 1 40 %, team 2 35 %, team 3 25 %; 38 % aged 13-23; a BSN for about three in four:
-- 9999abcd + check digit e = (6 + 5a + 4b + 3c + 2d) mod 11 (the 11-test; e = 10 means no BSN), abcd unique,
-- and never one that V2 already uses. Status is set from the pathways at the end.
INSERT INTO client (id, given_names, surname_prefix, surname, date_of_birth, gender, postcode, area, bsn, phone, area_team_id,
    responsible_worker_id, status, purpose, legal_ground, version, created_at, created_by, modified_at, modified_by)
SELECT c.id, gv.name, sn.prefix, sn.surname, @today - INTERVAL c.age YEAR - INTERVAL (1 + MOD(c.ha DIV 10000, 360)) DAY,
    c.gender, c.postcode, ELT(c.team, 'Nijkerk-Noord', 'Nijkerk-Zuid', 'Nijkerk-Centrum'),
    IF(MOD(c.hm, 100) < 78 AND c.chk < 10 AND NOT EXISTS (SELECT 1 FROM client x WHERE x.bsn = CONCAT('9999', LPAD(c.m, 4, '0'), c.chk)),
       CONCAT('9999', LPAD(c.m, 4, '0'), c.chk), NULL),
    IF(MOD(c.hm DIV 100, 100) < 72, CONCAT('06 ', 1000 + MOD(c.hn, 9000), ' ', 1000 + MOD(c.ha DIV 7, 9000)), NULL),
    c.team, CASE c.team WHEN 1 THEN ELT(1 + MOD(c.hm DIV 7, 5), 1, 1, 2, 2, 3) WHEN 2 THEN ELT(1 + MOD(c.hm DIV 7, 3), 4, 4, 5)
                        ELSE ELT(1 + MOD(c.hm DIV 7, 3), 9, 9, 10) END,
    'REGISTERED',
    CASE WHEN MOD(c.hm DIV 13, 10) < 6 THEN 'ADDICTION_SUPPORT' WHEN MOD(c.hm DIV 13, 10) < 8 THEN 'SIGNAL_FOLLOW_UP'
         WHEN MOD(c.hm DIV 13, 10) = 9 AND c.age >= 25 THEN 'WVGGZ_EXPLORATION' ELSE 'CARE_COORDINATION' END,
    CASE WHEN c.age < 18 THEN 'JEUGDWET' WHEN MOD(c.hm DIV 13, 10) = 9 AND c.age >= 25 THEN 'WVGGZ'
         WHEN MOD(c.hm DIV 131, 10) < 8 THEN 'WMO_2015' ELSE 'CONSENT' END,
    1, @now, 'demo', @now, 'demo'
FROM (
    SELECT b.*, CASE WHEN MOD(b.ha, 100) < 38 THEN 13 + MOD(b.ha DIV 100, 11) ELSE 24 + MOD(b.ha DIV 100, 52) END AS age,
        ELT(1 + (MOD(b.hn, 100) >= 49) + (MOD(b.hn, 100) >= 95) + (MOD(b.hn, 100) >= 98), 'MALE', 'FEMALE', 'OTHER', 'UNKNOWN') AS gender,
        CASE WHEN MOD(b.hn, 100) < 49 THEN 0 WHEN MOD(b.hn, 100) < 95 THEN 1 ELSE MOD(b.hn DIV 100, 2) END AS g,
        CONCAT(CASE b.team WHEN 1 THEN ELT(1 + MOD(b.hm DIV 100, 3), '3861', '3862', '3871')
                           WHEN 2 THEN ELT(1 + MOD(b.hm DIV 100, 2), '3863', '3864') ELSE '3860' END, ' ',  -- letters without S
               SUBSTRING('ABCDEGHJKLMNPRTVWXZ', 1 + MOD(b.hm DIV 1000, 19), 1), SUBSTRING('ABCDEGHJKLMNPRTVWXZ', 1 + MOD(b.hm DIV 19000, 19), 1))
            AS postcode,
        MOD(6 + 5 * (b.m DIV 1000) + 4 * MOD(b.m DIV 100, 10) + 3 * MOD(b.m DIV 10, 10) + 2 * MOD(b.m, 10), 11) AS chk
    FROM (SELECT n.n + 60 AS id, CASE WHEN MOD(n.n, 20) < 8 THEN 1 WHEN MOD(n.n, 20) < 15 THEN 2 ELSE 3 END AS team,
              CRC32(CONCAT('age-', n.n)) AS ha, CRC32(CONCAT('name-', n.n)) AS hn, CRC32(CONCAT('misc-', n.n)) AS hm,
              MOD(n.n * 7919 + 4321, 10000) AS m
          FROM seed_n n WHERE n.n BETWEEN 1 AND 300) b
) c
JOIN seed_given gv ON gv.g = c.g AND gv.k = IF(c.age < 30, 0, 15) + MOD(c.hn DIV 1000, 15)
JOIN seed_surname sn ON sn.k = MOD(c.hn DIV 100000, 48)
ORDER BY c.id;

-- 2. Referral providers (all fictional; the last one inactive, for the admin list)
INSERT INTO referral_provider (id, name, kind, active, version, created_at, created_by, modified_at, modified_by) VALUES
 (1, 'Verslavingszorg Gelderland-Vallei (fictief)', 'ADDICTION_CARE', TRUE, 1, @now, 'demo', @now, 'demo'),
 (2, 'Herstelhuis De Veluwerand, verslavingskliniek (fictief)', 'ADDICTION_CARE', TRUE, 1, @now, 'demo', @now, 'demo'),
 (3, 'Jeugdbescherming Gelderland-Midden (fictief)', 'YOUTH_PROTECTION', TRUE, 1, @now, 'demo', @now, 'demo'),
 (4, 'Reclassering Gelderse Vallei (fictief)', 'PROBATION', TRUE, 1, @now, 'demo', @now, 'demo'),
 (5, 'Jeugdhulp Eemvallei (fictief)', 'YOUTH_CARE', TRUE, 1, @now, 'demo', @now, 'demo'),
 (6, 'GGZ Vallei en Eem (fictief)', 'MENTAL_HEALTH', TRUE, 1, @now, 'demo', @now, 'demo'),
 (7, 'Schuldhulp en Inkomen Nijkerk (fictief)', 'SOCIAL_SERVICES', TRUE, 1, @now, 'demo', @now, 'demo'),
 (8, 'Stichting Nachtopvang Amersfoort-Noord (fictief, gestopt)', 'OTHER', FALSE, 1, @now, 'demo', @now, 'demo');

-- 3. Per client: team lead, age, days since the 12th birthday (no pathway before it), hashes, and a scenario = the
-- status of the latest pathway. V2 clients keep their status; a REGISTERED one may get a just-started pathway.
CREATE TABLE seed_client (
    id BIGINT NOT NULL PRIMARY KEY, team BIGINT NOT NULL, resp BIGINT NOT NULL, lead BIGINT NOT NULL, dob DATE NOT NULL,
    age INT NOT NULL, room INT NOT NULL, v2status VARCHAR(16) NULL, h1 BIGINT NOT NULL, h2 BIGINT NOT NULL, h3 BIGINT NOT NULL,
    h4 BIGINT NOT NULL, scen VARCHAR(16) NULL, rep BOOLEAN NOT NULL DEFAULT FALSE, showcase BOOLEAN NOT NULL DEFAULT FALSE,
    subst VARCHAR(24) NULL, goal_grp VARCHAR(24) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO seed_client (id, team, resp, lead, dob, age, room, v2status, h1, h2, h3, h4)
SELECT c.id, c.area_team_id, c.responsible_worker_id,
    (SELECT MIN(w.id) FROM worker w JOIN worker_role r ON r.worker_id = w.id AND r.role = 'TEAM_LEAD' WHERE w.area_team_id = c.area_team_id),
    c.date_of_birth, TIMESTAMPDIFF(YEAR, c.date_of_birth, @today), DATEDIFF(@today, c.date_of_birth + INTERVAL 12 YEAR),
    IF(c.id <= 60, c.status, NULL),
    CRC32(CONCAT('c1-', c.id)), CRC32(CONCAT('c2-', c.id)), CRC32(CONCAT('c3-', c.id)), CRC32(CONCAT('c4-', c.id))
FROM client c WHERE c.id <= 360;

UPDATE seed_client SET scen = CASE
    WHEN v2status = 'REGISTERED' THEN ELT(1 + (MOD(h1, 100) >= 65) + (MOD(h1, 100) >= 82), 'NONE', 'REGISTERED', 'INTAKE')
    WHEN v2status = 'ACTIVE' THEN CASE WHEN MOD(h1, 100) < 10 THEN 'INTAKE' WHEN MOD(h1, 100) < 22 THEN 'PLAN_DRAFT'
        WHEN MOD(h1, 100) < 30 THEN 'PLAN_AGREED' WHEN MOD(h1, 100) < 75 THEN 'ACTIVE' WHEN MOD(h1, 100) < 88 THEN 'ESCALATED'
        WHEN age < 16 THEN 'ACTIVE' WHEN MOD(h1, 100) < 94 THEN 'REOPENED_ACTIVE' ELSE 'REOPENED' END
    WHEN v2status IS NOT NULL THEN v2status
    WHEN MOD(h1, 100) < 6 THEN 'NONE' WHEN MOD(h1, 100) < 10 THEN 'REGISTERED' WHEN MOD(h1, 100) < 16 THEN 'INTAKE'
    WHEN MOD(h1, 100) < 23 THEN 'PLAN_DRAFT' WHEN MOD(h1, 100) < 28 THEN 'PLAN_AGREED' WHEN MOD(h1, 100) < 49 THEN 'ACTIVE'
    WHEN MOD(h1, 100) < 54 THEN 'ESCALATED' WHEN MOD(h1, 100) < 58 AND age < 16 THEN 'ACTIVE'
    WHEN MOD(h1, 100) < 56 THEN 'REOPENED' WHEN MOD(h1, 100) < 58 THEN 'REOPENED_ACTIVE'
    WHEN MOD(h1, 100) < 70 THEN IF(age < 15, 'ACTIVE', 'AFTERCARE') ELSE 'CLOSED' END;
-- repeat requests (an earlier closed pathway) for adults; showcase for combined observations: 3 fresh cases per team
UPDATE seed_client SET rep = (age >= 19 AND scen NOT IN ('NONE', 'REOPENED', 'REOPENED_ACTIVE') AND MOD(h2, 100) < 20);
UPDATE seed_client c
JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY team ORDER BY h3) AS rn FROM seed_client
      WHERE scen IN ('NONE', 'REGISTERED', 'INTAKE') AND NOT rep) x ON x.id = c.id
SET c.showcase = TRUE WHERE x.rn <= 3;
-- primary substance (LADIS categories), weighted differently for young people (2 % per slot) and adults
UPDATE seed_client SET subst = IF(age < 24,
    ELT(1 + MOD(h4, 50), 'CANNABIS', 'CANNABIS', 'CANNABIS', 'CANNABIS', 'CANNABIS', 'CANNABIS', 'CANNABIS', 'CANNABIS', 'CANNABIS',
        'CANNABIS', 'CANNABIS', 'CANNABIS', 'CANNABIS', 'CANNABIS', 'CANNABIS', 'CANNABIS', 'CANNABIS', 'CANNABIS', 'ALCOHOL', 'ALCOHOL',
        'ALCOHOL', 'ALCOHOL', 'ALCOHOL', 'NITROUS_OXIDE', 'NITROUS_OXIDE', 'NITROUS_OXIDE', 'NITROUS_OXIDE', 'NITROUS_OXIDE', 'GAMING',
        'GAMING', 'GAMING', 'GAMING', 'NEW_PSYCHOACTIVE', 'NEW_PSYCHOACTIVE', 'COCAINE', 'COCAINE', 'COCAINE', 'ECSTASY', 'ECSTASY',
        'POLY', 'POLY', 'POLY', 'GHB', 'GHB', 'GAMBLING', 'GAMBLING', 'TOBACCO', 'TOBACCO', 'KETAMINE', 'VOLATILE'),
    ELT(1 + MOD(h4, 50), 'ALCOHOL', 'ALCOHOL', 'ALCOHOL', 'ALCOHOL', 'ALCOHOL', 'ALCOHOL', 'ALCOHOL', 'ALCOHOL', 'ALCOHOL', 'ALCOHOL',
        'ALCOHOL', 'ALCOHOL', 'ALCOHOL', 'ALCOHOL', 'ALCOHOL', 'ALCOHOL', 'CANNABIS', 'CANNABIS', 'CANNABIS', 'CANNABIS', 'CANNABIS',
        'CANNABIS', 'CANNABIS', 'CANNABIS', 'CANNABIS', 'CANNABIS', 'COCAINE', 'COCAINE', 'COCAINE', 'COCAINE', 'COCAINE', 'COCAINE',
        'COCAINE', 'POLY', 'POLY', 'POLY', 'POLY', 'GAMBLING', 'GAMBLING', 'GAMBLING', 'GHB', 'GHB', 'SEDATIVES_MEDICATION',
        'SEDATIVES_MEDICATION', 'OPIATES', 'OPIATES', 'AMPHETAMINE', 'NEW_PSYCHOACTIVE', 'GAMING', 'OTHER'));
UPDATE seed_client SET goal_grp = IF(subst IN ('CANNABIS', 'ALCOHOL', 'COCAINE', 'GAMBLING', 'GAMING', 'NITROUS_OXIDE', 'GHB', 'POLY'), subst, 'ANY');

-- 4. Pathways, one helper row each: seq 2 = the latest, seq 1 = an earlier closed one (repeat request). lvl = how far
-- along the main line it got (1 REGISTERED, 2 INTAKE, 3 PLAN_DRAFT, 4 PLAN_AGREED, 5 ACTIVE, 6 ESCALATED, 7 AFTERCARE);
-- a closed pathway was closed from its lvl. o_* are day offsets from the start, d_* the dates.
CREATE TABLE seed_pw (
    id BIGINT NULL, client_id BIGINT NOT NULL, seq INT NOT NULL, team BIGINT NOT NULL, resp BIGINT NOT NULL, lead BIGINT NOT NULL,
    resp_login VARCHAR(64) NULL, lead_login VARCHAR(64) NULL, age INT NOT NULL, room INT NOT NULL, rep BOOLEAN NOT NULL,
    h1 BIGINT NOT NULL, h2 BIGINT NOT NULL, h3 BIGINT NOT NULL, h4 BIGINT NOT NULL, lvl INT NOT NULL, closed BOOLEAN NOT NULL,
    reopen BOOLEAN NOT NULL, react BOOLEAN NOT NULL, esc BOOLEAN NOT NULL DEFAULT FALSE, pend VARCHAR(8) NULL,
    sentback BOOLEAN NOT NULL DEFAULT FALSE, sb_text VARCHAR(300) NULL, outcome VARCHAR(24) NULL, detail VARCHAR(32) NULL,
    note VARCHAR(300) NULL, status VARCHAR(16) NULL, cf_status VARCHAR(16) NULL,
    o_intake INT, o_draft INT, o_req INT, o_sb INT, o_agreed INT, o_active INT, o_esc INT, o_escback INT, o_after INT,
    o_creq INT, o_closed INT, o_reopen INT, o_react INT, o_end INT, g INT,
    start_date DATE, d_intake DATE, d_draft DATE, d_req DATE, d_sb DATE, d_agreed DATE, d_active DATE, d_esc DATE, d_escback DATE,
    d_after DATE, d_creq DATE, d_closed DATE, d_reopen DATE, d_react DATE,
    p2 BOOLEAN NOT NULL DEFAULT FALSE, p2_draft BOOLEAN NOT NULL DEFAULT FALSE, d_p2 DATE, stale DATE,
    PRIMARY KEY (client_id, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO seed_pw (client_id, seq, team, resp, lead, age, room, rep, h1, h2, h3, h4, lvl, closed, reopen, react)
SELECT c.id, 2, c.team, c.resp, c.lead, c.age, c.room, c.rep,
    CRC32(CONCAT('p1-', c.id)), CRC32(CONCAT('p2-', c.id)), CRC32(CONCAT('p3-', c.id)), CRC32(CONCAT('p4-', c.id)),
    CASE c.scen WHEN 'REGISTERED' THEN 1 WHEN 'INTAKE' THEN 2 WHEN 'PLAN_DRAFT' THEN 3 WHEN 'PLAN_AGREED' THEN 4 WHEN 'ACTIVE' THEN 5
        WHEN 'ESCALATED' THEN 6 WHEN 'CLOSED' THEN ELT(1 + MOD(c.h3 DIV 7, 50) DIV 5, 7, 7, 7, 7, 7, 7, 5, 5, 6, 3) ELSE 7 END,
    c.scen = 'CLOSED', c.scen IN ('REOPENED', 'REOPENED_ACTIVE'), c.scen = 'REOPENED_ACTIVE'
FROM seed_client c WHERE c.scen <> 'NONE'
UNION ALL
SELECT c.id, 1, c.team, c.resp, c.lead, c.age, c.room, FALSE,
    CRC32(CONCAT('q1-', c.id)), CRC32(CONCAT('q2-', c.id)), CRC32(CONCAT('q3-', c.id)), CRC32(CONCAT('q4-', c.id)),
    ELT(1 + MOD(c.h4 DIV 7, 20), 7, 7, 7, 7, 7, 7, 7, 5, 5, 5, 5, 5, 6, 6, 2, 2, 2, 3, 3, 1), TRUE, FALSE, FALSE
FROM seed_client c WHERE c.rep;
UPDATE seed_pw SET lvl = 1 WHERE closed AND seq = 2 AND MOD(h1 DIV 9, 16) = 0;  -- a few closed before any intake
UPDATE seed_pw SET lvl = 2 WHERE closed AND seq = 2 AND MOD(h1 DIV 9, 16) = 1;
UPDATE seed_pw p JOIN worker r ON r.id = p.resp JOIN worker l ON l.id = p.lead SET p.resp_login = r.login_name, p.lead_login = l.login_name;

-- escalations; pending approvals, always requested by a caseworker; one sent-back plan in two teams
UPDATE seed_pw SET esc = (lvl = 6 OR (lvl IN (5, 7) AND MOD(h2 DIV 7, 100) < 22));
UPDATE seed_pw SET pend = CASE WHEN closed OR reopen OR resp = lead THEN NULL
    WHEN lvl = 3 AND MOD(h3 DIV 3, 100) < 45 THEN 'PLAN' WHEN lvl = 7 AND MOD(h3 DIV 3, 100) < 28 THEN 'CLOSURE' END;
UPDATE seed_pw p
JOIN (SELECT y.client_id, y.seq FROM (SELECT client_id, seq, team, ROW_NUMBER() OVER (PARTITION BY team ORDER BY h3) AS rn
      FROM seed_pw WHERE lvl = 3 AND NOT closed AND pend IS NULL AND resp <> lead) y WHERE y.rn = 1 ORDER BY y.team LIMIT 2) x
  ON x.client_id = p.client_id AND x.seq = p.seq
SET p.sentback = TRUE, p.sb_text = ELT(1 + MOD(p.client_id, 2),
    'Doelen nog niet SMART genoeg; graag concreet maken wat cliënt zelf doet en wanneer we evalueren.',
    'Afspraken met verslavingszorg ontbreken in het plan; graag aanvullen en opnieuw indienen.');

-- closure reason (also for the closure before a reopening): "as planned" only from aftercare, goals met only as planned,
-- leaving or losing the client only early, "referred" only once active; nobody dies before a later pathway
UPDATE seed_pw SET detail = IF(lvl = 7,
        ELT(1 + MOD(h2 DIV 101, 25), 'GOALS_MET', 'GOALS_MET', 'GOALS_MET', 'GOALS_MET', 'GOALS_MET', 'GOALS_MET', 'GOALS_MET',
            'GOALS_MET', 'GOALS_MET', 'GOALS_MET', 'GOALS_MET', 'REFERRED_TO_SPECIALISED_CARE', 'REFERRED_TO_SPECIALISED_CARE',
            'REFERRED_TO_SPECIALISED_CARE', 'TRANSFERRED', 'TRANSFERRED', 'LOST_CONTACT', 'LOST_CONTACT', 'LOST_CONTACT',
            'CLIENT_WITHDREW', 'CLIENT_WITHDREW', 'MOVED_AWAY', 'MOVED_AWAY', 'REFERRED_TO_SPECIALISED_CARE', 'DECEASED'),
        ELT(1 + MOD(h2 DIV 101, 20), 'CLIENT_WITHDREW', 'CLIENT_WITHDREW', 'CLIENT_WITHDREW', 'CLIENT_WITHDREW', 'CLIENT_WITHDREW',
            'LOST_CONTACT', 'LOST_CONTACT', 'LOST_CONTACT', 'LOST_CONTACT', 'LOST_CONTACT', 'MOVED_AWAY', 'MOVED_AWAY', 'MOVED_AWAY',
            'REFERRED_TO_SPECIALISED_CARE', 'REFERRED_TO_SPECIALISED_CARE', 'REFERRED_TO_SPECIALISED_CARE', 'TRANSFERRED',
            'TRANSFERRED', 'TRANSFERRED', 'DECEASED')),
    outcome = IF(lvl = 7 AND MOD(h2 DIV 101, 25) < 16, 'COMPLETED_AS_PLANNED', 'ENDED_EARLY')
WHERE closed OR reopen;
UPDATE seed_pw SET detail = 'TRANSFERRED' WHERE detail = 'REFERRED_TO_SPECIALISED_CARE' AND lvl < 5;
UPDATE seed_pw SET detail = 'LOST_CONTACT' WHERE detail = 'DECEASED' AND NOT (seq = 2 AND closed AND age >= 35);
UPDATE seed_pw SET note = ELT(FIELD(detail, 'GOALS_MET', 'REFERRED_TO_SPECIALISED_CARE', 'TRANSFERRED', 'CLIENT_WITHDREW', 'MOVED_AWAY',
        'DECEASED', 'LOST_CONTACT'),
    'Doelen uit het plan behaald; nazorg zonder terugval afgerond.', 'Cliënt is in behandeling bij de specialistische zorg; regie daar belegd.',
    'Regie overgedragen aan een ketenpartner (jeugdbescherming of reclassering).',
    'Cliënt wil op dit moment geen ondersteuning meer; kan zich altijd opnieuw melden.',
    'Cliënt is verhuisd naar een andere gemeente; warme overdracht aan het wijkteam daar aangeboden.', 'Cliënt is overleden.',
    'Na herhaalde pogingen (telefoon, brief, huisbezoek) geen contact meer met cliënt.');
UPDATE seed_pw SET
    status = CASE WHEN closed THEN 'CLOSED' WHEN react THEN 'ACTIVE' WHEN reopen THEN 'REOPENED'
        ELSE ELT(lvl, 'REGISTERED', 'INTAKE', 'PLAN_DRAFT', 'PLAN_AGREED', 'ACTIVE', 'ESCALATED', 'AFTERCARE') END,
    cf_status = IF(closed OR reopen OR pend = 'CLOSURE',
        ELT(lvl, 'REGISTERED', 'INTAKE', 'PLAN_DRAFT', 'PLAN_AGREED', 'ACTIVE', 'ESCALATED', 'AFTERCARE'), NULL);

-- day offsets along the main line, each step at least a day after the one before
UPDATE seed_pw SET o_intake = IF(lvl >= 2, 3 + MOD(h1, 19), NULL);
UPDATE seed_pw SET o_draft = IF(lvl >= 3, o_intake + 7 + MOD(h1 DIV 19, 15), NULL);
UPDATE seed_pw SET o_req = IF(lvl >= 4 OR pend = 'PLAN' OR sentback, o_draft + 3 + MOD(h1 DIV 300, 12), NULL);
UPDATE seed_pw SET o_sb = IF(sentback, o_req + 1 + MOD(h4 DIV 3000, 4), NULL);
UPDATE seed_pw SET o_agreed = IF(lvl >= 4, o_req + 1 + MOD(h1 DIV 4000, 5), NULL);
UPDATE seed_pw SET o_active = IF(lvl >= 5, o_agreed + 1 + MOD(h1 DIV 20000, 7), NULL);
UPDATE seed_pw SET o_esc = IF(esc, o_active + 20 + MOD(h2, 60), NULL);
UPDATE seed_pw SET o_escback = IF(esc AND lvl <> 6, o_esc + 10 + MOD(h2 DIV 60, 30), NULL);
UPDATE seed_pw SET o_after = IF(lvl = 7, o_active + 130 + MOD(h2 DIV 2000, IF(age < 16, 90, 270)), NULL);
UPDATE seed_pw SET o_creq = IF(closed OR reopen OR pend = 'CLOSURE', GREATEST(0, COALESCE(o_intake, 0), COALESCE(o_draft, 0),
    COALESCE(o_active, 0), COALESCE(o_esc, 0), COALESCE(o_escback, 0), COALESCE(o_after, 0))
    + IF(lvl = 7, 60 + MOD(h3, 120), 5 + MOD(h3 DIV 120, 50)), NULL);
UPDATE seed_pw SET o_closed = IF(closed OR reopen, o_creq + 1 + MOD(h3 DIV 7000, 5), NULL);
UPDATE seed_pw SET o_reopen = IF(reopen, o_closed + 20 + MOD(h4, 180), NULL);
UPDATE seed_pw SET o_react = IF(react, o_reopen + 3 + MOD(h4 DIV 180, 12), NULL);
UPDATE seed_pw SET o_end = GREATEST(0, COALESCE(o_intake, 0), COALESCE(o_draft, 0), COALESCE(o_req, 0), COALESCE(o_sb, 0),
    COALESCE(o_agreed, 0), COALESCE(o_active, 0), COALESCE(o_esc, 0), COALESCE(o_escback, 0), COALESCE(o_after, 0),
    COALESCE(o_creq, 0), COALESCE(o_closed, 0), COALESCE(o_reopen, 0), COALESCE(o_react, 0));

-- g = days from the last event until today, which fixes the start: open pathways sit a plausible time in their phase,
-- closed ones ended 1 week to ~6 years ago; nobody starts a pathway before their 12th birthday
UPDATE seed_pw SET g = CASE WHEN closed THEN 7 + MOD(h4 DIV 5, GREATEST(1, IF(rep, 1100, 2150) - o_end))
    WHEN react THEN 5 + MOD(h4 DIV 5, 200) WHEN reopen OR pend IS NOT NULL THEN 1 + MOD(h4 DIV 5, 10)
    WHEN sentback THEN 1 + MOD(h4 DIV 5, 8)
    ELSE ELT(lvl, 7 + MOD(h4 DIV 5, 14), 1 + MOD(h4 DIV 5, 14), 1 + MOD(h4 DIV 5, 20), 1 + MOD(h4 DIV 5, 6),
             3 + MOD(h4 DIV 5, 600), 2 + MOD(h4 DIV 5, 35), 3 + MOD(h4 DIV 5, 200)) END
WHERE seq = 2;
UPDATE seed_pw SET g = GREATEST(1, LEAST(g, room - o_end)) WHERE seq = 2;
UPDATE seed_pw SET start_date = @today - INTERVAL (o_end + g) DAY WHERE seq = 2;
-- the earlier pathway closed 30..400 days before the repeat request started
UPDATE seed_pw p1 JOIN seed_pw p2 ON p2.client_id = p1.client_id AND p2.seq = 2
SET p1.start_date = p2.start_date - INTERVAL (30 + MOD(p1.h4 DIV 5, 371) + p1.o_end) DAY WHERE p1.seq = 1;
UPDATE seed_pw SET d_intake = start_date + INTERVAL o_intake DAY, d_draft = start_date + INTERVAL o_draft DAY,
    d_req = start_date + INTERVAL o_req DAY, d_sb = start_date + INTERVAL o_sb DAY, d_agreed = start_date + INTERVAL o_agreed DAY,
    d_active = start_date + INTERVAL o_active DAY, d_esc = start_date + INTERVAL o_esc DAY, d_escback = start_date + INTERVAL o_escback DAY,
    d_after = start_date + INTERVAL o_after DAY, d_creq = start_date + INTERVAL o_creq DAY, d_closed = start_date + INTERVAL o_closed DAY,
    d_reopen = start_date + INTERVAL o_reopen DAY, d_react = start_date + INTERVAL o_react DAY;
-- pathway ids in order of start date
UPDATE seed_pw p JOIN (SELECT client_id, seq, ROW_NUMBER() OVER (ORDER BY start_date, client_id, seq) AS rn FROM seed_pw) x
  ON x.client_id = p.client_id AND x.seq = p.seq
SET p.id = x.rn;
-- a second plan version for ~20 % of the pathways that got active: agreed (plan 1 superseded) or still a draft
UPDATE seed_pw SET p2 = TRUE, d_p2 = d_active + INTERVAL (45 + MOD(h3 DIV 11, 60)) DAY
WHERE d_active IS NOT NULL AND MOD(h3 DIV 13, 100) < 22
  AND d_active + INTERVAL (45 + MOD(h3 DIV 11, 60)) DAY <= LEAST(COALESCE(d_creq, d_after, @today), @today) - INTERVAL 3 DAY;
UPDATE seed_pw SET p2_draft = (p2 AND NOT closed AND NOT reopen AND lvl IN (5, 6) AND MOD(h3 DIV 17, 3) = 0);
-- ~15 % of the running pathways have had no contact for 30+ days
UPDATE seed_pw SET stale = @today - INTERVAL (31 + MOD(h4 DIV 29, 35)) DAY
WHERE status IN ('ACTIVE', 'ESCALATED') AND d_active <= @today - INTERVAL 60 DAY AND MOD(h4 DIV 31, 100) < 15;

INSERT INTO pathway (id, client_id, area_team_id, responsible_worker_id, start_date, end_date, status, repeat_request, purpose,
    legal_ground, pending_approval, approval_requested_at, approval_requested_by, sent_back_comment, closure_outcome, closure_detail,
    closure_note, aftercare_review_date, version, created_at, created_by, modified_at, modified_by)
SELECT p.id, p.client_id, p.team, p.resp, p.start_date, IF(p.closed, p.d_closed, NULL), p.status, p.seq = 2 AND p.rep, c.purpose,
    IF(TIMESTAMPDIFF(YEAR, c.date_of_birth, p.start_date) < 18, 'JEUGDWET', IF(c.legal_ground = 'JEUGDWET', 'WMO_2015', c.legal_ground)),
    p.pend, CASE p.pend WHEN 'PLAN' THEN TIMESTAMP(p.d_req, SEC_TO_TIME(25200 + MOD(CRC32(CONCAT(p.id, '-4')), 32400)))
                        WHEN 'CLOSURE' THEN TIMESTAMP(p.d_creq, SEC_TO_TIME(25200 + MOD(CRC32(CONCAT(p.id, '-11')), 32400))) END,
    IF(p.pend IS NULL, NULL, p.resp_login), p.sb_text,
    IF(p.closed, p.outcome, NULL), IF(p.closed, p.detail, NULL), IF(p.closed, p.note, NULL),
    IF(p.status IN ('AFTERCARE', 'CLOSED') AND p.d_after IS NOT NULL, p.d_after + INTERVAL (84 + 7 * MOD(p.h1, 6)) DAY, NULL),
    1, @now, 'demo', @now, 'demo'
FROM seed_pw p JOIN client c ON c.id = p.client_id ORDER BY p.id;

-- 5. Transitions: every status change and approval step, who and when (approvals by the team lead); the time of day
-- comes from (pathway, slot), so an approval and the status change it causes are one second apart. Deliberately no
-- column list: MariaDB 11.4.5 refuses a multi-row INSERT ... SELECT *with* a column list into a table that has
-- triggers ("Column 'pathway_id' cannot be null"); a full row without one works on 10.11 and 11.4 alike.
INSERT INTO pathway_transition  -- (id, pathway_id, kind, from_status, to_status, occurred_at, worker_id, worker_login, comment)
SELECT NULL, e.pid, e.kind, e.fr, e.tos,
    TIMESTAMP(e.d, SEC_TO_TIME(25200 + MOD(CRC32(CONCAT(e.pid, '-', e.slot)), 32400))) + INTERVAL e.plus SECOND AS at, e.wid, e.login, e.cmt
FROM (
    SELECT id AS pid, 1 AS slot, 0 AS plus, 'TRANSITION' AS kind, NULL AS fr, 'REGISTERED' AS tos, start_date AS d, resp AS wid,
        resp_login AS login, IF(seq = 2 AND rep, 'Herhaald beroep: nieuwe hulpvraag na een eerder afgesloten traject.', NULL) AS cmt FROM seed_pw
    UNION ALL SELECT id, 2, 0, 'TRANSITION', 'REGISTERED', 'INTAKE', d_intake, resp, resp_login, NULL FROM seed_pw WHERE d_intake IS NOT NULL
    UNION ALL SELECT id, 3, 0, 'TRANSITION', 'INTAKE', 'PLAN_DRAFT', d_draft, resp, resp_login, NULL FROM seed_pw WHERE d_draft IS NOT NULL
    UNION ALL SELECT id, 4, 0, 'APPROVAL_REQUESTED', 'PLAN_DRAFT', 'PLAN_AGREED', d_req, resp, resp_login,
        'Plan besproken met cliënt en door cliënt ondertekend; graag akkoord.' FROM seed_pw WHERE d_req IS NOT NULL
    UNION ALL SELECT id, 5, 0, 'SENT_BACK', 'PLAN_DRAFT', 'PLAN_AGREED', d_sb, lead, lead_login, sb_text FROM seed_pw WHERE d_sb IS NOT NULL
    UNION ALL SELECT id, 6, 0, 'APPROVED', 'PLAN_DRAFT', 'PLAN_AGREED', d_agreed, lead, lead_login, 'Akkoord met het plan.'
        FROM seed_pw WHERE d_agreed IS NOT NULL
    UNION ALL SELECT id, 6, 1, 'TRANSITION', 'PLAN_DRAFT', 'PLAN_AGREED', d_agreed, lead, lead_login, NULL FROM seed_pw WHERE d_agreed IS NOT NULL
    UNION ALL SELECT id, 7, 0, 'TRANSITION', 'PLAN_AGREED', 'ACTIVE', d_active, resp, resp_login, NULL FROM seed_pw WHERE d_active IS NOT NULL
    UNION ALL SELECT id, 8, 0, 'TRANSITION', 'ACTIVE', 'ESCALATED', d_esc, resp, resp_login,
        ELT(1 + MOD(h2, 4), 'Terugval na een periode van minder gebruik; crisisafspraken met verslavingszorg.',
            'Melding Veilig Thuis over spanningen thuis; opgeschaald naar casusoverleg.', 'Dreigende huisuitzetting door huurachterstand.',
            'Aanhouding door politie; afstemming met reclassering nodig.') FROM seed_pw WHERE d_esc IS NOT NULL
    UNION ALL SELECT id, 9, 0, 'TRANSITION', 'ESCALATED', 'ACTIVE', d_escback, resp, resp_login,
        'Situatie gestabiliseerd; terug naar de gewone begeleiding.' FROM seed_pw WHERE d_escback IS NOT NULL
    UNION ALL SELECT id, 10, 0, 'TRANSITION', 'ACTIVE', 'AFTERCARE', d_after, resp, resp_login,
        'Doelen grotendeels bereikt; nazorg afgesproken (afbouwend contact).' FROM seed_pw WHERE d_after IS NOT NULL
    UNION ALL SELECT id, 11, 0, 'APPROVAL_REQUESTED', cf_status, 'CLOSED', d_creq, resp, resp_login,
        CONCAT('Verzoek tot afsluiten: ', IF(pend = 'CLOSURE', 'nazorg afgerond, doelen behaald.', note)) FROM seed_pw WHERE d_creq IS NOT NULL
    UNION ALL SELECT id, 12, 0, 'APPROVED', cf_status, 'CLOSED', d_closed, lead, lead_login, 'Akkoord met afsluiten.'
        FROM seed_pw WHERE d_closed IS NOT NULL
    UNION ALL SELECT id, 12, 1, 'TRANSITION', cf_status, 'CLOSED', d_closed, lead, lead_login,
        CONCAT(IF(outcome = 'COMPLETED_AS_PLANNED', 'Afgesloten volgens plan: ', 'Voortijdig afgesloten: '), note)
        FROM seed_pw WHERE d_closed IS NOT NULL
    UNION ALL SELECT id, 13, 0, 'TRANSITION', 'CLOSED', 'REOPENED', d_reopen, resp, resp_login,
        'Cliënt meldt zich opnieuw met dezelfde hulpvraag; traject heropend.' FROM seed_pw WHERE d_reopen IS NOT NULL
    UNION ALL SELECT id, 14, 0, 'TRANSITION', 'REOPENED', 'ACTIVE', d_react, resp, resp_login, NULL FROM seed_pw WHERE d_react IS NOT NULL
) e
ORDER BY at, e.pid, e.slot, e.plus;

-- 6. Intakes (keukentafelgesprek) with 2-5 life domains; about half the intakes record no score at all (minimisation)
INSERT INTO intake (pathway_id, intake_date, place, notes, version, created_at, created_by, modified_at, modified_by)
SELECT p.id, p.d_intake,
    ELT(1 + MOD(p.h2 DIV 3, 4), ELT(p.team, 'Gebiedsteamkantoor Noord', 'Gebiedsteamkantoor Zuid', 'Gebiedsteamkantoor Centrum'),
        'Thuis bij cliënt', IF(p.age < 20, 'School, zorgkamer', 'Wijkcentrum'), 'Thuis bij cliënt'),
    ELT(1 + MOD(p.h3 DIV 5, 6), 'Cliënt vertelt open over het gebruik en wil vooral rust thuis. Motivatie wisselend.',
        'Gesprek samen met moeder. Zorgen over schoolverzuim en geldproblemen door gebruik.',
        'Cliënt erkent het probleem, wil minderen maar niet stoppen. Schulden lopen op.',
        'Partner was aanwezig. Spanningen thuis; cliënt wil hulp bij dagstructuur en werk.',
        'Cliënt komt op aandringen van de huisarts. Weinig netwerk, slaapt slecht.', 'Na melding politie. Afwachtend, maar wil een plan.'),
    1, @now, 'demo', @now, 'demo'
FROM seed_pw p WHERE p.d_intake IS NOT NULL ORDER BY p.d_intake, p.id;
INSERT INTO intake_domain (intake_id, domain, score)
SELECT i.id, IF(n.n = 0, 'SUBSTANCE_USE', ELT(1 + MOD(p.h1 DIV 7 + n.n, 10), 'FINANCES', 'DAYTIME_ACTIVITIES', 'HOUSING',
        'DOMESTIC_RELATIONS', 'MENTAL_HEALTH', 'PHYSICAL_HEALTH', 'DAILY_LIVING', 'SOCIAL_NETWORK', 'PARTICIPATION', 'JUSTICE')),
    CASE WHEN MOD(p.h2 DIV 7, 2) = 0 THEN NULL WHEN n.n = 0 THEN 1 + MOD(CRC32(CONCAT(i.id, '-s', n.n)), 3)
         WHEN MOD(CRC32(CONCAT(i.id, '-s', n.n)), 5) = 0 THEN NULL ELSE 1 + MOD(CRC32(CONCAT(i.id, '-s', n.n)) DIV 5, 5) END
FROM intake i JOIN seed_pw p ON p.id = i.pathway_id JOIN seed_n n ON n.n < 2 + MOD(p.h3 DIV 9, 4);

-- 7. Support plans: plan 1 from PLAN_DRAFT on, plan 2 for some. Review dates of current plans: some overdue, most
-- within the coming weeks. Goals: the first about the main substance, the others about school and home (young people)
-- or money, housing, work and network (adults); owner and actions with each.
CREATE TABLE seed_goal (grp VARCHAR(24) NOT NULL, k INT NOT NULL, description VARCHAR(300) NOT NULL, actions VARCHAR(300) NOT NULL,
    owner VARCHAR(60) NOT NULL, PRIMARY KEY (grp, k)) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO seed_goal (grp, k, description, actions, owner) VALUES
 ('CANNABIS', 0, 'Vermindert cannabisgebruik naar maximaal 2 dagen per week', 'Gebruiksdagboek; wekelijks bespreken met regisseur', 'cliënt'),
 ('CANNABIS', 1, 'Blowt niet meer voor en tijdens school of werk', 'Afspraken met mentor; aanmelding groepstraining bij Verslavingszorg', 'cliënt'),
 ('ALCOHOL', 0, 'Drinkt doordeweeks niet meer en in het weekend maximaal 4 glazen per dag', 'Drinkdagboek; controle bij huisarts', 'cliënt'),
 ('ALCOHOL', 1, 'Is aangemeld en gestart bij de ambulante alcoholbehandeling', 'Aanmelding en warme overdracht door regisseur', 'Verslavingszorg'),
 ('COCAINE', 0, 'Gebruikt geen cocaïne meer in het weekend en heeft een terugvalplan', 'Terugvalplan opstellen; triggers in kaart', 'Verslavingszorg'),
 ('COCAINE', 1, 'Heeft contact met oude gebruikersvrienden afgebouwd', 'Nieuwe vrijetijdsbesteding zoeken met jongerenwerker', 'cliënt'),
 ('GAMBLING', 0, 'Gokt niet meer online en staat ingeschreven in het Cruks-register', 'Samen inschrijven; bankpas bij budgetbeheer', 'cliënt'),
 ('GAMING', 0, 'Gamet maximaal 2 uur per dag en niet meer na 23.00 uur', 'Schermtijdafspraken met ouders; wekelijkse evaluatie', 'cliënt en ouders'),
 ('NITROUS_OXIDE', 0, 'Gebruikt geen lachgas meer en kent de risico''s', 'Voorlichtingsgesprek; afspraken met ouders over uitgaan', 'cliënt'),
 ('GHB', 0, 'Bouwt GHB-gebruik veilig af onder begeleiding', 'Aanmelding detox-traject; dagelijkse check-in in afbouwperiode', 'Verslavingszorg'),
 ('POLY', 0, 'Heeft zicht op het eigen gebruik van alle middelen en mindert stapsgewijs', 'Middelenoverzicht; afbouwschema', 'Verslavingszorg'),
 ('ANY', 0, 'Gebruik is verminderd volgens het afgesproken afbouwschema', 'Maandelijkse evaluatie met regisseur en behandelaar', 'cliënt'),
 ('ANY', 1, 'Is aangemeld bij passende specialistische zorg', 'Aanmelding met toestemming van cliënt; wachttijd overbruggen', 'regisseur'),
 ('YOUTH', 0, 'Gaat weer elke dag naar school', 'Afspraken met mentor en leerplichtambtenaar', 'cliënt'),
 ('YOUTH', 1, 'Heeft een zinvolle dagbesteding of bijbaan', 'Samen met jongerenwerker opties verkennen', 'jongerenwerker'),
 ('YOUTH', 2, 'Thuis zijn er duidelijke afspraken en minder ruzie', 'Gezinsgesprekken; ouders krijgen opvoedondersteuning', 'regisseur'),
 ('YOUTH', 3, 'Heeft de Halt-afspraken nagekomen', 'Contact met Halt-medewerker; voortgang bespreken', 'cliënt'),
 ('YOUTH', 4, 'Heeft een vertrouwenspersoon buiten het gezin', 'Maatje of mentor via jongerenwerk koppelen', 'jongerenwerker'),
 ('ADULT', 0, 'Heeft schulden in beeld en een regeling met de schuldhulp', 'Aanmelding schuldhulpverlening; post samen openen', 'regisseur'),
 ('ADULT', 1, 'Heeft een stabiele woonplek', 'Urgentieaanvraag; afspraken met woningcorporatie', 'regisseur'),
 ('ADULT', 2, 'Heeft dagbesteding of (vrijwilligers)werk voor minimaal 2 dagdelen per week', 'Intake bij werkcoach; proefplaatsing', 'cliënt'),
 ('ADULT', 3, 'Heeft een steunend netwerk van minimaal twee personen', 'Netwerkberaad organiseren', 'cliënt'),
 ('ADULT', 4, 'Houdt zich aan de bijzondere voorwaarden van de reclassering', 'Afstemming met reclasseringswerker; urinecontroles', 'Reclassering'),
 ('ADULT', 5, 'Slaapt beter en heeft een vaste dagstructuur', 'Dagplanning maken; huisarts consulteren', 'cliënt');

INSERT INTO support_plan (pathway_id, plan_number, status, summary, review_date, client_agreed_on, approved_at, approved_by,
    version, created_at, created_by, modified_at, modified_by)
SELECT x.pid, x.num, x.st, x.summary, x.review, IF(x.st = 'DRAFT', NULL, x.agreed_on), IF(x.st = 'DRAFT', NULL, x.appr_at),
    IF(x.st = 'DRAFT', NULL, x.lead_login), 1, @now, 'demo', @now, 'demo'
FROM (
    SELECT p.id AS pid, 1 AS num, CASE WHEN p.d_agreed IS NULL THEN 'DRAFT' WHEN p.p2 AND NOT p.p2_draft THEN 'SUPERSEDED' ELSE 'AGREED' END AS st,
        ELT(1 + MOD(p.h1 DIV 11, 4), 'Eén plan voor cliënt en gezin: minderen van gebruik, rust thuis en een vaste dagstructuur.',
            'Plan gericht op het gebruik, de financiën en een stabiele woonsituatie.',
            'Plan met verslavingszorg en school: minder gebruik, weer naar school, afspraken thuis.',
            'Plan gericht op behandeling, dagbesteding en het netwerk van cliënt.') AS summary,
        CASE WHEN p.d_agreed IS NULL THEN p.d_draft + INTERVAL 90 DAY WHEN p.closed OR (p.p2 AND NOT p.p2_draft) THEN p.d_agreed + INTERVAL 91 DAY
             ELSE GREATEST(p.d_agreed + INTERVAL 28 DAY, @today + INTERVAL (MOD(p.h4 DIV 37, 70) - 21) DAY) END AS review,
        GREATEST(p.d_draft, COALESCE(p.d_req, p.d_draft) - INTERVAL MOD(p.h2 DIV 13, 3) DAY) AS agreed_on,
        TIMESTAMP(p.d_agreed, SEC_TO_TIME(25200 + MOD(CRC32(CONCAT(p.id, '-6')), 32400))) AS appr_at, p.lead_login
    FROM seed_pw p WHERE p.d_draft IS NOT NULL
    UNION ALL
    SELECT p.id, 2, IF(p.p2_draft, 'DRAFT', 'AGREED'), 'Bijgesteld plan na evaluatie: doelen aangescherpt en afspraken met ketenpartners toegevoegd.',
        IF(p.closed, p.d_p2 + INTERVAL 91 DAY, GREATEST(p.d_p2 + INTERVAL 30 DAY, @today + INTERVAL (MOD(p.h4 DIV 41, 63) - 14) DAY)),
        p.d_p2 + INTERVAL 1 DAY, TIMESTAMP(p.d_p2 + INTERVAL 2 DAY, SEC_TO_TIME(25200 + MOD(CRC32(CONCAT(p.id, '-p2')), 32400))), p.lead_login
    FROM seed_pw p WHERE p.p2
) x ORDER BY x.pid, x.num;

INSERT INTO plan_goal (support_plan_id, position, description, status, actions, owner)
SELECT sp.id, n.n + 1, gl.description,
    CASE WHEN sp.status = 'DRAFT' THEN IF(p.closed, 'DROPPED', 'OPEN')
         WHEN sp.status = 'SUPERSEDED' THEN ELT(1 + MOD(CRC32(CONCAT(sp.id, '-g', n.n)), 4), 'PARTLY', 'ACHIEVED', 'NOT_ACHIEVED', 'DROPPED')
         WHEN p.closed AND p.outcome = 'COMPLETED_AS_PLANNED' OR p.status = 'AFTERCARE'
             THEN ELT(1 + MOD(CRC32(CONCAT(sp.id, '-g', n.n)), 3), 'ACHIEVED', 'ACHIEVED', 'PARTLY')
         WHEN p.closed THEN ELT(1 + MOD(CRC32(CONCAT(sp.id, '-g', n.n)), 4), 'NOT_ACHIEVED', 'PARTLY', 'DROPPED', 'NOT_ACHIEVED')
         ELSE ELT(1 + MOD(CRC32(CONCAT(sp.id, '-g', n.n)), 6), 'OPEN', 'OPEN', 'OPEN', 'PARTLY', 'PARTLY', 'ACHIEVED') END,
    gl.actions, gl.owner
FROM support_plan sp JOIN seed_pw p ON p.id = sp.pathway_id JOIN seed_client c ON c.id = p.client_id
JOIN seed_n n ON n.n < 1 + MOD(p.h4 DIV 43, 3)
JOIN seed_goal gl ON (n.n = 0 AND gl.grp = c.goal_grp AND gl.k = MOD(p.h1 DIV 53, (SELECT COUNT(*) FROM seed_goal z WHERE z.grp = c.goal_grp)))
    OR (n.n > 0 AND gl.grp = IF(p.age < 23, 'YOUTH', 'ADULT') AND gl.k = MOD(p.h2 DIV 59 + n.n + sp.plan_number, IF(p.age < 23, 5, 6)))
ORDER BY sp.id, n.n;

-- 8. Contacts: every 7-18 days from the intake (the first one is the intake) until aftercare, every 4-7 weeks in
-- aftercare, every 10-19 days after a reopening; never after yesterday or outside the pathway; stale ones stop 31+ days ago
INSERT INTO client_contact (client_id, pathway_id, occurred_local, kind, duration_minutes, note, version, created_at, created_by,
    modified_at, modified_by)
SELECT y.client_id, y.pid, TIMESTAMP(y.d, SEC_TO_TIME(60 * (510 + 15 * MOD(y.hx DIV 7, 34)))) AS at, y.kind,
    CASE y.kind WHEN 'PHONE' THEN 10 + MOD(y.hx DIV 11, 21) WHEN 'CONVERSATION' THEN 30 + 15 * MOD(y.hx DIV 11, 5)
        WHEN 'HOME_VISIT' THEN 45 + 15 * MOD(y.hx DIV 11, 6) ELSE 20 + 10 * MOD(y.hx DIV 11, 5) END,
    CASE WHEN y.per = 'A' AND y.j = 0 THEN 'Intakegesprek (keukentafelgesprek); zie intake.'
         WHEN y.per = 'B' THEN ELT(1 + MOD(y.hx DIV 13, 4), 'Nazorggesprek: gaat goed, geen terugval gemeld.',
            'Nazorg: kort contact, afspraken lopen.', 'Nazorggesprek: lastige periode gehad, extra contact afgesproken.',
            'Nazorg: evaluatie van het plan, cliënt redt zich goed.')
         WHEN y.kind = 'PHONE' THEN ELT(1 + MOD(y.hx DIV 13, 5), 'Telefonisch contact over de voortgang.', 'Afspraak verzet op verzoek van cliënt.',
            'Niet bereikt; voicemail ingesproken.', 'Cliënt belt zelf: vraag over uitkering.', 'Korte check-in na het weekend.')
         WHEN y.kind = 'HOME_VISIT' THEN ELT(1 + MOD(y.hx DIV 13, 4), 'Huisbezoek: rommelige woning, wel open gesprek.',
            'Huisbezoek samen met ouders; afspraken over thuis gemaakt.', 'Huisbezoek: post doorgenomen, schulden in beeld gebracht.',
            'Huisbezoek: cliënt niet thuis, briefje achtergelaten.')
         WHEN y.kind = 'PARTNER_CONSULTATION' THEN ELT(1 + MOD(y.hx DIV 13, 4), 'Afstemming met de behandelaar van de verslavingszorg.',
            'Overleg met school (zorgcoördinator) over verzuim.', 'Overleg met reclassering over de voorwaarden.', 'Afstemming met de huisarts.')
         ELSE ELT(1 + MOD(y.hx DIV 13, 5), 'Voortgangsgesprek: gebruik iets minder, motivatie goed.', 'Gesprek over terugval; plan bijgesteld.',
            'Gesprek over dagbesteding en sollicitaties.', 'Samen het plan doorgenomen en doelen geëvalueerd.', 'Gesprek over spanningen thuis.') END,
    1, @now, 'demo', @now, 'demo'
FROM (
    SELECT x.*, CASE WHEN x.per = 'A' AND x.j = 0 THEN IF(x.home, 'HOME_VISIT', 'CONVERSATION')
        ELSE ELT(1 + (MOD(x.hx, 50) >= 19) + (MOD(x.hx, 50) >= 34) + (MOD(x.hx, 50) >= 44),
                 'CONVERSATION', 'PHONE', 'HOME_VISIT', 'PARTNER_CONSULTATION') END AS kind
    FROM (
        SELECT p.client_id, p.id AS pid, 'A' AS per, n.n AS j, MOD(p.h2 DIV 3, 4) IN (1, 3) AS home, CRC32(CONCAT(p.id, '-A', n.n)) AS hx,
            p.d_intake + INTERVAL (n.n * (7 + MOD(p.h4, 12)) + IF(n.n = 0, 0, MOD(CRC32(CONCAT(p.id, 'jA', n.n)), 4))) DAY AS d,
            LEAST(COALESCE(p.d_after - INTERVAL 1 DAY, p.d_closed, @yesterday), COALESCE(p.stale, @yesterday)) AS d_end
        FROM seed_pw p JOIN seed_n n ON n.n <= 320 WHERE p.d_intake IS NOT NULL
        UNION ALL
        SELECT p.client_id, p.id, 'B', n.n, FALSE, CRC32(CONCAT(p.id, '-B', n.n)),
            p.d_after + INTERVAL (14 + n.n * (28 + MOD(p.h4 DIV 7, 21)) + MOD(CRC32(CONCAT(p.id, 'jB', n.n)), 4)) DAY,
            COALESCE(p.d_closed, @yesterday)
        FROM seed_pw p JOIN seed_n n ON n.n <= 20 WHERE p.d_after IS NOT NULL
        UNION ALL
        SELECT p.client_id, p.id, 'C', n.n, FALSE, CRC32(CONCAT(p.id, '-C', n.n)),
            p.d_reopen + INTERVAL (1 + n.n * (10 + MOD(p.h4 DIV 11, 10)) + MOD(CRC32(CONCAT(p.id, 'jC', n.n)), 4)) DAY, COALESCE(p.stale, @yesterday)
        FROM seed_pw p JOIN seed_n n ON n.n <= 40 WHERE p.d_reopen IS NOT NULL
    ) x WHERE x.d <= x.d_end
) y
ORDER BY at, y.pid;

-- 9. Referrals with consents: ~40 % of the pathways that got active, and every one closed as "referred to specialised
-- care". Provider intake 7-35 days after the referral, treatment 30-75 days after the intake; ~1 in 3 running ones with
-- a referral still waits 45-80 days for an intake. Most share data with a consent, a few with an override, some share none.
CREATE TABLE seed_ref (id BIGINT NOT NULL PRIMARY KEY, pid BIGINT NOT NULL, client_id BIGINT NOT NULL, provider BIGINT NULL,
    h BIGINT NOT NULL, waiting BOOLEAN NOT NULL, closed BOOLEAN NOT NULL, start_date DATE NOT NULL, referred DATE NULL, intake DATE NULL,
    treat DATE NULL, status VARCHAR(16) NULL, mode CHAR(1) NULL, given DATE NULL, withdrawn DATE NULL)
    ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO seed_ref (id, pid, client_id, h, waiting, closed, start_date, referred)
SELECT ROW_NUMBER() OVER (ORDER BY p.id), p.id, p.client_id, CRC32(CONCAT('r-', p.id)),
    p.status IN ('ACTIVE', 'ESCALATED') AND p.d_active <= @today - INTERVAL 85 DAY AND MOD(CRC32(CONCAT('r-', p.id)), 100) < 35,
    p.closed, p.start_date,
    GREATEST(p.d_active, LEAST(p.d_active + INTERVAL (7 + MOD(p.h3 DIV 23, 50)) DAY, COALESCE(p.d_creq, @today - INTERVAL 2 DAY) - INTERVAL 5 DAY))
FROM seed_pw p WHERE p.d_active IS NOT NULL AND (MOD(p.h3 DIV 17, 100) < 40 OR p.detail = 'REFERRED_TO_SPECIALISED_CARE');
-- providers: young people mostly youth care / addiction care / youth protection; adults mostly addiction care
UPDATE seed_ref r JOIN client c ON c.id = r.client_id
SET r.provider = IF(TIMESTAMPDIFF(YEAR, c.date_of_birth, r.referred) < 18, ELT(1 + MOD(r.h DIV 3, 10), 5, 5, 5, 5, 1, 1, 1, 3, 3, 6),
        ELT(1 + MOD(r.h DIV 3, 20), 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 6, 6, 6, 4, 4, 7, 7, 7)),
    r.referred = IF(r.waiting, @today - INTERVAL (45 + MOD(r.h DIV 7, 36)) DAY, r.referred);
UPDATE seed_ref SET intake = IF(waiting, NULL, referred + INTERVAL (7 + MOD(h DIV 11, 29)) DAY);
UPDATE seed_ref SET intake = NULL WHERE intake > @yesterday;
UPDATE seed_ref SET treat = intake + INTERVAL (30 + MOD(h DIV 13, 46)) DAY;
UPDATE seed_ref SET treat = NULL WHERE treat > @yesterday;
UPDATE seed_ref SET status = CASE WHEN waiting THEN IF(MOD(h, 2) = 0, 'IN_PROGRESS', 'ACCEPTED')
    WHEN closed THEN CASE WHEN MOD(h DIV 17, 100) < 9 THEN 'REJECTED' WHEN MOD(h DIV 17, 100) < 16 THEN 'REVOKED'
                          WHEN treat IS NULL THEN 'ACCEPTED' ELSE 'DONE' END
    WHEN intake IS NULL THEN 'IN_PROGRESS' WHEN MOD(h DIV 17, 100) < 6 THEN 'REJECTED' WHEN MOD(h DIV 17, 100) < 10 THEN 'REVOKED'
    WHEN treat < @today - INTERVAL 240 DAY THEN 'DONE' ELSE 'ACCEPTED' END;
UPDATE seed_ref SET treat = NULL WHERE status IN ('REJECTED', 'REVOKED');
UPDATE seed_ref SET mode = ELT(1 + (MOD(h DIV 19, 100) >= 80) + (MOD(h DIV 19, 100) >= 88), 'C', 'O', 'N'),
    given = GREATEST(start_date, referred - INTERVAL MOD(h DIV 23, 8) DAY);
UPDATE seed_ref SET withdrawn = LEAST(referred + INTERVAL (10 + MOD(h, 20)) DAY, @yesterday) WHERE status = 'REVOKED' AND mode = 'C';

INSERT INTO consent (id, client_id, purpose, recipient_provider_id, recipient, scope, given_on, withdrawn_on,
    version, created_at, created_by, modified_at, modified_by)
SELECT r.id, r.client_id, 'REFERRAL', r.provider, rp.name,
    ELT(1 + MOD(r.h DIV 29, 3), 'Aanmelding met gegevens uit intake, ondersteuningsplan en middelenprofiel.',
        'Naam, geboortedatum, contactgegevens en de hulpvraag, voor aanmelding en wachtlijstbeheer.',
        'Gegevens uit intake en plan; terugkoppeling van de behandelaar aan de regisseur.'),
    r.given, r.withdrawn, 1, @now, 'demo', @now, 'demo'
FROM seed_ref r JOIN referral_provider rp ON rp.id = r.provider WHERE r.mode = 'C' ORDER BY r.id;
INSERT INTO referral (id, client_id, pathway_id, provider_id, referred_on, provider_intake_on, treatment_start_on, status, shares_data,
    consent_id, consent_override_reason, note, version, created_at, created_by, modified_at, modified_by)
SELECT r.id, r.client_id, r.pid, r.provider, r.referred, r.intake, r.treat, r.status, r.mode <> 'N', IF(r.mode = 'C', r.id, NULL),
    IF(r.mode = 'O', ELT(1 + MOD(r.h DIV 31, 2), 'Acuut veiligheidsrisico (melding Veilig Thuis); cliënt achteraf geïnformeerd.',
        'Wettelijke grondslag: voorwaarde van de rechter (art. 14c Sr); toestemming niet nodig.'), NULL),
    CASE r.status WHEN 'IN_PROGRESS' THEN IF(r.waiting, 'Aangemeld; nog geen intakedatum. Nagebeld bij de aanmeldafdeling.', 'Aanmelding verstuurd.')
        WHEN 'ACCEPTED' THEN IF(r.intake IS NULL, 'Aanmelding geaccepteerd; cliënt staat op de wachtlijst voor de intake.',
            IF(r.treat IS NULL, 'Intake geweest; wacht op start behandeling (wachtlijst).', 'In behandeling.'))
        WHEN 'REJECTED' THEN 'Afgewezen: past niet bij het aanbod; advies om via de huisarts naar de GGZ te verwijzen.'
        WHEN 'REVOKED' THEN 'Ingetrokken: cliënt wil (nu) niet in behandeling.' ELSE 'Behandeling afgerond; terugkoppeling ontvangen.' END,
    1, @now, 'demo', @now, 'demo'
FROM seed_ref r ORDER BY r.id;
-- consent to discuss the case in a case conference, for half of the escalations
INSERT INTO consent (client_id, purpose, recipient_provider_id, recipient, scope, given_on, withdrawn_on, version, created_at, created_by,
    modified_at, modified_by)
SELECT p.client_id, 'CASE_CONFERENCE', NULL, 'Casusoverleg Zorg- en Veiligheidshuis (fictief)',
    'Bespreking van de situatie en afstemming van de aanpak met politie, verslavingszorg en reclassering.', p.d_esc + INTERVAL 1 DAY, NULL,
    1, @now, 'demo', @now, 'demo'
FROM seed_pw p WHERE p.d_esc IS NOT NULL AND p.d_esc < @yesterday AND MOD(p.h1 DIV 3, 2) = 0 ORDER BY p.d_esc, p.id;

-- 10. Substance profiles for most clients who had an intake: route fits the substance (gambling/gaming: not applicable),
-- age at first use 12-30 and never above the age at the first pathway, source PROVIDER mostly where an addiction or
-- mental-health provider saw the client, and an ICD-10 F1x code only then and only for substances that have one
INSERT INTO substance_profile (client_id, primary_substance, frequency, route, age_at_first_use, information_source, icd10_code,
    version, created_at, created_by, modified_at, modified_by)
SELECT s.id, s.subst, s.freq, s.route, s.first_use, s.src,
    IF(s.src = 'PROVIDER' AND s.icd IS NOT NULL, CONCAT(s.icd, ELT(1 + MOD(s.h DIV 7, 3), '', '.1', '.2')), NULL), 1, @now, 'demo', @now, 'demo'
FROM (
    SELECT c.id, c.subst, c.h3 AS h,
        IF(EXISTS (SELECT 1 FROM seed_pw q WHERE q.client_id = c.id AND q.seq = 2 AND q.status IN ('CLOSED', 'AFTERCARE')),
           ELT(1 + MOD(c.h3, 5), 'NOT_IN_LAST_MONTH', 'NOT_IN_LAST_MONTH', 'LESS_THAN_MONTHLY', 'MONTHLY', 'WEEKLY'),
           ELT(1 + MOD(c.h3, 8), 'DAILY', 'DAILY', 'SEVERAL_TIMES_A_WEEK', 'SEVERAL_TIMES_A_WEEK', 'WEEKLY', 'WEEKLY', 'MONTHLY', 'UNKNOWN')) AS freq,
        CASE c.subst WHEN 'ALCOHOL' THEN 'ORAL' WHEN 'CANNABIS' THEN IF(MOD(c.h3 DIV 9, 10) = 0, 'ORAL', 'SMOKING')
            WHEN 'COCAINE' THEN IF(MOD(c.h3 DIV 9, 6) = 0, 'SMOKING', 'SNORTING')
            WHEN 'OPIATES' THEN IF(MOD(c.h3 DIV 9, 4) = 0, 'INJECTING', 'SMOKING') WHEN 'AMPHETAMINE' THEN IF(MOD(c.h3 DIV 9, 3) = 0, 'ORAL', 'SNORTING')
            WHEN 'NEW_PSYCHOACTIVE' THEN IF(MOD(c.h3 DIV 9, 2) = 0, 'SNORTING', 'ORAL')
            WHEN 'KETAMINE' THEN 'SNORTING' WHEN 'NITROUS_OXIDE' THEN 'INHALING' WHEN 'VOLATILE' THEN 'INHALING' WHEN 'TOBACCO' THEN 'SMOKING'
            WHEN 'POLY' THEN 'OTHER' WHEN 'GAMBLING' THEN 'NOT_APPLICABLE' WHEN 'GAMING' THEN 'NOT_APPLICABLE' WHEN 'OTHER' THEN 'UNKNOWN'
            ELSE 'ORAL' END AS route,  -- sedatives, ecstasy, GHB
        IF(MOD(c.h4 DIV 3, 20) = 0, NULL, LEAST(TIMESTAMPDIFF(YEAR, c.dob, (SELECT MIN(q.start_date) FROM seed_pw q WHERE q.client_id = c.id)),
            IF(c.subst IN ('GAMBLING', 'SEDATIVES_MEDICATION'), 16 + MOD(c.h4 DIV 3, 15), 12 + MOD(c.h4 DIV 3, 13)))) AS first_use,
        IF(MOD(c.h2 DIV 3, 100) < 70 AND EXISTS (SELECT 1 FROM referral r JOIN referral_provider rp ON rp.id = r.provider_id
               WHERE r.client_id = c.id AND r.provider_intake_on IS NOT NULL AND rp.kind IN ('ADDICTION_CARE', 'MENTAL_HEALTH')),
           'PROVIDER', 'SELF_REPORT') AS src,
        CASE c.subst WHEN 'ALCOHOL' THEN 'F10' WHEN 'OPIATES' THEN 'F11' WHEN 'CANNABIS' THEN 'F12' WHEN 'SEDATIVES_MEDICATION' THEN 'F13'
            WHEN 'COCAINE' THEN 'F14' WHEN 'AMPHETAMINE' THEN 'F15' WHEN 'TOBACCO' THEN 'F17' WHEN 'VOLATILE' THEN 'F18'
            WHEN 'POLY' THEN 'F19' END AS icd
    FROM seed_client c
    WHERE MOD(c.h2 DIV 7, 100) < 92 AND EXISTS (SELECT 1 FROM seed_pw q WHERE q.client_id = c.id AND q.d_intake IS NOT NULL)
) s ORDER BY s.id;
-- 0-3 secondary substances, never the primary one
INSERT INTO substance_profile_secondary (substance_profile_id, substance)
SELECT sp.id, x.substance FROM substance_profile sp
JOIN (SELECT c.id AS client_id, c.subst, ELT(1 + MOD(c.h1 DIV 7 + n.n, 8), 'TOBACCO', 'ALCOHOL', 'CANNABIS', 'COCAINE', 'ECSTASY',
          IF(c.age < 25, 'NITROUS_OXIDE', 'SEDATIVES_MEDICATION'), 'GAMBLING', 'AMPHETAMINE') AS substance
      FROM seed_client c JOIN seed_n n ON n.n < MOD(c.h1 DIV 11, 4)) x ON x.client_id = sp.client_id
WHERE x.substance <> x.subst;

-- 11. Signals that led to a client: 1-4 per client, received before the latest pathway started (or in the last weeks
-- for clients without one). Non-showcase clients with 3-4 signals have them 47+ days apart, so no 90-day window holds
-- three; the showcase clients get 3-4 signals from different sources within about two months (combined observations).
CREATE TABLE seed_source (src VARCHAR(32) NOT NULL PRIMARY KEY, org VARCHAR(150) NULL, reporter VARCHAR(150) NULL, contact VARCHAR(150) NULL,
    anon INT NOT NULL, y1 VARCHAR(300) NOT NULL, y2 VARCHAR(300) NOT NULL, a1 VARCHAR(300) NOT NULL, a2 VARCHAR(300) NOT NULL)
    ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO seed_source (src, org, reporter, contact, anon, y1, y2, a1, a2) VALUES  -- anon: % anonymous towards the client
 ('POLICE', 'Politie basisteam Vallei (fictief)', 'Wijkagent', 'wijkagent@politie.example', 5, 'Bij de skatebaan met cannabis en lachgas.',
   'Vermoeden dat jongere drugs rondbrengt.', 'Aangehouden: rijden onder invloed.', 'Overlast en vermoedelijke handel bij de woning.'),
 ('SCHOOL', 'Veluwerand College (fictief)', 'Zorgcoördinator', 'zorg@veluwerand.example', 10, 'Veel verzuim, slaapt in de les, ruikt naar cannabis.',
   'Cijfers kelderen; leerling vertelt over blowen.', 'Mbo-docent: verzuim en gebruik.', 'Student kwam onder invloed op stage.'),
 ('GP', 'Huisartsenpraktijk Het Hof (fictief)', 'Huisarts', 'praktijk@hethof.example', 0, 'Op het spreekuur met paniekklachten na gebruik.',
   'Ouders vragen de huisarts om hulp bij het gebruik.', 'Leverwaarden verhoogd; wil minderen met drinken.', 'Vraagt steeds om slaapmiddelen.'),
 ('PARENT_FAMILY', NULL, 'Familielid (naam bekend bij het team)', NULL, 25, 'Moeder vindt lachgascilinders op de kamer.',
   'Ouders missen geld; agressie als ze iets weigeren.', 'Zus: broer drinkt dagelijks sinds ontslag.', 'Partner: cocaïnegebruik en schulden.'),
 ('NEIGHBOURHOOD', NULL, 'Buurtbewoner', NULL, 70, 'Jongeren gebruiken lachgas in het portiek.',
   'Jongen is vaak laat op straat met oudere jongens.', 'Geluidsoverlast en veel aanloop bij de woning.', 'Bewoner lijkt zichzelf te verwaarlozen.'),
 ('CARE_AND_NUISANCE_DESK', 'GGD Meldpunt Zorg en Overlast (fictief)', 'Meldpunt', 'meldpunt@ggd.example', 10, 'Verward gedrag op straat na gebruik.',
   'Jongere slaapt niet meer thuis.', 'Verward gedrag en een vervuilde woning.', 'Meerdere incidenten onder invloed.'),
 ('DOMESTIC_VIOLENCE_DESK', 'Veilig Thuis Gelderland (fictief)', 'Medewerker VT', 'vt@example.org', 15, 'Ruzies thuis als jongere onder invloed is.',
   'Melding na politie-inzet bij het gezin.', 'Huiselijk geweld onder invloed; kinderen in huis.', 'Incident thuis; middelengebruik speelt mee.'),
 ('HALT', 'Halt Midden-Nederland (fictief)', 'Halt-medewerker', 'halt@example.org', 0, 'Halt-afdoening na vernieling onder invloed.',
   'Komt vaker in de problemen na het blowen.', 'Halt-afdoening afgerond; zorgen over gebruik blijven.', 'Halt verwijst door voor begeleiding.'),
 ('PROBATION', 'Reclassering Gelderse Vallei (fictief)', 'Reclasseringswerker', 'rn@example.org', 0, 'Jeugdreclassering: afspraken geschonden.',
   'Jeugdreclassering zoekt steun voor het gezin.', 'Positieve urinecontrole; voorwaarde in gevaar.', 'Vraagt hulp bij wonen en schulden.'),
 ('RISK_YOUTH_INDEX', 'Verwijsindex (match)', 'Verwijsindex', NULL, 0, 'Match: ook jeugdhulp en school hebben gemeld.',
   'Match met jeugdbescherming.', 'Match in de Verwijsindex (jongvolwassene).', 'Match met reclassering.'),
 ('CORE_GROUP', 'Kerngroep Stop Drugs Nijkerk', 'Voorzitter', 'kerngroep@example.org', 20, 'Genoemd bij een groep die dealt bij het station.',
   'Ouders in de kerngroep maken zich zorgen.', 'Vermoeden van een drugspand.', 'Raakt in de problemen door gebruik.'),
 ('SELF', NULL, 'Betrokkene zelf', NULL, 0, 'Meldt zich via het jongerenwerk: wil minderen met blowen.',
   'Vraagt hulp na een slechte ervaring met lachgas.', 'Wil stoppen met drinken, werk staat op het spel.', 'Meldt zich na een terugval.');

INSERT INTO signal_report (area_team_id, source, received_local, reporter_name, reporter_organisation, reporter_contact, reporter_anonymous,
    summary, concern_level, purpose, legal_ground, client_id, status, status_changed_at, status_changed_by,
    version, created_at, created_by, modified_at, modified_by)
SELECT x.team, x.src, x.received, so.reporter, so.org, so.contact, MOD(x.hs DIV 3, 100) < so.anon,
    IF(TIMESTAMPDIFF(YEAR, x.dob, x.received) < 23, IF(MOD(x.hs, 2) = 0, so.y1, so.y2), IF(MOD(x.hs, 2) = 0, so.a1, so.a2)),
    ELT(1 + (MOD(x.hs DIV 5, 20) >= 4) + (MOD(x.hs DIV 5, 20) >= 13) + (MOD(x.hs DIV 5, 20) >= 18) - (MOD(x.hs DIV 5, 20) = 19 AND x.showcase),
        'LOW', 'MODERATE', 'HIGH', 'ACUTE'),
    'SIGNAL_FOLLOW_UP', IF(TIMESTAMPDIFF(YEAR, x.dob, x.received) < 18, 'JEUGDWET', 'WMO_2015'), x.client_id, 'LINKED',
    LEAST(x.received - INTERVAL 1 HOUR + INTERVAL (1 + MOD(x.hs DIV 7, 3)) DAY, TIMESTAMP(@yesterday, '20:00:00')), x.resp_login,
    1, @now, 'demo', @now, 'demo'
FROM (
    SELECT c.id AS client_id, c.team, c.dob, c.showcase, w.login_name AS resp_login, CRC32(CONCAT('sg-', c.id, '-', n.n)) AS hs,
        IF(TIMESTAMPDIFF(YEAR, c.dob, COALESCE(p.start_date, @today)) < 23,
           ELT(1 + MOD(c.h3 DIV 3 + n.n, 10), 'SCHOOL', 'PARENT_FAMILY', 'POLICE', 'HALT', 'RISK_YOUTH_INDEX', 'CORE_GROUP', 'GP',
               'NEIGHBOURHOOD', 'DOMESTIC_VIOLENCE_DESK', 'SELF'),
           ELT(1 + MOD(c.h3 DIV 3 + n.n, 10), 'POLICE', 'GP', 'NEIGHBOURHOOD', 'CARE_AND_NUISANCE_DESK', 'DOMESTIC_VIOLENCE_DESK',
               'PROBATION', 'SELF', 'PARENT_FAMILY', 'CORE_GROUP', 'RISK_YOUTH_INDEX')) AS src,
        TIMESTAMP(COALESCE(p.start_date, @today - INTERVAL 2 DAY) - INTERVAL (IF(c.showcase, 1, 3) + MOD(c.h2 DIV 3, IF(c.showcase, 6, 25))
                      + n.n * CASE WHEN c.showcase THEN 14 + MOD(c.h2 DIV 7, 8) WHEN c.sig <= 2 THEN 10 + MOD(c.h2 DIV 7, 40) ELSE 50 END
                      + IF(n.n = 0, 0, MOD(CRC32(CONCAT('sj-', c.id, '-', n.n)), 4))) DAY,
                  SEC_TO_TIME(60 * (420 + MOD(CRC32(CONCAT('st-', c.id, '-', n.n)), 900)))) AS received
    FROM (SELECT sc.*, CASE WHEN sc.showcase THEN 3 + MOD(sc.h4 DIV 3, 2) WHEN sc.age < 15 THEN 1 + MOD(sc.h4 DIV 7, 2)
                            ELSE 1 + (MOD(sc.h4 DIV 101, 100) >= 47) + (MOD(sc.h4 DIV 101, 100) >= 80) + (MOD(sc.h4 DIV 101, 100) >= 93) END AS sig
          FROM seed_client sc WHERE sc.showcase OR sc.scen = 'NONE' OR MOD(sc.h4 DIV 11, 100) < 78) c
    JOIN worker w ON w.id = c.resp
    LEFT JOIN seed_pw p ON p.client_id = c.id AND p.seq = 2
    JOIN seed_n n ON n.n < c.sig
) x JOIN seed_source so ON so.src = x.src
WHERE x.received >= x.dob + INTERVAL 12 YEAR
ORDER BY x.received, x.client_id;

-- Signals about people not (yet) known: partial identifiers only, received in the last 60 days, NEW or IN_REVIEW (some
-- closed with NO_ACTION and a follow-up), so every team's signal list has work waiting. "Dani" (Noord) has three signals.
INSERT INTO signal_report (area_team_id, source, received_local, reporter_name, reporter_organisation, reporter_contact, reporter_anonymous,
    summary, concern_level, purpose, legal_ground, client_id, person_name, person_approx_age, person_school, person_area, status,
    status_changed_at, status_changed_by, follow_up, version, created_at, created_by, modified_at, modified_by)
SELECT x.team, x.src, x.received, so.reporter, so.org, so.contact, MOD(x.n * 7, 10) < 3,
    IF(x.age < 23, IF(MOD(x.n, 2) = 0, so.y1, so.y2), IF(MOD(x.n, 2) = 0, so.a1, so.a2)),
    ELT(1 + MOD(x.n * 3, 5), 'LOW', 'MODERATE', 'MODERATE', 'HIGH', 'ACUTE'),
    'SIGNAL_FOLLOW_UP', IF(x.age < 18, 'JEUGDWET', 'WMO_2015'), NULL, x.person, x.age,
    IF(x.age < 18, ELT(1 + MOD(x.k, 3), 'Veluwerand College (fictief)', 'Groen College Vallei (fictief)', 'Het Assink Lyceum (fictief)'), NULL),
    ELT(x.team, 'Nijkerk-Noord', 'Nijkerk-Zuid', 'Nijkerk-Centrum'), x.st,
    LEAST(x.received - INTERVAL 1 HOUR + INTERVAL IF(x.st = 'NEW', 0, 1 + MOD(x.n, 3)) DAY, TIMESTAMP(@yesterday, '20:00:00')),
    ELT(x.team, 'anna.noord', 'dirk.zuid', 'ivo.centrum'),
    CASE x.st WHEN 'NO_ACTION' THEN ELT(1 + MOD(x.n, 3), 'Gesprek met ouders: geen hulpvraag. School houdt een vinger aan de pols.',
            'Persoon niet te achterhalen met deze gegevens; melder geïnformeerd.', 'Heeft al hulp via huisarts en verslavingszorg; geen actie.')
        WHEN 'IN_REVIEW' THEN 'Navraag bij school en wijkagent loopt.' END,
    1, @now, 'demo', @now, 'demo'
FROM (
    SELECT n.n, MOD(n.n - 1, 16) AS k, ELT(1 + MOD(n.n - 1, 16), 1, 1, 2, 3, 1, 2, 3, 2, 1, 3, 2, 1, 3, 2, 3, 1) AS team,
        ELT(1 + MOD(n.n - 1, 16), 'Jongen, ± 15 jaar, "Dani"', 'Meisje, ± 14 jaar, roepnaam "Lisa"', 'Jongen, ± 16 jaar, rijdt op een scooter',
            'Man, ± 40 jaar, woont boven de snackbar', 'Groepje jongens, ± 17 jaar, "Mo" en "Jay"', 'Vrouw, ± 35 jaar, moeder van twee kinderen',
            'Jongen, ± 13 jaar, broertje van "Kevin"', 'Man, ± 60 jaar, alleenstaand', 'Meisje, ± 16 jaar, "Sam"', 'Jongen, ± 18 jaar, vakkenvuller',
            'Jongeman, ± 20 jaar, "Rik"', 'Vrouw, ± 50 jaar, "mevrouw van nummer 12"', 'Jongen, ± 14 jaar, "Thomas"', 'Meisje, ± 15 jaar, "Jade"',
            'Man, ± 30 jaar, slaapt in zijn auto', 'Jongen, ± 17 jaar, "Dylan"') AS person,
        ELT(1 + MOD(n.n - 1, 16), 15, 14, 16, 40, 17, 35, 13, 60, 16, 18, 20, 50, 14, 15, 30, 17) AS age,
        IF(n.n IN (1, 17, 33), ELT(1 + n.n DIV 16, 'SCHOOL', 'POLICE', 'PARENT_FAMILY'),
           ELT(1 + MOD(n.n * 5, 12), 'POLICE', 'SCHOOL', 'GP', 'PARENT_FAMILY', 'NEIGHBOURHOOD', 'CARE_AND_NUISANCE_DESK', 'DOMESTIC_VIOLENCE_DESK',
               'HALT', 'PROBATION', 'RISK_YOUTH_INDEX', 'CORE_GROUP', 'SELF')) AS src,
        TIMESTAMP(@today - INTERVAL IF(n.n IN (1, 17, 33), 2 + 9 * (n.n DIV 16), 1 + MOD(n.n * 7, 58)) DAY,
                  SEC_TO_TIME(60 * (450 + MOD(n.n * 97, 780)))) AS received,
        CASE WHEN n.n IN (1, 17) THEN 'IN_REVIEW' WHEN n.n = 33 THEN 'NEW'
             ELSE ELT(1 + (MOD(n.n, 10) >= 4) + (MOD(n.n, 10) >= 7), 'NEW', 'IN_REVIEW', 'NO_ACTION') END AS st
    FROM seed_n n WHERE n.n BETWEEN 1 AND 33
) x JOIN seed_source so ON so.src = x.src
ORDER BY x.received, x.n;

-- 12. Combined-observation flags for exactly the clients that meet the configured rule (>= min-signals linked signals
-- from >= min-sources sources, first to last at most window-days apart); detail in the format the application writes
-- ("minSignals;minSources;windowDays"), raised when the last of them arrived
INSERT INTO client_flag (client_id, kind, raised_at, detail, version, created_at, created_by, modified_at, modified_by)
SELECT s.client_id, 'COMBINED_OBSERVATIONS', s.last_received - INTERVAL 1 HOUR + INTERVAL 5 MINUTE,
    CONCAT(t.min_signals, ';', t.min_sources, ';', t.window_days), 1, @now, 'demo', @now, 'demo'
FROM (SELECT r.client_id, COUNT(*) AS cnt, COUNT(DISTINCT r.source) AS sources, MIN(r.received_local) AS first_received,
          MAX(r.received_local) AS last_received
      FROM signal_report r WHERE r.client_id IS NOT NULL AND r.status = 'LINKED' AND NOT r.voided GROUP BY r.client_id) s
CROSS JOIN (SELECT MAX(IF(name = 'signal.combined.min-signals', CAST(value AS UNSIGNED), NULL)) AS min_signals,
                   MAX(IF(name = 'signal.combined.min-sources', CAST(value AS UNSIGNED), NULL)) AS min_sources,
                   MAX(IF(name = 'signal.combined.window-days', CAST(value AS UNSIGNED), NULL)) AS window_days FROM setting) t
WHERE s.cnt >= t.min_signals AND s.sources >= t.min_sources AND DATE(s.last_received) <= DATE(s.first_received) + INTERVAL t.window_days DAY
ORDER BY s.client_id;

-- 13. Client status follows the pathways: none -> REGISTERED, open in aftercare -> AFTERCARE, other open -> ACTIVE,
-- only closed ones -> CLOSED
UPDATE client c SET c.status = CASE
        WHEN NOT EXISTS (SELECT 1 FROM pathway p WHERE p.client_id = c.id AND NOT p.voided) THEN 'REGISTERED'
        WHEN EXISTS (SELECT 1 FROM pathway p WHERE p.client_id = c.id AND NOT p.voided AND p.status = 'AFTERCARE') THEN 'AFTERCARE'
        WHEN EXISTS (SELECT 1 FROM pathway p WHERE p.client_id = c.id AND NOT p.voided AND p.status <> 'CLOSED') THEN 'ACTIVE'
        ELSE 'CLOSED' END,
    c.modified_at = @now, c.modified_by = 'demo';

DROP TABLE seed_n, seed_given, seed_surname, seed_source, seed_goal, seed_client, seed_pw, seed_ref;
