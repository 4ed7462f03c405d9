/** Aggregate reports with small-cell suppression; never person-level data. */
package nl.gebiedsteam.caseload.report;
