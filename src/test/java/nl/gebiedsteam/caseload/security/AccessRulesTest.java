package nl.gebiedsteam.caseload.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccessRulesTest {

    private static final long TEAM_1 = 1L;
    private static final long TEAM_2 = 2L;

    private static Caller caller(long workerId, Long teamId, Role... roles) {
        Set<Role> set = roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles);
        return new Caller(workerId, "user" + workerId, "User " + workerId, teamId,
                teamId == null ? null : "Team " + teamId, set);
    }

    // --- mayAccessClient -------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CASEWORKER", "TEAM_LEAD"})
    void mayAccessClient_shouldAllowOwnTeamsClient(Role role) {
        Caller c = caller(10, TEAM_1, role);
        assertTrue(AccessRules.worksWithClients(c));
        assertTrue(AccessRules.mayAccessClient(c, TEAM_1, null));
        assertTrue(AccessRules.mayAccessClient(c, TEAM_1, 99L));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CASEWORKER", "TEAM_LEAD"})
    void mayAccessClient_shouldRefuseOtherTeamsClient(Role role) {
        Caller c = caller(10, TEAM_1, role);
        assertFalse(AccessRules.mayAccessClient(c, TEAM_2, null));
        assertFalse(AccessRules.mayAccessClient(c, TEAM_2, 99L));
    }

    @Test
    void mayAccessClient_shouldAllowTheResponsibleWorkerFromAnotherTeam() {
        Caller caseworkerOfTeam2 = caller(20, TEAM_2, Role.CASEWORKER);
        assertTrue(AccessRules.mayAccessClient(caseworkerOfTeam2, TEAM_1, 20L));
        assertFalse(AccessRules.mayAccessClient(caseworkerOfTeam2, TEAM_1, 21L));
    }

    @Test
    void mayAccessClient_shouldAllowCallerWithBothTeamRoles() {
        Caller c = caller(10, TEAM_1, Role.CASEWORKER, Role.TEAM_LEAD);
        assertTrue(AccessRules.mayAccessClient(c, TEAM_1, null));
        assertFalse(AccessRules.mayAccessClient(c, TEAM_2, null));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"POLICY_OFFICER", "FUNCTIONAL_ADMIN", "PRIVACY_OFFICER"})
    void nonTeamRoles_shouldNeverWorkWithOrAccessClientsWithoutTeam(Role role) {
        Caller c = caller(30, null, role);
        assertFalse(AccessRules.worksWithClients(c));
        assertFalse(AccessRules.mayAccessClient(c, TEAM_1, null));
        assertFalse(AccessRules.mayAccessClient(c, TEAM_1, 30L));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"POLICY_OFFICER", "FUNCTIONAL_ADMIN", "PRIVACY_OFFICER"})
    void nonTeamRoles_shouldNeverWorkWithOrAccessClientsEvenWithATeam(Role role) {
        Caller c = caller(30, TEAM_1, role);
        assertFalse(AccessRules.worksWithClients(c));
        assertFalse(AccessRules.mayAccessClient(c, TEAM_1, null));
        assertFalse(AccessRules.mayAccessClient(c, TEAM_1, 30L));
        assertFalse(AccessRules.mayAccessClient(c, TEAM_2, 30L));
    }

    @Test
    void nonTeamRoles_shouldNotAccessClientsEvenAllTogether() {
        Caller c = caller(30, TEAM_1, Role.POLICY_OFFICER, Role.FUNCTIONAL_ADMIN, Role.PRIVACY_OFFICER);
        assertFalse(AccessRules.worksWithClients(c));
        assertFalse(AccessRules.mayAccessClient(c, TEAM_1, 30L));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CASEWORKER", "TEAM_LEAD"})
    void teamRoleWithoutTeam_shouldNotWorkWithOrAccessClients(Role role) {
        Caller c = caller(40, null, role);
        assertFalse(AccessRules.worksWithClients(c));
        assertFalse(AccessRules.mayAccessClient(c, TEAM_1, null));
        assertFalse(AccessRules.mayAccessClient(c, TEAM_1, 40L), "responsible, but has no team");
    }

    @Test
    void callerWithoutRoles_shouldNotAccessClients() {
        Caller c = caller(50, TEAM_1);
        assertFalse(AccessRules.worksWithClients(c));
        assertFalse(AccessRules.mayAccessClient(c, TEAM_1, 50L));
    }

    @Test
    void nullCaller_shouldBeRefusedEverything() {
        assertFalse(AccessRules.worksWithClients(null));
        assertFalse(AccessRules.mayAccessClient(null, TEAM_1, null));
        assertFalse(AccessRules.mayAccessClient(null, TEAM_1, 1L));
        assertFalse(AccessRules.mayReassign(null, TEAM_1));
        assertFalse(AccessRules.mayAdminister(null));
    }

    // --- mayReassign -----------------------------------------------------------------------------------

    @Test
    void mayReassign_shouldAllowTeamLeadOfOwnTeam() {
        assertTrue(AccessRules.mayReassign(caller(60, TEAM_1, Role.TEAM_LEAD), TEAM_1));
    }

    @Test
    void mayReassign_shouldRefuseTeamLeadOfOtherTeam() {
        assertFalse(AccessRules.mayReassign(caller(60, TEAM_1, Role.TEAM_LEAD), TEAM_2));
    }

    @Test
    void mayReassign_shouldRefuseTeamLeadWithoutTeam() {
        assertFalse(AccessRules.mayReassign(caller(60, null, Role.TEAM_LEAD), TEAM_1));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "TEAM_LEAD", mode = EnumSource.Mode.EXCLUDE)
    void mayReassign_shouldRefuseEveryOtherRoleEvenInOwnTeam(Role role) {
        assertFalse(AccessRules.mayReassign(caller(70, TEAM_1, role), TEAM_1));
    }

    @Test
    void mayReassign_shouldUseTeamValueNotReferenceIdentity() {
        // team ids outside the Long cache (-128..127) catch a reference comparison of boxed Longs
        long bigTeam = 100_000L;
        Caller lead = caller(80, Long.valueOf(bigTeam), Role.TEAM_LEAD);
        assertTrue(AccessRules.mayReassign(lead, bigTeam));
        assertTrue(AccessRules.mayAccessClient(caller(81, Long.valueOf(bigTeam), Role.CASEWORKER), bigTeam, null));
    }

    // --- mayAdminister ---------------------------------------------------------------------------------

    @Test
    void mayAdminister_shouldAllowFunctionalAdmin() {
        assertTrue(AccessRules.mayAdminister(caller(90, null, Role.FUNCTIONAL_ADMIN)));
        assertTrue(AccessRules.mayAdminister(caller(90, TEAM_1, Role.FUNCTIONAL_ADMIN)));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "FUNCTIONAL_ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void mayAdminister_shouldRefuseEveryOtherRole(Role role) {
        assertFalse(AccessRules.mayAdminister(caller(91, TEAM_1, role)));
        assertFalse(AccessRules.mayAdminister(caller(91, null, role)));
    }

    @Test
    void mayAdminister_shouldRefuseCallerWithAllOtherRoles() {
        Caller c = caller(92, TEAM_1, Role.CASEWORKER, Role.TEAM_LEAD, Role.POLICY_OFFICER, Role.PRIVACY_OFFICER);
        assertFalse(AccessRules.mayAdminister(c));
    }

    @Test
    void mayApprove_shouldBeTheTeamLeadOfThePathwaysTeamOnly() {
        assertTrue(AccessRules.mayApprove(caller(3, TEAM_1, Role.TEAM_LEAD), TEAM_1));
        assertFalse(AccessRules.mayApprove(caller(5, TEAM_2, Role.TEAM_LEAD), TEAM_1), "lead of another team");
        assertFalse(AccessRules.mayApprove(caller(1, TEAM_1, Role.CASEWORKER), TEAM_1), "a caseworker requests");
    }

    @Test
    void mayReadMeasures_shouldAllowTheAssignedCaseworker_evenFromAnotherTeam() {
        assertTrue(AccessRules.mayReadMeasures(caller(1, TEAM_1, Role.CASEWORKER), TEAM_1, 1L));
        assertTrue(AccessRules.mayReadMeasures(caller(1, TEAM_2, Role.CASEWORKER), TEAM_1, 1L));
    }

    @Test
    void mayReadMeasures_shouldAllowTheTeamLeadOfTheClientsTeam_only() {
        assertTrue(AccessRules.mayReadMeasures(caller(3, TEAM_1, Role.TEAM_LEAD), TEAM_1, 1L));
        assertFalse(AccessRules.mayReadMeasures(caller(5, TEAM_2, Role.TEAM_LEAD), TEAM_1, 1L));
    }

    @Test
    void mayReadMeasures_shouldRefuseAColleagueOfTheSameTeam_andAnUnassignedClient() {
        assertFalse(AccessRules.mayReadMeasures(caller(2, TEAM_1, Role.CASEWORKER), TEAM_1, 1L));
        assertFalse(AccessRules.mayReadMeasures(caller(2, TEAM_1, Role.CASEWORKER), TEAM_1, null));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"POLICY_OFFICER", "FUNCTIONAL_ADMIN", "PRIVACY_OFFICER"})
    void mayReadMeasures_shouldRefuseRolesWithoutClientWork_evenWhenNamedResponsible(Role role) {
        assertFalse(AccessRules.mayReadMeasures(caller(7, TEAM_1, role), TEAM_1, 7L));
    }
}
