package nl.gebiedsteam.caseload.shared;

/**
 * Fired (synchronously, in the changing transaction) when the functional admin changes a setting,
 * so the access log can record it without the base depending on the log.
 */
public record SettingChanged(SettingKey key, int before, int after) {
}
