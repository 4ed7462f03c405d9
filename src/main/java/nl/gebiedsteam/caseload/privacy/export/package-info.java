/**
 * Subject-access documents written out as files: the JSON export as the complete, exact, machine-readable copy
 * (for portability), the reviewed subject-access letter as the PDF the client reads, and the documents released
 * with it as a ZIP.
 */
package nl.gebiedsteam.caseload.privacy.export;
