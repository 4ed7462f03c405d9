/** The privacy officer's duties: searching the access log, the subject-access export (GDPR art. 15), and retention and destruction. */
package nl.gebiedsteam.caseload.privacy;
