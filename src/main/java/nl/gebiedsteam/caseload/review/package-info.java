/** Caseload review for team leads (overview, approvals, reassignment) and "my work" for caseworkers. */
package nl.gebiedsteam.caseload.review;
