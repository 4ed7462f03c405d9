package nl.gebiedsteam.caseload.substance;

/** Substances and behaviours, aligned with the national addiction-care registry (LADIS) so counts compare. */
public enum Substance {
    ALCOHOL,
    OPIATES,
    CANNABIS,
    SEDATIVES_MEDICATION,
    COCAINE,
    AMPHETAMINE,
    ECSTASY,
    GHB,
    KETAMINE,
    NEW_PSYCHOACTIVE,
    NITROUS_OXIDE,
    TOBACCO,
    VOLATILE,
    POLY,
    GAMBLING,
    GAMING,
    OTHER
}
