-- The closure history of the demo pathways (see db/V005): the current closure of each closed
-- pathway, and the closure before each reopening, whose outcome and reason the seed wrote into the
-- closing transition's comment ("Afgesloten volgens plan: <note>" / "Voortijdig afgesloten: <note>").
INSERT INTO pathway_closure (pathway_id, closed_on, reopened_on, closure_outcome, closure_detail)
SELECT id, end_date, NULL, closure_outcome, closure_detail FROM pathway WHERE status = 'CLOSED';

INSERT INTO pathway_closure (pathway_id, closed_on, reopened_on, closure_outcome, closure_detail)
SELECT c.pathway_id, DATE(c.occurred_at), DATE(r.occurred_at),
    IF(c.comment LIKE 'Afgesloten volgens plan:%', 'COMPLETED_AS_PLANNED', 'ENDED_EARLY'),
    CASE WHEN c.comment LIKE '%Doelen uit het plan behaald%' THEN 'GOALS_MET'
        WHEN c.comment LIKE '%specialistische zorg%' THEN 'REFERRED_TO_SPECIALISED_CARE'
        WHEN c.comment LIKE '%ketenpartner%' THEN 'TRANSFERRED'
        WHEN c.comment LIKE '%geen ondersteuning meer%' THEN 'CLIENT_WITHDREW'
        WHEN c.comment LIKE '%verhuisd%' THEN 'MOVED_AWAY'
        WHEN c.comment LIKE '%overleden%' THEN 'DECEASED'
        ELSE 'LOST_CONTACT' END
FROM pathway_transition r
JOIN pathway_transition c ON c.pathway_id = r.pathway_id AND c.kind = 'TRANSITION' AND c.to_status = 'CLOSED'
WHERE r.kind = 'TRANSITION' AND r.to_status = 'REOPENED';
