package nl.gebiedsteam.caseload.client;

/** Gender as counted by CBS: man, woman, other/unknown. */
public enum Gender {
    MALE,
    FEMALE,
    OTHER,
    UNKNOWN
}
