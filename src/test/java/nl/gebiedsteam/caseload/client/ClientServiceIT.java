package nl.gebiedsteam.caseload.client;

import static nl.gebiedsteam.caseload.testsupport.TestData.ANNA_NOORD;
import static nl.gebiedsteam.caseload.testsupport.TestData.BRAM_NOORD;
import static nl.gebiedsteam.caseload.testsupport.TestData.TEAM_NOORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.shared.AccessDeniedException;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.ConcurrentEditException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import nl.gebiedsteam.caseload.testsupport.Jpql;
import nl.gebiedsteam.caseload.testsupport.Sql;
import nl.gebiedsteam.caseload.testsupport.Fixtures;
import nl.gebiedsteam.caseload.testsupport.TestData;
import nl.gebiedsteam.caseload.testsupport.TestLogin;
import nl.gebiedsteam.caseload.worker.LoginResult;
import nl.gebiedsteam.caseload.worker.LoginService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Client registration on the real stack: Payara Micro, MariaDB, the real migrations, and the real
 * login path (each test logs in as a demo worker through the application's identity store).
 */
@ExtendWith(ArquillianExtension.class)
class ClientServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestLogin().addClasses(ClientServiceIT.class);
    }

    @Inject
    TestLogin login;

    @Inject
    ClientService clients;

    @Inject
    LoginService loginService;

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource dataSource;

    @Inject
    Jpql jpql;

    @Test
    void register_update_void_roundTrip() {
        login.as("anna.noord");
        ClientForm form = TestData.client(TEAM_NOORD, ANNA_NOORD);
        long id = clients.register(form, false);

        ClientFile file = clients.view(id);
        assertEquals("Test " + form.getSurname(), file.fullName());
        assertEquals("Gebiedsteam Noord", file.teamName());
        assertEquals("anna.noord", file.createdBy());

        ClientForm edit = clients.loadForEdit(id);
        edit.setPhone("0612345679");
        edit.setPostcode("3862ab");
        clients.update(edit);
        assertEquals("3862 AB", clients.view(id).postcode());

        assertThrows(CaseloadException.class, () -> clients.voidClient(id, clients.view(id).version(), "kort"));
        clients.voidClient(id, clients.view(id).version(), "Dubbel geregistreerd");
        assertThrows(NotFoundException.class, () -> clients.view(id));
        ClientFilter filter = new ClientFilter();
        filter.setName(form.getSurname());
        assertEquals(0, clients.count(filter), "voided clients leave the list");
        assertTrue(rowExists("SELECT 1 FROM client WHERE id = ? AND voided = TRUE AND void_reason = 'Dubbel geregistreerd'", id),
                "voided, not deleted");
        assertTrue(rowExists("SELECT 1 FROM access_log WHERE client_id = ? AND event = 'VOID' AND action_code = 'D'"
                + " AND outcome = 'SUCCESS' AND worker_login = 'anna.noord' AND team_id = 1", id));
        assertTrue(rowExists("SELECT 1 FROM access_log WHERE client_id = ? AND event = 'CREATE' AND action_code = 'C'", id));
        assertTrue(rowExists("SELECT 1 FROM access_log WHERE client_id = ? AND event = 'UPDATE' AND action_code = 'U'", id));
        assertTrue(rowExists("SELECT 1 FROM access_log WHERE client_id = ? AND event = 'READ' AND action_code = 'R'"
                + " AND client_ip IS NOT NULL", id));
    }

    /**
     * "Naomi van Ginkel", never "Naomi Ginkel": the name is written by one formula, whose Java, JPQL and
     * SQL forms agree on every client in the database (the demo data has prefixes, none and several
     * words), and the list search finds a client by the full name with the prefix.
     */
    @Test
    void nameWithSurnamePrefix_isWrittenOneWayEverywhere_andFoundByItsFullName() {
        login.as("anna.noord");
        ClientForm form = TestData.client(TEAM_NOORD, ANNA_NOORD);
        form.setGivenNames("Naomi");
        form.setSurnamePrefix("van");
        long id = clients.register(form, false);
        String fullName = "Naomi van " + form.getSurname();
        assertEquals(fullName, clients.view(id).fullName());

        for (String typed : List.of(fullName, "van " + form.getSurname(), "  NAOMI VAN " + form.getSurname() + " ")) {
            ClientFilter filter = new ClientFilter();
            filter.setName(typed);
            assertEquals(List.of(fullName), clients.search(filter, 0, 10, null, true).stream().map(ClientRow::fullName)
                    .toList(), "found as '" + typed + "'");
        }

        List<String> java = Sql.rows(dataSource, "SELECT given_names, surname_prefix, surname FROM client ORDER BY id",
                r -> ClientName.of(r.getString(1), r.getString(2), r.getString(3)));
        List<String> sql = Sql.rows(dataSource, "SELECT " + ClientName.SQL + " FROM client c ORDER BY c.id",
                r -> r.getString(1));
        List<String> viaJpql = jpql.list("SELECT " + ClientName.JPQL + " FROM Client c ORDER BY c.id", String.class);
        assertTrue(java.stream().anyMatch(n -> n.matches("\\S+ \\S+ \\S+ \\S+")), "a two-word prefix in the demo data");
        assertTrue(java.contains(fullName));
        assertEquals(java, sql, "SQL writes names as Java does");
        assertEquals(java, viaJpql, "JPQL writes names as Java does");
    }

    @Test
    void update_shouldRefuseAStaleVersionAndNameTheOtherEditor() {
        login.as("anna.noord");
        long id = clients.register(TestData.client(TEAM_NOORD, ANNA_NOORD), false);
        ClientForm mine = clients.loadForEdit(id);
        ClientForm theirs = clients.loadForEdit(id);

        login.as("bram.noord");
        theirs.setArea("Hoevelaken");
        clients.update(theirs);

        login.as("anna.noord");
        mine.setArea("Nijkerk");
        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class, () -> clients.update(mine));
        assertEquals("bram.noord", conflict.getModifiedBy());
        assertEquals("Hoevelaken", clients.view(id).area(), "the first save stands");
    }

    @Test
    void register_shouldRefuseADuplicateBsn_inTheService() {
        login.as("anna.noord");
        ClientForm first = TestData.client(TEAM_NOORD, ANNA_NOORD);
        clients.register(first, false);
        ClientForm second = TestData.client(TEAM_NOORD, ANNA_NOORD);
        second.setBsn(first.getBsn());
        CaseloadException refused = assertThrows(CaseloadException.class, () -> clients.register(second, true));
        assertEquals("client.bsn.duplicate", refused.getMessageKey());
    }

    @Test
    void database_shouldRefuseADuplicateBsnAndAnInvalidRow() throws SQLException {
        login.as("anna.noord");
        ClientForm first = TestData.client(TEAM_NOORD, ANNA_NOORD);
        clients.register(first, false);
        String insert = "INSERT INTO client (given_names, surname, date_of_birth, gender, postcode, area, bsn, "
                + "area_team_id, status, purpose, legal_ground, version, created_at, created_by, modified_at, modified_by) "
                + "VALUES ('X', 'Y', '1990-01-01', 'MALE', ?, 'Z', ?, 1, 'REGISTERED', 'ADDICTION_SUPPORT', "
                + "'WMO_2015', 1, NOW(), 't', NOW(), 't')";
        assertThrows(SQLException.class, () -> Sql.execute(dataSource, insert, "3861 AB", first.getBsn()), "unique BSN");
        assertThrows(SQLException.class, () -> Sql.execute(dataSource, insert, "bad", TestData.bsn()), "postcode check");
        assertThrows(SQLException.class, () -> Sql.execute(dataSource, insert, "3861 AB", "12345"), "BSN check");
    }

    @Test
    void register_shouldAskConfirmationForTheSameNameAndBirthDate() {
        login.as("anna.noord");
        ClientForm first = TestData.client(TEAM_NOORD, ANNA_NOORD);
        clients.register(first, false);
        ClientForm twin = TestData.client(TEAM_NOORD, ANNA_NOORD);
        twin.setSurname(first.getSurname());
        twin.setBsn(null);
        List<DuplicateHint> hints = clients.findPossibleDuplicates(twin);
        assertEquals(1, hints.size());
        assertTrue(hints.get(0).isVisible(), "same team: the existing file is linked");
        assertThrows(CaseloadException.class, () -> clients.register(twin, false));
        assertTrue(clients.register(twin, true) > 0);

        login.as("dirk.zuid");
        DuplicateHint elsewhere = clients.findPossibleDuplicates(twin).get(0);
        assertFalse(elsewhere.isVisible(), "other team: only where the person is known");
        assertEquals("Gebiedsteam Noord", elsewhere.teamName());
        assertEquals(null, elsewhere.visibleName());
    }

    /** Issue 23: a client starts in the registering worker's own team; a form naming another team is refused. */
    @Test
    void registration_inAnotherTeam_isRefusedAndLogged() {
        login.as("anna.noord");
        ClientForm elsewhere = TestData.client(TestData.TEAM_ZUID, null);
        assertThrows(AccessDeniedException.class, () -> clients.register(elsewhere, false));
        assertFalse(Sql.exists(dataSource, "SELECT 1 FROM client WHERE surname = ?", elsewhere.getSurname()),
                "nothing registered");
        assertTrue(Sql.exists(dataSource, "SELECT 1 FROM access_log WHERE worker_login = 'anna.noord' AND outcome = 'DENIED' "
                + "AND event = 'CREATE' AND detail = ?", "register in another team; team=" + TestData.TEAM_ZUID));
        login.as("carla.noord");
        assertThrows(AccessDeniedException.class, () -> clients.register(TestData.client(TestData.TEAM_ZUID, null), false),
                "a team lead neither");
    }

    @Test
    void caseworkerOfAnotherTeam_isDeniedOnEveryPath_andTheDenialIsLogged() {
        login.as("anna.noord");
        ClientForm form = TestData.client(TEAM_NOORD, ANNA_NOORD);
        long id = clients.register(form, false);
        long version = clients.view(id).version();

        login.as("dirk.zuid");
        assertThrows(AccessDeniedException.class, () -> clients.view(id));
        assertThrows(AccessDeniedException.class, () -> clients.loadForEdit(id));
        ClientForm tampered = TestData.client(TEAM_NOORD, ANNA_NOORD);
        tampered.setId(id);
        tampered.setVersion(version);
        assertThrows(AccessDeniedException.class, () -> clients.update(tampered));
        assertThrows(AccessDeniedException.class, () -> clients.voidClient(id, version, "geen toegang"));
        ClientFilter byName = new ClientFilter();
        byName.setName(form.getSurname());
        assertEquals(0, clients.count(byName));
        assertTrue(clients.search(byName, 0, 20, "name", true).isEmpty());
        ClientFilter byBsn = new ClientFilter();
        byBsn.setBsn(form.getBsn());
        assertTrue(clients.search(byBsn, 0, 20, "name", true).isEmpty());

        assertTrue(rowExists("SELECT 1 FROM access_log WHERE client_id = ? AND outcome = 'DENIED' AND event = 'READ'"
                + " AND worker_login = 'dirk.zuid' AND team_id = 2", id));
        assertTrue(rowExists("SELECT 1 FROM access_log WHERE client_id = ? AND outcome = 'DENIED' AND event = 'UPDATE'"
                + " AND worker_login = 'dirk.zuid'", id));
        assertTrue(rowExists("SELECT 1 FROM access_log WHERE client_id = ? AND outcome = 'DENIED' AND event = 'VOID'"
                + " AND worker_login = 'dirk.zuid'", id));
        login.as("anna.noord");
        assertEquals(form.getSurname(), clients.loadForEdit(id).getSurname(), "nothing changed");
    }

    @Test
    void policyOfficer_admin_andPrivacyOfficer_cannotReadAnyClient() {
        for (String login : List.of("fatima.beleid", "gerrit.beheer", "hanna.privacy")) {
            this.login.as(login);
            assertThrows(EJBAccessException.class, () -> clients.view(1L), login);
            assertThrows(EJBAccessException.class, () -> clients.search(new ClientFilter(), 0, 20, "name", true), login);
            assertThrows(EJBAccessException.class, () -> clients.count(new ClientFilter()), login);
            assertThrows(EJBAccessException.class, () -> clients.register(TestData.client(TEAM_NOORD, null), true), login);
        }
    }

    @Test
    void onlyTheTeamLead_mayChangeTheResponsibleCaseworker() {
        login.as("anna.noord");
        long id = clients.register(TestData.client(TEAM_NOORD, ANNA_NOORD), false);
        ClientForm form = clients.loadForEdit(id);
        form.setResponsibleId(BRAM_NOORD);
        assertThrows(AccessDeniedException.class, () -> clients.update(form));
        assertTrue(rowExists("SELECT 1 FROM access_log WHERE client_id = ? AND outcome = 'DENIED' AND worker_login = 'anna.noord'", id));

        login.as("carla.noord");
        ClientForm byLead = clients.loadForEdit(id);
        byLead.setResponsibleId(BRAM_NOORD);
        CaseloadException noReason = assertThrows(CaseloadException.class, () -> clients.update(byLead));
        assertEquals("reassign.reason.required", noReason.getMessageKey());
        byLead.setReassignReason("Anna met verlof");
        assertEquals("reassign.handover.required", assertThrows(CaseloadException.class, () -> clients.update(byLead))
                .getMessageKey(), "no reassignment without a handover for the new caseworker");
        byLead.setHandover("Intake is gepland; de verwijzing naar de verslavingszorg loopt nog.");
        clients.update(byLead);
        assertEquals("Bram Jansen", clients.view(id).responsibleName());
        // the edit page reassigns like the overview: with its record
        assertTrue(rowExists("SELECT 1 FROM assignment WHERE client_id = ? AND to_worker_id = " + BRAM_NOORD
                + " AND from_worker_id = " + ANNA_NOORD + " AND reason = 'Anna met verlof'", id));
    }

    @Test
    void login_locksTheAccountAfterSixFailures_andLogsEveryAttempt() {
        // a worker of its own: a locked demo account would refuse the other tests' logins for 15 minutes
        String locked = TestData.unique("t.locked");
        long id = Fixtures.worker(dataSource, locked, TEAM_NOORD, "CASEWORKER");
        // a locked account answers exactly like a wrong password: the page does not tell that the login exists
        for (int attempt = 1; attempt <= 6; attempt++) {
            Fixtures.endLoginDelay(dataSource, id);
            assertEquals(LoginResult.Status.INVALID, loginService.attempt(locked, "wrong".toCharArray(), null).status());
        }
        assertEquals(LoginResult.Status.INVALID,
                loginService.attempt(locked, TestLogin.DEMO_PASSWORD.toCharArray(), null).status(),
                "the right password is refused during the cool-down");
        assertTrue(rowExists("SELECT 1 FROM access_log WHERE worker_id = ? AND event = 'LOCKOUT' AND outcome = 'DENIED'", id));
        assertTrue(countRows("SELECT COUNT(*) FROM access_log WHERE worker_id = ? AND event = 'LOGIN_FAILED'", id) >= 6);
    }

    @Test
    void accessLog_isAppendOnly() throws SQLException {
        login.as("anna.noord");
        clients.view(1L);
        assertThrows(SQLException.class, () -> Sql.execute(dataSource, "UPDATE access_log SET outcome = 'SUCCESS' WHERE id > ?", 0));
        assertThrows(SQLException.class, () -> Sql.execute(dataSource, "DELETE FROM access_log WHERE id > ?", 0));
    }

    private boolean rowExists(String sql, long id) {
        return Sql.exists(dataSource, sql, id);
    }

    private long countRows(String sql, long id) {
        return Sql.number(dataSource, sql, id);
    }
}
