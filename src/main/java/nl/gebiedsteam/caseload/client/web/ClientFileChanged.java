package nl.gebiedsteam.caseload.client.web;

/**
 * A part of the client's file page changed something the header shows (the status follows the
 * pathway). The sections of the page belong to their features and fire this; the header, which
 * belongs to client, reloads itself, so no feature reaches into another's backing bean.
 */
public record ClientFileChanged(long clientId) {
}
