-- DEMO DATA ONLY. Two files closed long ago, so the privacy officer's destruction list has
-- something on it: their last closure lies more than 20 years back, with no later contact.
-- One signal came from a reporter who asked to stay anonymous, which the subject-access export
-- leaves out. Both belong to Gebiedsteam Centrum and no caseworker is responsible any more.
SET @now = UTC_TIMESTAMP(6);

INSERT INTO client (id, given_names, surname_prefix, surname, date_of_birth, gender, postcode, area, bsn, phone,
    area_team_id, responsible_worker_id, status, purpose, legal_ground, first_pathway_start, first_signal_source,
    version, created_at, created_by, modified_at, modified_by) VALUES
 (901, 'Gerard', 'van', 'Elst', '1961-05-17', 'MALE', '3861 AB', 'Nijkerk-Centrum', NULL, '033 245 1187', 3, NULL,
    'CLOSED', 'ADDICTION_SUPPORT', 'WMO_2015', '2003-02-10', 'GP', 1, @now, 'demo', @now, 'demo'),
 (902, 'Monique', NULL, 'Brouwer', '1979-01-01', 'FEMALE', '3862 KL', 'Nijkerk-Centrum', NULL, NULL, 3, NULL,
    'CLOSED', 'SIGNAL_FOLLOW_UP', 'WMO_2015', '2004-09-01', 'NEIGHBOURHOOD', 1, @now, 'demo', @now, 'demo');

INSERT INTO signal_report (area_team_id, source, received_local, reporter_name, reporter_organisation, reporter_contact,
    reporter_anonymous, summary, concern_level, purpose, legal_ground, client_id, status, status_changed_at,
    status_changed_by, version, created_at, created_by, modified_at, modified_by) VALUES
 (3, 'GP', '2003-01-20 10:15:00', 'Huisartsenpraktijk Centrum', 'Huisartsenpraktijk Centrum', '033 245 0000', FALSE,
    'Patiënt drinkt dagelijks fors en verzuimt werk; vraagt om hulp.', 'MODERATE', 'ADDICTION_SUPPORT', 'WMO_2015', 901,
    'LINKED', '2003-01-22 09:00:00', 'demo', 1, @now, 'demo', @now, 'demo'),
 (3, 'NEIGHBOURHOOD', '2004-08-12 19:40:00', 'Buurvrouw', NULL, '06 1111 2222', TRUE,
    'Buurvrouw maakt zich zorgen over geluidsoverlast en vermoedt drugsgebruik.', 'LOW', 'SIGNAL_FOLLOW_UP', 'WMO_2015',
    902, 'LINKED', '2004-08-16 11:00:00', 'demo', 1, @now, 'demo', @now, 'demo');

INSERT INTO pathway (id, client_id, area_team_id, responsible_worker_id, start_date, end_date, status, repeat_request,
    purpose, legal_ground, closure_outcome, closure_detail, closure_note, version, created_at, created_by, modified_at,
    modified_by) VALUES
 (901, 901, 3, NULL, '2003-02-10', '2005-03-31', 'CLOSED', FALSE, 'ADDICTION_SUPPORT', 'WMO_2015',
    'COMPLETED_AS_PLANNED', 'GOALS_MET', 'Twee jaar abstinent; werkt weer volledig.', 1, @now, 'demo', @now, 'demo'),
 (902, 902, 3, NULL, '2004-09-01', '2005-11-15', 'CLOSED', FALSE, 'SIGNAL_FOLLOW_UP', 'WMO_2015',
    'ENDED_EARLY', 'MOVED_AWAY', 'Verhuisd naar Amersfoort.', 1, @now, 'demo', @now, 'demo');

INSERT INTO pathway_closure (pathway_id, closed_on, reopened_on, closure_outcome, closure_detail) VALUES
 (901, '2005-03-31', NULL, 'COMPLETED_AS_PLANNED', 'GOALS_MET'),
 (902, '2005-11-15', NULL, 'ENDED_EARLY', 'MOVED_AWAY');

INSERT INTO intake (pathway_id, intake_date, place, notes, version, created_at, created_by, modified_at, modified_by) VALUES
 (901, '2003-02-24', 'Gebiedsteamkantoor Centrum', 'Wil stoppen met drinken; partner steunt hem.', 1, @now, 'demo', @now, 'demo'),
 (902, '2004-09-15', 'Thuis bij cliënt', 'Gebruikt in het weekend cocaïne; wil vooral rust in huis.', 1, @now, 'demo', @now, 'demo');

INSERT INTO client_contact (client_id, pathway_id, occurred_local, kind, duration_minutes, note, version, created_at,
    created_by, modified_at, modified_by) VALUES
 (901, 901, '2004-06-03 10:00:00', 'CONVERSATION', 45, 'Gaat goed; terugvalpreventie besproken.', 1, @now, 'demo', @now, 'demo'),
 (902, 902, '2005-02-10 14:30:00', 'HOME_VISIT', 60, 'Huisbezoek; overweegt te verhuizen.', 1, @now, 'demo', @now, 'demo');

INSERT INTO substance_profile (client_id, primary_substance, frequency, route, information_source, version, created_at,
    created_by, modified_at, modified_by) VALUES
 (901, 'ALCOHOL', 'DAILY', 'ORAL', 'SELF_REPORT', 1, @now, 'demo', @now, 'demo'),
 (902, 'COCAINE', 'WEEKLY', 'SNORTING', 'SELF_REPORT', 1, @now, 'demo', @now, 'demo');
