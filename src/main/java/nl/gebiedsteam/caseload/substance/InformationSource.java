package nl.gebiedsteam.caseload.substance;

/** Where the profile comes from: the client, or a provider (only then may a diagnosis code be recorded). */
public enum InformationSource {
    SELF_REPORT,
    PROVIDER
}
