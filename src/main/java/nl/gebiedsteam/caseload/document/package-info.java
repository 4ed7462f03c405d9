/** Documents on a client's file: stored in the database in chunks, their type read from their bytes. */
package nl.gebiedsteam.caseload.document;
