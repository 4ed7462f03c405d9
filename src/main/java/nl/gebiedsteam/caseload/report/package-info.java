/** Aggregate reports, perturbed by the cell-key method with small counts shown as "<5"; never person-level data. */
package nl.gebiedsteam.caseload.report;
