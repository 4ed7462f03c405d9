/** Client registration: the person, duplicates, scoped list, file view, edit and void. */
package nl.gebiedsteam.caseload.client;
