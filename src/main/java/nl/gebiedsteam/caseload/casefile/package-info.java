/** Views across all parts of a client's file, such as the timeline. */
package nl.gebiedsteam.caseload.casefile;
