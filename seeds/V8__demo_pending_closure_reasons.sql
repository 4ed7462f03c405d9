-- A closure request carries the reason it proposes, as PathwayService.requestClosure records it. The
-- first demo data left the reason empty on pathways still awaiting the team lead's approval, so their
-- file pages, which show the proposed reason, failed. A request from aftercare proposes closing as
-- planned (the request's own comment says "nazorg afgerond, doelen behaald"); any other ends early.
UPDATE pathway
SET closure_outcome = IF(status = 'AFTERCARE', 'COMPLETED_AS_PLANNED', 'ENDED_EARLY'),
    closure_detail = IF(status = 'AFTERCARE', 'GOALS_MET', 'CLIENT_WITHDREW'),
    closure_note = COALESCE(closure_note, IF(status = 'AFTERCARE', 'Nazorg afgerond, doelen behaald.',
        'Cliënt wil op dit moment geen ondersteuning meer.'))
WHERE pending_approval = 'CLOSURE' AND (closure_outcome IS NULL OR closure_detail IS NULL);
