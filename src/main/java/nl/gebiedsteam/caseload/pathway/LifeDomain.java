package nl.gebiedsteam.caseload.pathway;

/** Life domains that can be discussed at intake (after the Dutch self-sufficiency matrix); scoring them is optional. */
public enum LifeDomain {
    FINANCES,
    DAYTIME_ACTIVITIES,
    HOUSING,
    DOMESTIC_RELATIONS,
    MENTAL_HEALTH,
    PHYSICAL_HEALTH,
    SUBSTANCE_USE,
    DAILY_LIVING,
    SOCIAL_NETWORK,
    PARTICIPATION,
    JUSTICE
}
