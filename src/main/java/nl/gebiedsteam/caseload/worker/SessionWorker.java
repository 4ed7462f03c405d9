package nl.gebiedsteam.caseload.worker;

import nl.gebiedsteam.caseload.shared.identity.Caller;
/**
 * The active worker behind a session, as read at the start of one request. {@code secondFactorMissing}:
 * the worker's roles require a second factor they have not set up yet.
 */
public record SessionWorker(Caller caller, int sessionStamp, boolean passwordMustChange, boolean oneTimePasswordExpired,
        boolean secondFactorMissing) {
}
