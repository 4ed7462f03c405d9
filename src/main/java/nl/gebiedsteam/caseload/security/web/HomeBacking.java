package nl.gebiedsteam.caseload.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.gebiedsteam.caseload.security.AccessRules;
import nl.gebiedsteam.caseload.security.CurrentCaller;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.Role;

/** What the start page and the menu offer the logged-in worker. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    CurrentCaller currentCaller;

    public Caller getCaller() {
        return currentCaller.get().orElse(null);
    }

    public boolean isClientWorker() {
        return AccessRules.worksWithClients(getCaller());
    }

    public boolean isTeamLead() {
        return isClientWorker() && getCaller().has(Role.TEAM_LEAD);
    }

    public boolean isAdmin() {
        return AccessRules.mayAdminister(getCaller());
    }

    public boolean isPolicyOfficer() {
        return getCaller() != null && getCaller().has(Role.POLICY_OFFICER);
    }

    public boolean isPrivacyOfficer() {
        return getCaller() != null && getCaller().has(Role.PRIVACY_OFFICER);
    }
}
