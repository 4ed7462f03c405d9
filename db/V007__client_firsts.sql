-- Two facts of a client's history that the annual report needs for every client it counts: the start
-- of their first pathway (new or known client) and the source of their first signal (in received
-- order, id breaking ties). Looking both up per client took a quarter of the report's main query
-- time at 100,000 clients, so they are kept on the client row. The application refreshes them
-- whenever a client's pathways or signals change (ClientFirsts); this fills them for the data
-- already there.
ALTER TABLE client
    ADD COLUMN first_pathway_start DATE        NULL,
    ADD COLUMN first_signal_source VARCHAR(32) NULL;

UPDATE client c SET
    c.first_pathway_start = (SELECT MIN(p.start_date) FROM pathway p WHERE p.client_id = c.id AND p.voided = FALSE),
    c.first_signal_source = (SELECT s.source FROM signal_report s WHERE s.client_id = c.id AND s.voided = FALSE
        ORDER BY s.received_local, s.id LIMIT 1);
