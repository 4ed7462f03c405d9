/** The support pathway: its workflow, approvals by the team lead, intake and the versioned support plan. */
package nl.gebiedsteam.caseload.pathway;
