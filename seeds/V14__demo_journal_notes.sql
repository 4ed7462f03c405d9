-- DEMO DATA ONLY. Journal notes of each level (issue 24). Emma Hendriks (client 21) is anna.noord's:
-- anna and carla.noord (team lead) read all three; bram.noord, a colleague in the same team, reads
-- only the team note. Kevin el Idrissi (client 4) is bram's: anna sees his team note only.
SET @now = UTC_TIMESTAMP(6);

INSERT INTO journal_note (client_id, written_on, level, text, version, created_at, created_by, modified_at, modified_by) VALUES
 (21, CURDATE() - INTERVAL 20 DAY, 'TEAM', 'Emma komt liever op dinsdagochtend; dan is haar dochter op school.\nBellen via het mobiele nummer, niet via het werk.', 1, @now, 'anna.noord', @now, 'anna.noord'),
 (21, CURDATE() - INTERVAL 12 DAY, 'RESPONSIBLE', 'Emma vertelde over schulden bij familie. Nog niet met het team bespreken tot zij er zelf over begint.', 1, @now, 'anna.noord', @now, 'anna.noord'),
 (21, CURDATE() - INTERVAL 5 DAY, 'CONFIDENTIAL', 'De buurvrouw die het signaal gaf, belde opnieuw: zij maakt zich zorgen over de kinderen. Zij wil niet dat Emma weet dat zij belde.', 1, @now, 'anna.noord', @now, 'anna.noord'),
 (4, CURDATE() - INTERVAL 9 DAY, 'TEAM', 'Kevin heeft een nieuw telefoonnummer; het oude werkt niet meer.', 1, @now, 'bram.noord', @now, 'bram.noord'),
 (4, CURDATE() - INTERVAL 3 DAY, 'RESPONSIBLE', 'Kevin overweegt een opname; eerst met de huisarts overleggen.', 1, @now, 'bram.noord', @now, 'bram.noord');
