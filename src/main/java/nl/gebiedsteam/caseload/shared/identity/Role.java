package nl.gebiedsteam.caseload.shared.identity;

/**
 * The five roles of DOMAIN.md. The constants are what {@code @RolesAllowed} and the database use;
 * the enum gives pages and the admin screen a closed list.
 */
public enum Role {
    CASEWORKER,
    TEAM_LEAD,
    POLICY_OFFICER,
    FUNCTIONAL_ADMIN,
    PRIVACY_OFFICER;

    public static final String CASEWORKER_NAME = "CASEWORKER";
    public static final String TEAM_LEAD_NAME = "TEAM_LEAD";
    public static final String POLICY_OFFICER_NAME = "POLICY_OFFICER";
    public static final String FUNCTIONAL_ADMIN_NAME = "FUNCTIONAL_ADMIN";
    public static final String PRIVACY_OFFICER_NAME = "PRIVACY_OFFICER";

    /** Roles that work in one area team's caseload and so must belong to a team. */
    public boolean isTeamBound() {
        return this == CASEWORKER || this == TEAM_LEAD;
    }

    /**
     * Roles that open client files or the powers over them (accounts, the access log, exports): one
     * administrator alone never grants them, nor resets the credentials of whoever holds them. The
     * policy officer sees suppressed aggregates only.
     */
    public boolean isGuarded() {
        return this != POLICY_OFFICER;
    }
}
