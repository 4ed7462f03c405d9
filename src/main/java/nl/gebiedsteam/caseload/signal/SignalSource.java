package nl.gebiedsteam.caseload.signal;

/** Who reported the signal (DOMAIN.md "Signal source"). */
public enum SignalSource {
    POLICE,
    SCHOOL,
    GP,
    PARENT_FAMILY,
    NEIGHBOURHOOD,
    CARE_AND_NUISANCE_DESK,
    DOMESTIC_VIOLENCE_DESK,
    HALT,
    PROBATION,
    RISK_YOUTH_INDEX,
    CORE_GROUP,
    SELF
}
