-- DEMO DATA ONLY. A destruction takes two people (issue 23): hanna.privacy has put the oldest demo
-- file (Gerard van Elst, closed in 2005) before the team lead of Gebiedsteam Centrum. julia.centrum
-- finds it under "Vernietiging bevestigen"; once she confirms, hanna can destroy it. The other old
-- file is still to be put forward.
INSERT INTO destruction_proposal (client_id, proposed_by, proposed_at) VALUES (901, 'hanna.privacy', UTC_TIMESTAMP(6));
