package nl.gebiedsteam.caseload.pathway;

/** The phases of a support pathway (DOMAIN.md "Pathway workflow"); see {@link PathwayWorkflow}. */
public enum PathwayStatus {
    REGISTERED,
    INTAKE,
    PLAN_DRAFT,
    PLAN_AGREED,
    ACTIVE,
    ESCALATED,
    AFTERCARE,
    CLOSED,
    REOPENED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
