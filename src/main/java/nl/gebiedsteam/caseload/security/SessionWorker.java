package nl.gebiedsteam.caseload.security;

/** The active worker behind a session, as read at the start of one request. */
record SessionWorker(Caller caller, int sessionStamp, boolean passwordMustChange, boolean oneTimePasswordExpired) {
}
