/** Signals from partners, their review and linking, and the combined-observations rule that flags a client. */
package nl.gebiedsteam.caseload.signal;
