/** A subject-access export written out as files: JSON as the exact, machine-readable copy and PDF as the readable one. */
package nl.gebiedsteam.caseload.privacy.export;
