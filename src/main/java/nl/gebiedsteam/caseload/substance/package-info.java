/** The substance profile: health data, read within the file's scope and logged on every read. */
package nl.gebiedsteam.caseload.substance;
