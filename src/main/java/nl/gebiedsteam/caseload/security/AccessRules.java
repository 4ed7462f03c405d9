package nl.gebiedsteam.caseload.security;

import java.util.Objects;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.Role;

/**
 * The need-to-know rules of DOMAIN.md's permission matrix, as pure functions so every rule can be
 * unit-tested on its own. Services call these on every path (page, AJAX, export); hiding a button
 * is never the check.
 */
public final class AccessRules {

    private AccessRules() {
    }

    /** Caseworkers and team leads work with client files; policy, admin and privacy officers do not. */
    public static boolean worksWithClients(Caller caller) {
        return caller != null && caller.teamId() != null
                && (caller.has(Role.CASEWORKER) || caller.has(Role.TEAM_LEAD));
    }

    /** Own team's caseload, plus any client the caller is personally responsible for. */
    public static boolean mayAccessClient(Caller caller, long clientTeamId, Long responsibleWorkerId) {
        return worksWithClients(caller)
                && (caller.teamId() == clientTeamId || Objects.equals(caller.workerId(), responsibleWorkerId));
    }

    /** (Re)assigning the responsible caseworker is the team lead's, within their own team. */
    public static boolean mayReassign(Caller caller, long clientTeamId) {
        return caller != null && caller.has(Role.TEAM_LEAD) && caller.teamId() != null
                && caller.teamId() == clientTeamId;
    }

    /** Approving plans and closures is the team lead's, for pathways of their own team. */
    public static boolean mayApprove(Caller caller, long pathwayTeamId) {
        return mayReassign(caller, pathwayTeamId);
    }

    /**
     * Measures (criminal-justice and coercive-care data, GDPR art. 10): only the assigned
     * caseworker and the team lead of the client's team; other colleagues see that a restricted
     * item exists, nothing more.
     */
    public static boolean mayReadMeasures(Caller caller, long clientTeamId, Long responsibleWorkerId) {
        return worksWithClients(caller) && (Objects.equals(caller.workerId(), responsibleWorkerId)
                || (caller.has(Role.TEAM_LEAD) && caller.teamId() == clientTeamId));
    }

    /** Users, teams and reference lists. */
    public static boolean mayAdminister(Caller caller) {
        return caller != null && caller.has(Role.FUNCTIONAL_ADMIN);
    }
}
