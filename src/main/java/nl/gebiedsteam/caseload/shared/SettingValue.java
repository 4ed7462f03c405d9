package nl.gebiedsteam.caseload.shared;

import java.io.Serializable;

/** A setting's current value and the version it was read at. */
public record SettingValue(SettingKey key, int value, long version) implements Serializable {
}
