-- Issue 23: published report figures are perturbed by the cell-key method. Every record a report
-- counts carries a random key; a cell's key is the sum of the keys of what it counts, and decides
-- its noise. The same people counted anywhere get the same noise, so repeating or recombining
-- reports never averages it away. Pathways, closures, referrals and measures are counted by the
-- key of their client; a signal may have no client, so it has a key of its own.
ALTER TABLE client ADD COLUMN record_key INT UNSIGNED NOT NULL DEFAULT (FLOOR(RAND() * 4294967296));
UPDATE client SET record_key = FLOOR(RAND() * 4294967296);
ALTER TABLE signal_report ADD COLUMN record_key INT UNSIGNED NOT NULL DEFAULT (FLOOR(RAND() * 4294967296));
UPDATE signal_report SET record_key = FLOOR(RAND() * 4294967296);
