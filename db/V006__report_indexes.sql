-- The annual report (ReportService) at the size of a municipality: ten years of pathways and a
-- million contacts. Each index lets one of its queries read only the period, or only an index.

-- the pathways of one client (first start, state per client, intakes of the client): from the index alone
CREATE INDEX ix_pathway_client_start ON pathway (client_id, voided, start_date);
-- pathways started in the period (inflow)
CREATE INDEX ix_pathway_start ON pathway (start_date);
-- reopenings in the period (inflow)
CREATE INDEX ix_pathway_closure_reopened ON pathway_closure (reopened_on);
-- intakes in the period (helped)
CREATE INDEX ix_intake_date ON intake (intake_date, pathway_id);
-- signals received in the period, all teams or one
CREATE INDEX ix_signal_received ON signal_report (received_local, area_team_id);
-- the categories of each helped client, from the index alone: the primary substance, and the source
-- of the first signal (in received order, id breaking ties: the order of the index)
CREATE INDEX ix_substance_client_primary ON substance_profile (client_id, primary_substance);
CREATE INDEX ix_signal_client_first ON signal_report (client_id, voided, received_local, id, source);
