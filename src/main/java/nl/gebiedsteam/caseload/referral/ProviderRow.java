package nl.gebiedsteam.caseload.referral;

import java.io.Serializable;

/** A provider on the admin page. */
public record ProviderRow(long id, long version, String name, ProviderKind kind, boolean active) implements Serializable {
}
