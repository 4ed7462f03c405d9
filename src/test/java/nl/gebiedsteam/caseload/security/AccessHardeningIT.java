package nl.gebiedsteam.caseload.security;

import static nl.gebiedsteam.caseload.testsupport.TestData.TEAM_NOORD;
import static nl.gebiedsteam.caseload.testsupport.TestData.TEAM_ZUID;
import static nl.gebiedsteam.caseload.worker.WorkerService.Outcome.APPLIED;
import static nl.gebiedsteam.caseload.worker.WorkerService.Outcome.AWAITING_APPROVAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.client.ClientForm;
import nl.gebiedsteam.caseload.client.ClientService;
import nl.gebiedsteam.caseload.client.DuplicateHint;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.identity.Role;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import nl.gebiedsteam.caseload.testsupport.Fixtures;
import nl.gebiedsteam.caseload.testsupport.Sql;
import nl.gebiedsteam.caseload.testsupport.TestData;
import nl.gebiedsteam.caseload.testsupport.TestLogin;
import nl.gebiedsteam.caseload.testsupport.WebClient;
import nl.gebiedsteam.caseload.worker.LoginResult;
import nl.gebiedsteam.caseload.worker.LoginService;
import nl.gebiedsteam.caseload.worker.WorkerForm;
import nl.gebiedsteam.caseload.worker.WorkerService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Issue 13, accounts and sessions: each rule tried by the user it must stop, in the container,
 * with real HTTP sessions where a session is what the rule is about.
 */
@ExtendWith(ArquillianExtension.class)
class AccessHardeningIT {

    private static final long GERRIT_ADMIN = 7;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestLogin().addClasses(AccessHardeningIT.class);
    }

    @Inject
    TestLogin login;

    @Inject
    WorkerService workers;

    @Inject
    LoginService loginService;

    @Inject
    ClientService clients;

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource db;

    @Inject
    HttpServletRequest request;

    // ---------------------------------------------------------------------------------------------
    // the functional administrator
    // ---------------------------------------------------------------------------------------------

    @Test
    void administrator_neverHoldsClientRoles_andNeverChangesTheirOwnAccess() {
        login.as("gerrit.beheer");
        assertRefused("worker.roles.adminExclusive", () -> workers.createWorker(
                form(TestData.unique("t.both"), TEAM_NOORD, Role.FUNCTIONAL_ADMIN, Role.CASEWORKER)));

        WorkerForm own = workers.loadWorker(GERRIT_ADMIN);
        own.setRoles(EnumSet.of(Role.FUNCTIONAL_ADMIN, Role.POLICY_OFFICER));
        assertRefused("worker.ownAccess", () -> workers.updateWorker(own));
        assertRefused("worker.ownPassword", () -> workers.resetPassword(GERRIT_ADMIN));
        assertTrue(Sql.exists(db, "SELECT 1 FROM access_log WHERE worker_login = 'gerrit.beheer' AND outcome = 'DENIED' "
                + "AND detail = ?", "own roles, team or active state; worker=" + GERRIT_ADMIN));

        // another administrator turning gerrit into a team lead: a grant, and gerrit may not approve it himself
        login.as("karel.beheer");
        WorkerForm toLead = workers.loadWorker(GERRIT_ADMIN);
        toLead.setRoles(EnumSet.of(Role.TEAM_LEAD));
        toLead.setTeamId(TEAM_NOORD);
        assertEquals(AWAITING_APPROVAL, workers.updateWorker(toLead).outcome());
        long change = pendingChange("gerrit.beheer");
        login.as("gerrit.beheer");
        assertRefused("worker.ownAccess", () -> workers.approve(change));
        login.as("karel.beheer");
        workers.reject(change); // withdrawn by its requester
        assertEquals("WITHDRAWN", Sql.rows(db, "SELECT status FROM worker_change WHERE id = ?", r -> r.getString(1), change)
                .get(0));
        assertEquals(Set.of(Role.FUNCTIONAL_ADMIN.name()), Set.copyOf(Sql.rows(db,
                "SELECT role FROM worker_role WHERE worker_id = ?", r -> r.getString(1), GERRIT_ADMIN)));
    }

    @Test
    void accessToClientData_takesASecondAdministrator() throws Exception {
        String loginName = TestData.unique("t.grant");
        login.as("gerrit.beheer");
        WorkerService.Saved requested = workers.createWorker(form(loginName, TEAM_NOORD, Role.CASEWORKER));
        assertEquals(new WorkerService.Saved(AWAITING_APPROVAL, null), requested, "no password for the requester");
        assertFalse(Sql.exists(db, "SELECT 1 FROM worker WHERE login_name = ? AND active = TRUE", loginName),
                "created inactive until approved");
        long change = pendingChange(loginName);
        assertRefused("worker.change.ownRequest", () -> workers.approve(change));
        assertThrows(SQLException.class, () -> Sql.execute(db,
                "UPDATE worker_change SET decided_by_id = requested_by_id WHERE id = ?", change), "the database refuses it too");

        login.as("karel.beheer");
        char[] issued = workers.approve(change).orElseThrow().toCharArray();
        assertEquals(LoginResult.Status.VALID, loginService.attempt(loginName, issued, null).status());
        assertTrue(Sql.exists(db, "SELECT 1 FROM access_log WHERE worker_login = 'gerrit.beheer' AND detail LIKE ?",
                "requested access change=" + change + " (requested by gerrit.beheer)%"));
        assertTrue(Sql.exists(db, "SELECT 1 FROM access_log WHERE worker_login = 'karel.beheer' AND detail LIKE ?",
                "approved access change=" + change + " (requested by gerrit.beheer)%"));
        assertTrue(Sql.exists(db, "SELECT 1 FROM worker_change c JOIN worker w ON w.id = c.decided_by_id "
                + "WHERE c.id = ? AND c.status = 'APPROVED' AND w.login_name = 'karel.beheer'", change));

        // a policy officer made team lead: also a grant
        long policy = Fixtures.worker(db, TestData.unique("t.pol"), TEAM_NOORD, "POLICY_OFFICER");
        WorkerForm toLead = workers.loadWorker(policy);
        toLead.setRoles(EnumSet.of(Role.TEAM_LEAD));
        assertEquals(AWAITING_APPROVAL, workers.updateWorker(toLead).outcome());
        assertEquals(Set.of("POLICY_OFFICER"), Set.copyOf(Sql.rows(db,
                "SELECT role FROM worker_role WHERE worker_id = ?", r -> r.getString(1), policy)));
    }

    /**
     * Issue 23: one administrator alone, trying each way to a client file: a new privacy officer, a
     * new administrator, a guarded role on an existing account, another administrator's password.
     * Each waits for a second administrator, hands the requester no password, and opens nothing.
     */
    @Test
    void oneAdministratorAlone_grantsNoGuardedRole_andResetsNoGuardedCredentials() throws SQLException {
        login.as("gerrit.beheer");
        List<Long> requested = new ArrayList<>();
        for (Role role : List.of(Role.PRIVACY_OFFICER, Role.FUNCTIONAL_ADMIN)) {
            String loginName = TestData.unique("t.alone");
            assertEquals(new WorkerService.Saved(AWAITING_APPROVAL, null), workers.createWorker(form(loginName, null, role)),
                    role.name());
            assertFalse(Sql.exists(db, "SELECT 1 FROM worker WHERE login_name = ? AND active = TRUE", loginName),
                    role + " created inactive");
            requested.add(pendingChange(loginName));
        }

        long policy = Fixtures.worker(db, TestData.unique("t.pol"), TEAM_NOORD, "POLICY_OFFICER");
        WorkerForm raised = workers.loadWorker(policy);
        raised.setRoles(EnumSet.of(Role.POLICY_OFFICER, Role.PRIVACY_OFFICER));
        assertEquals(AWAITING_APPROVAL, workers.updateWorker(raised).outcome());
        assertEquals(Set.of("POLICY_OFFICER"), Set.copyOf(Sql.rows(db,
                "SELECT role FROM worker_role WHERE worker_id = ?", r -> r.getString(1), policy)));
        requested.add(Sql.number(db, "SELECT id FROM worker_change WHERE worker_id = ? AND status = 'PENDING'", policy));

        String otherAdmin = TestData.unique("t.adm");
        long otherAdminId = Fixtures.worker(db, otherAdmin, TEAM_NOORD, "FUNCTIONAL_ADMIN");
        Sql.execute(db, "UPDATE worker SET totp_secret = 'JBSWY3DPEHPK3PXP' WHERE id = ?", otherAdminId);
        String before = Sql.rows(db, "SELECT CONCAT(password_hash, totp_secret, session_stamp) FROM worker WHERE id = ?",
                r -> r.getString(1), otherAdminId).get(0);
        assertEquals(new WorkerService.Saved(AWAITING_APPROVAL, null), workers.resetPassword(otherAdminId));
        assertEquals(before, Sql.rows(db, "SELECT CONCAT(password_hash, totp_secret, session_stamp) FROM worker WHERE id = ?",
                r -> r.getString(1), otherAdminId).get(0), "password, second factor and sessions untouched");
        requested.add(pendingChange(otherAdmin));

        for (long change : requested) {
            assertRefused("worker.change.ownRequest", () -> workers.approve(change));
        }
        assertTrue(workers.pendingChanges().stream().filter(c -> requested.contains(c.id())).noneMatch(c -> c.mayDecide()),
                "no approve button for the one who asked");
        for (long change : requested) {
            workers.reject(change); // withdrawn, so no other test meets them
        }
    }

    @Test
    void pendingRequests_lapseAfterSevenDays_andWhenTheRequesterIsNoLongerAnAdministrator() throws SQLException {
        login.as("gerrit.beheer");
        String old = TestData.unique("t.oud");
        workers.createWorker(form(old, TEAM_NOORD, Role.CASEWORKER));
        long oldChange = pendingChange(old);
        Sql.execute(db, "UPDATE worker_change SET requested_at = requested_at - INTERVAL 8 DAY WHERE id = ?", oldChange);

        // asked by an administrator who has since been deactivated
        long gone = Fixtures.worker(db, TestData.unique("t.weg"), TEAM_NOORD, "FUNCTIONAL_ADMIN");
        long target = Fixtures.worker(db, TestData.unique("t.doel"), TEAM_NOORD, "POLICY_OFFICER");
        long orphan = Sql.insert(db, "INSERT INTO worker_change (worker_id, kind, worker_version, display_name, "
                + "area_team_id, roles, active, status, requested_by_id, requested_at, version, created_at, created_by, "
                + "modified_at, modified_by) SELECT id, 'ACCESS', version, display_name, area_team_id, 'TEAM_LEAD', "
                + "TRUE, 'PENDING', ?, UTC_TIMESTAMP(6), 1, NOW(), 't', NOW(), 't' FROM worker WHERE id = ?", gone, target);
        Sql.execute(db, "UPDATE worker SET active = FALSE WHERE id = ?", gone);

        login.as("karel.beheer");
        assertTrue(workers.pendingChanges().stream().noneMatch(c -> c.id() == oldChange || c.id() == orphan),
                "lapsed requests are off the list");
        assertRefused("worker.change.lapsed", () -> workers.approve(oldChange));
        assertRefused("worker.change.lapsed", () -> workers.approve(orphan));
        assertEquals(List.of("LAPSED", "LAPSED"), Sql.rows(db, "SELECT status FROM worker_change WHERE id IN (?, ?)",
                r -> r.getString(1), oldChange, orphan));
        assertFalse(Sql.exists(db, "SELECT 1 FROM worker_role WHERE worker_id = ? AND role = 'TEAM_LEAD'", target));
    }

    @Test
    void passwordResetOfACaseworker_waitsForApproval_thenEndsTheirSession() {
        String loginName = TestData.unique("t.reset");
        long id = Fixtures.worker(db, loginName, TEAM_NOORD, "CASEWORKER");
        WebClient web = new WebClient(WebClient.applicationRoot()).loggedInAs(loginName);
        assertEquals(200, web.get("index.xhtml").statusCode());

        login.as("gerrit.beheer");
        assertEquals(new WorkerService.Saved(AWAITING_APPROVAL, null), workers.resetPassword(id));
        assertEquals(200, web.get("index.xhtml").statusCode(), "nothing changes before the approval");
        login.as("karel.beheer");
        String issued = workers.approve(pendingChange(loginName)).orElseThrow();
        assertEnded(web.get("index.xhtml"));

        WebClient again = new WebClient(WebClient.applicationRoot());
        assertEquals(302, again.login(loginName, issued).statusCode());
        assertRedirectsTo("account/password.xhtml", again.get("index.xhtml"));
    }

    @Test
    void deactivationAndDemotion_endOpenSessions_atTheNextRequest() {
        String deactivated = TestData.unique("t.deact");
        String demoted = TestData.unique("t.demo");
        long deactivatedId = Fixtures.worker(db, deactivated, TEAM_NOORD, "CASEWORKER");
        long demotedId = Fixtures.worker(db, demoted, TEAM_NOORD, "CASEWORKER");
        WebClient first = new WebClient(WebClient.applicationRoot()).loggedInAs(deactivated);
        WebClient second = new WebClient(WebClient.applicationRoot()).loggedInAs(demoted);
        assertEquals(200, first.get("client/list.xhtml").statusCode());
        assertEquals(200, second.get("client/list.xhtml").statusCode());

        login.as("gerrit.beheer");
        WorkerForm off = workers.loadWorker(deactivatedId);
        off.setActive(false);
        assertEquals(APPLIED, workers.updateWorker(off).outcome());
        WorkerForm policy = workers.loadWorker(demotedId);
        policy.setRoles(EnumSet.of(Role.POLICY_OFFICER));
        assertEquals(APPLIED, workers.updateWorker(policy).outcome(), "taking access away needs no approval");

        assertEnded(first.get("client/list.xhtml"));
        assertEnded(second.get("client/list.xhtml"));
        assertTrue(Sql.exists(db, "SELECT 1 FROM access_log WHERE worker_login = ? AND event = 'LOGOUT' "
                + "AND detail LIKE 'session ended%'", demoted));
        // logged in again, the demoted worker has the new role only
        WebClient again = new WebClient(WebClient.applicationRoot()).loggedInAs(demoted);
        assertEquals(403, again.get("client/list.xhtml").statusCode());
        assertEquals(200, again.get("report/annual.xhtml").statusCode());
    }

    /** Issue 23: a session that ends without a logout (the container's idle timeout) leaves a line too. */
    @Test
    void aSessionEndingWithoutLogout_isLoggedAsATimeout() {
        String loginName = TestData.unique("t.idle");
        HttpSession session = request.getSession(true);
        session.setAttribute(CaseloadAuthenticationMechanism.SESSION_ATTRIBUTE, new SessionLogin(loginName, 0, Instant.now()));
        session.invalidate(); // what the container does once the idle time has passed
        assertTrue(Sql.exists(db, "SELECT 1 FROM access_log WHERE worker_login = ? AND event = 'LOGOUT' "
                + "AND outcome = 'SUCCESS' AND detail LIKE 'session timed out after % minutes idle'", loginName));
    }

    @Test
    void oneTimePassword_holdsOnEveryPage_andExpiresAfter72Hours() throws SQLException {
        String loginName = TestData.unique("t.otp");
        login.as("gerrit.beheer");
        WorkerService.Saved created = workers.createWorker(form(loginName, null, Role.POLICY_OFFICER));
        assertEquals(APPLIED, created.outcome(), "a role without client data needs no second administrator");
        String oneTime = created.oneTimePassword();
        long hours = Sql.number(db, "SELECT TIMESTAMPDIFF(MINUTE, UTC_TIMESTAMP(6), one_time_password_expires_at) "
                + "FROM worker WHERE login_name = ?", loginName);
        assertTrue(hours > 71 * 60 && hours <= 72 * 60, "expires in 72 hours: " + hours + " minutes");

        WebClient web = new WebClient(WebClient.applicationRoot());
        assertEquals(302, web.login(loginName, oneTime).statusCode());
        for (String page : List.of("index.xhtml", "report/annual.xhtml", "client/list.xhtml", "admin/workers.xhtml",
                "measure/expiring.xhtml", "no/such/page.xhtml", "")) {
            assertRedirectsTo("account/password.xhtml", web.get(page));
        }
        HttpResponse<String> ajax = web.send(web.request("report/annual.xhtml").header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString("a=b")));
        assertTrue(ajax.body().contains("<redirect url=\"") && ajax.body().contains("/account/password.xhtml"),
                "AJAX gets a partial redirect: " + ajax.body());
        assertEquals(200, web.get("account/password.xhtml").statusCode());

        Sql.execute(db, "UPDATE worker SET one_time_password_expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE "
                + "WHERE login_name = ?", loginName);
        assertEnded(web.get("account/password.xhtml"));
        HttpResponse<String> expired = new WebClient(WebClient.applicationRoot()).login(loginName, oneTime);
        assertEquals(200, expired.statusCode());
        assertTrue(expired.body().contains("eenmalige wachtwoord is verlopen"), "told why");
    }

    // ---------------------------------------------------------------------------------------------
    // logins
    // ---------------------------------------------------------------------------------------------

    @Test
    void parallelGuesses_cannotExceedTheLimit() throws Exception {
        String loginName = TestData.unique("t.guess");
        long id = Fixtures.worker(db, loginName, TEAM_NOORD, "CASEWORKER");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<LoginResult>> guesses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                char[] guess = ("guess-" + i).toCharArray();
                guesses.add(pool.submit(() -> loginService.attempt(loginName, guess, null)));
            }
            for (Future<LoginResult> guess : guesses) {
                assertEquals(LoginResult.Status.INVALID, guess.get().status());
            }
        } finally {
            pool.shutdownNow();
        }
        // at most six passwords were tried: the limit is counted before any is checked. Guesses that came
        // after a third failure had been concluded met its wait instead; all others were refused unchecked
        long checked = Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE worker_id = ? AND (detail LIKE "
                + "'wrong password%' OR event = 'LOCKOUT')", id);
        assertTrue(checked >= 1 && checked <= 6, checked + " passwords checked");
        assertEquals(20 - checked, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE worker_id = ? AND detail LIKE "
                + "'account locked%'", id));
        assertEquals(LoginResult.Status.INVALID, loginService.attempt(loginName, TestLogin.DEMO_PASSWORD.toCharArray(), null).status());
    }

    /**
     * Issue 23: each failure from the third on makes the next attempt wait twice as long (2, 4, 8 s);
     * an attempt during the wait is refused like a wrong password, without being checked or counted.
     */
    @Test
    void failedLogins_makeTheNextAttemptWaitLonger() {
        String loginName = TestData.unique("t.wait");
        long id = Fixtures.worker(db, loginName, TEAM_NOORD, "CASEWORKER");
        List<Long> waits = new ArrayList<>();
        for (int failure = 1; failure <= 5; failure++) {
            Fixtures.endLoginDelay(db, id);
            assertEquals(LoginResult.Status.INVALID, loginService.attempt(loginName, "wrong".toCharArray(), null).status());
            waits.add(Math.round(Sql.number(db, "SELECT COALESCE(TIMESTAMPDIFF(MICROSECOND, UTC_TIMESTAMP(6), "
                    + "locked_until), 0) FROM worker WHERE id = ?", id) / 1_000_000.0));
        }
        assertEquals(List.of(0L, 0L, 2L, 4L, 8L), waits, "seconds to wait after each failure");
        assertEquals(LoginResult.Status.INVALID, loginService.attempt(loginName, TestLogin.DEMO_PASSWORD.toCharArray(),
                null).status(), "the right password, during the wait");
        assertEquals(5, Sql.number(db, "SELECT failed_login_count FROM worker WHERE id = ?", id), "not counted");
        assertTrue(Sql.exists(db, "SELECT 1 FROM access_log WHERE worker_id = ? AND detail LIKE "
                + "'wrong password (5 of 6); next attempt after 8 s'", id));
        Fixtures.endLoginDelay(db, id);
        assertEquals(LoginResult.Status.VALID, loginService.attempt(loginName, TestLogin.DEMO_PASSWORD.toCharArray(),
                null).status(), "after the wait the right password opens");
    }

    @Test
    void lockedAccount_andUnknownLogin_getTheSameAnswer() throws SQLException {
        String locked = TestData.unique("t.lock");
        Fixtures.worker(db, locked, TEAM_NOORD, "CASEWORKER");
        Sql.execute(db, "UPDATE worker SET locked_until = UTC_TIMESTAMP(6) + INTERVAL 1 HOUR WHERE login_name = ?", locked);
        String lockedAnswer = loginMessage(new WebClient(WebClient.applicationRoot()).login(locked, TestLogin.DEMO_PASSWORD));
        String unknownAnswer = loginMessage(new WebClient(WebClient.applicationRoot()).login("nobody.at.all", "whatever-1234"));
        String wrong = TestData.unique("t.wrong");
        Fixtures.worker(db, wrong, TEAM_NOORD, "CASEWORKER");
        // a worker of its own: failed logins add up on an account until it logs in right
        String wrongAnswer = loginMessage(new WebClient(WebClient.applicationRoot()).login(wrong, "whatever-1234"));
        assertTrue(lockedAnswer.startsWith("Inloggen is niet gelukt"), lockedAnswer);
        assertEquals(lockedAnswer, unknownAnswer);
        assertEquals(lockedAnswer, wrongAnswer);
    }

    // ---------------------------------------------------------------------------------------------
    // the duplicate check
    // ---------------------------------------------------------------------------------------------

    @Test
    void duplicateCheck_tellsAnotherTeamOnlyWhereToAsk_logsTheProbe_andIsThrottled() throws SQLException {
        String prober = TestData.unique("t.probe");
        Fixtures.worker(db, prober, TEAM_ZUID, "CASEWORKER");
        List<Object[]> noord = Sql.rows(db, "SELECT id, bsn FROM client WHERE area_team_id = ? AND bsn IS NOT NULL "
                + "AND voided = FALSE ORDER BY id LIMIT 1", r -> new Object[] {r.getLong(1), r.getString(2)}, TEAM_NOORD);
        long noordClient = (Long) noord.get(0)[0];
        login.as(prober);
        ClientForm form = TestData.client(TEAM_ZUID, null);
        form.setBsn((String) noord.get(0)[1]);

        List<DuplicateHint> hints = clients.findPossibleDuplicates(form);
        assertEquals(1, hints.size());
        DuplicateHint hint = hints.get(0);
        assertNull(hint.visibleClientId());
        assertNull(hint.visibleName());
        assertEquals("Gebiedsteam Noord", hint.teamName());
        assertTrue(Sql.exists(db, "SELECT 1 FROM access_log WHERE worker_login = ? AND client_id = ? AND event = 'SEARCH' AND object_type = 'known-at' "
                + "AND detail LIKE 'found by duplicate check (same BSN; outside%'", prober, noordClient),
                "the person's own log shows who probed for them");

        assertEquals(40, probesUntilRefused(form) + 1, "probes with a BSN allowed in 10 minutes (one done above)");
        assertTrue(Sql.exists(db, "SELECT 1 FROM access_log WHERE worker_login = ? AND outcome = 'DENIED' "
                + "AND detail LIKE 'duplicate check with BSN refused%'", prober));

        // issue 23: a name with a date of birth finds a person too, so it has its own limit
        form.setBsn(null);
        assertEquals(40, probesUntilRefused(form), "probes with a name and date of birth allowed in 10 minutes");
        assertTrue(Sql.exists(db, "SELECT 1 FROM access_log WHERE worker_login = ? AND outcome = 'DENIED' "
                + "AND detail LIKE 'duplicate check with name and date of birth refused%'", prober));
        form.setGivenNames(null);
        assertTrue(clients.findPossibleDuplicates(form).isEmpty(), "an incomplete form looks nobody up, so is not limited");
    }

    // ---------------------------------------------------------------------------------------------
    // helpers
    // ---------------------------------------------------------------------------------------------

    /** How many duplicate checks of {@code form} pass before the throttle refuses one. */
    private int probesUntilRefused(ClientForm form) {
        for (int passed = 0; passed < 100; passed++) {
            try {
                clients.findPossibleDuplicates(form);
            } catch (CaseloadException refused) {
                assertEquals("client.duplicate.throttled", refused.getMessageKey());
                return passed;
            }
        }
        throw new AssertionError("100 checks and no refusal");
    }

    private static WorkerForm form(String loginName, Long team, Role... roles) {
        WorkerForm form = new WorkerForm();
        form.setLoginName(loginName);
        form.setDisplayName("Test " + loginName);
        form.setTeamId(team);
        form.setRoles(EnumSet.copyOf(List.of(roles)));
        form.setActive(true);
        return form;
    }

    private long pendingChange(String loginName) {
        return Sql.number(db, "SELECT c.id FROM worker_change c JOIN worker w ON w.id = c.worker_id "
                + "WHERE w.login_name = ? AND c.status = 'PENDING'", loginName);
    }

    private static void assertRefused(String messageKey, Executable action) {
        assertEquals(messageKey, assertThrows(CaseloadException.class, action).getMessageKey());
    }

    private static void assertEnded(HttpResponse<String> response) {
        assertRedirectsTo("login.xhtml?ended=true", response);
    }

    private static void assertRedirectsTo(String target, HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), response.uri() + ": " + response.body());
        String location = response.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/" + target), response.uri() + " redirects to " + location + ", not " + target);
    }

    /** The text of the login form's message. */
    private static String loginMessage(HttpResponse<String> page) {
        Matcher m = Pattern.compile("id=\"login:loginMessage\"[^>]*>(.*?)</div>", Pattern.DOTALL).matcher(page.body());
        assertTrue(m.find(), "a message on the login page: " + page.body());
        return m.group(1).replaceAll("<[^>]+>", "").strip();
    }
}
