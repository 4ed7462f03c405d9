/** Workers (medewerkers) and area teams, managed by the functional administrator. */
package nl.gebiedsteam.caseload.worker;
