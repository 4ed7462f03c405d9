package nl.gebiedsteam.caseload.client;

/**
 * A client was given another responsible caseworker. Fired synchronously inside the reassignment's
 * transaction, so the features that keep their own copy of "who is responsible" (the open pathway,
 * the open tasks) update their rows in the same commit, or the whole reassignment rolls back.
 */
public record ClientReassigned(long clientId, Long fromWorkerId, long toWorkerId) {
}
