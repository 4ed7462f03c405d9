package nl.gebiedsteam.caseload.substance;

/** How the substance is taken; NOT_APPLICABLE for gambling and gaming. */
public enum UseRoute {
    ORAL,
    SMOKING,
    SNORTING,
    INJECTING,
    INHALING,
    OTHER,
    NOT_APPLICABLE,
    UNKNOWN
}
