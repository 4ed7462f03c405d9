/** Journal notes on a client's file, each with a confidentiality level. */
package nl.gebiedsteam.caseload.note;
