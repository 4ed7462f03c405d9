/**
 * Caseload review for team leads (overview, approvals, reassignment), "my work" for caseworkers,
 * and the handover summary of one file, printed from the parts' own services.
 */
package nl.gebiedsteam.caseload.review;
