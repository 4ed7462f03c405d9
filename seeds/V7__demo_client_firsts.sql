-- The demo pathways and signals were written with plain SQL: fill each client's first pathway start
-- and first signal source from them, as the application keeps them (see db/V007).
UPDATE client c SET
    c.first_pathway_start = (SELECT MIN(p.start_date) FROM pathway p WHERE p.client_id = c.id AND p.voided = FALSE),
    c.first_signal_source = (SELECT s.source FROM signal_report s WHERE s.client_id = c.id AND s.voided = FALSE
        ORDER BY s.received_local, s.id LIMIT 1);
