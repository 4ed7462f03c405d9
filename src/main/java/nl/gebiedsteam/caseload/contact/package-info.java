/** Contact moments with or about a client. */
package nl.gebiedsteam.caseload.contact;
