/**
 * Subject-access documents written out as files: the JSON export as the complete, exact, machine-readable copy
 * (for portability), and the reviewed subject-access letter as the PDF the client reads.
 */
package nl.gebiedsteam.caseload.privacy.export;
