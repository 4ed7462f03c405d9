package nl.gebiedsteam.caseload.security;

import static nl.gebiedsteam.caseload.testsupport.TestData.TEAM_NOORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import nl.gebiedsteam.caseload.testsupport.Fixtures;
import nl.gebiedsteam.caseload.testsupport.Sql;
import nl.gebiedsteam.caseload.testsupport.TestData;
import nl.gebiedsteam.caseload.testsupport.TestLogin;
import nl.gebiedsteam.caseload.testsupport.TestTotp;
import nl.gebiedsteam.caseload.testsupport.WebClient;
import nl.gebiedsteam.caseload.worker.AccountService;
import nl.gebiedsteam.caseload.worker.LoginResult;
import nl.gebiedsteam.caseload.worker.LoginService;
import nl.gebiedsteam.caseload.worker.Totp;
import nl.gebiedsteam.caseload.worker.TotpSecrets;
import nl.gebiedsteam.caseload.worker.WorkerService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, the second factor (TOTP): required for administrators and the privacy officer,
 * optional for others; a code works once; a reset password resets it.
 */
@ExtendWith(ArquillianExtension.class)
class SecondFactorIT {

    private static final char[] PASSWORD = TestLogin.DEMO_PASSWORD.toCharArray();
    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\"[^>]*>([A-Z2-7 ]+)</code>");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestLogin().addClasses(SecondFactorIT.class);
    }

    @Inject
    TestLogin login;

    @Inject
    LoginService loginService;

    @Inject
    AccountService accounts;

    @Inject
    WorkerService workers;

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource db;

    @Test
    void aWorkerWithASecondFactor_needsTheCode_onceOnly_andAWrongCodeCountsAsAFailure() throws SQLException {
        String admin = TestData.unique("t.tweede");
        String secret = Totp.newSecret();
        long id = adminWithSecondFactor(admin, secret);

        assertEquals(LoginResult.Status.INVALID, loginService.attempt(admin, PASSWORD, null).status(), "no code");
        assertEquals(LoginResult.Status.INVALID, loginService.attempt(admin, PASSWORD, "000000").status(), "wrong code");
        assertEquals(List.of(0L, 2L), List.of(Sql.number(db, "SELECT failed_login_count FROM worker WHERE id = ?", id),
                Sql.number(db, "SELECT failed_code_count FROM worker WHERE id = ?", id)),
                "wrong codes have a counter of their own (issue 23)");
        assertTrue(Sql.exists(db, "SELECT 1 FROM access_log WHERE worker_login = ? AND event = 'LOGIN_FAILED' "
                + "AND detail LIKE 'wrong, stale or reused second-factor code%'", admin));

        String code = Totp.code(secret, Totp.stepAt(Instant.now()));
        assertEquals(LoginResult.Status.VALID, loginService.attempt(admin, PASSWORD, code).status());
        assertEquals(LoginResult.Status.INVALID, loginService.attempt(admin, PASSWORD, code).status(), "used once");
        assertEquals(LoginResult.Status.INVALID, loginService.attempt(admin, "wrong-password".toCharArray(),
                Totp.code(secret, Totp.stepAt(Instant.now()) + 1)).status(), "a right code does not rescue a wrong password");
    }

    /**
     * Issue 23: someone who has the password and guesses codes is stopped by the code counter of its
     * own (5 by default), apart from the password counter, and the lockout says why.
     */
    @Test
    void guessingCodesWithTheRightPassword_locksTheAccountOnItsOwnCounter() throws SQLException {
        String admin = TestData.unique("t.gok");
        String secret = Totp.newSecret();
        long id = adminWithSecondFactor(admin, secret);
        for (int guess = 1; guess <= 5; guess++) {
            Fixtures.endLoginDelay(db, id);
            assertEquals(LoginResult.Status.INVALID, loginService.attempt(admin, PASSWORD, "00000" + guess).status());
        }
        assertTrue(Sql.exists(db, "SELECT 1 FROM access_log WHERE worker_id = ? AND event = 'LOCKOUT' "
                + "AND detail LIKE '5 wrong, stale or reused second-factor codes; locked until%'", id));
        assertEquals(LoginResult.Status.INVALID, loginService.attempt(admin, PASSWORD,
                Totp.code(secret, Totp.stepAt(Instant.now()))).status(), "locked: the right code is refused too");
        assertEquals(0, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE worker_id = ? AND detail LIKE "
                + "'wrong password%'", id), "no password was counted as wrong");
    }

    @Test
    void anAdministratorWithoutASecondFactor_getsOnlyTheSetUpPage_untilTheAppWorks() throws SQLException {
        String admin = TestData.unique("t.inricht");
        Fixtures.worker(db, admin, TEAM_NOORD, "FUNCTIONAL_ADMIN");
        WebClient web = new WebClient(WebClient.applicationRoot()).loggedInAs(admin);
        for (String page : new String[] {"index.xhtml", "admin/workers.xhtml", "account/password.xhtml"}) {
            assertRedirectsTo("account/second-factor.xhtml", web.get(page));
        }
        HttpResponse<String> setUp = web.get("account/second-factor.xhtml");
        assertEquals(200, setUp.statusCode());
        Matcher shown = SECRET.matcher(setUp.body());
        assertTrue(shown.find(), "the key is shown to type over");
        assertTrue(setUp.body().contains("class=\"qr-code\""), "and as a QR code, in the page");
        String secret = shown.group(1).replace(" ", "");

        HttpResponse<String> wrong = web.post(setUp, "secondFactor", Map.of("secondFactor:code", "123456",
                "secondFactor:enable", ""));
        assertTrue(wrong.body().contains("Deze code klopt niet"), "a wrong code is refused next to the field");
        assertNull(Sql.rows(db, "SELECT totp_secret FROM worker WHERE login_name = ?", r -> r.getString(1), admin).get(0));

        HttpResponse<String> enabled = web.post(wrong, "secondFactor", Map.of("secondFactor:code",
                Totp.code(secret, Totp.stepAt(Instant.now())), "secondFactor:enable", ""));
        assertRedirectsTo("index.xhtml", enabled);
        assertEquals(200, web.get("admin/workers.xhtml").statusCode());
        String stored = Sql.rows(db, "SELECT totp_secret FROM worker WHERE login_name = ?", r -> r.getString(1), admin)
                .get(0);
        assertTrue(stored.startsWith("v1:") && !stored.contains(secret), "encrypted at rest (issue 23): " + stored);
        assertEquals(secret, TotpSecrets.open(stored, TotpSecrets.keyOf(TotpSecrets.DEMO_KEY)));
        assertFalse(Sql.exists(db, "SELECT 1 FROM worker WHERE totp_secret IS NOT NULL AND totp_secret NOT LIKE 'v1:%' "
                + "AND login_name IN ('gerrit.beheer', 'karel.beheer', 'hanna.privacy')"),
                "the demo data's plain secrets were encrypted at start-up");

        assertEquals(200, new WebClient(WebClient.applicationRoot()).login(admin, TestLogin.DEMO_PASSWORD,
                null).statusCode(), "from now on the password alone is refused (the login page answers again)");
        Sql.execute(db, "UPDATE worker SET failed_login_count = 0 WHERE login_name = ?", admin);
        new WebClient(WebClient.applicationRoot()).loggedInAs(admin); // with the code (TestTotp)
    }

    @Test
    void aCaseworker_mayTurnItOnAndOff_anAdministratorMayNotTurnItOff() throws SQLException {
        String worker = TestData.unique("t.keuze");
        Fixtures.worker(db, worker, TEAM_NOORD, "CASEWORKER");
        login.as(worker);
        assertFalse(accounts.isSecondFactorRequired());
        String secret = Totp.newSecret();
        assertThrows(CaseloadException.class, () -> accounts.enableSecondFactor(secret, "000000"));
        accounts.enableSecondFactor(secret, Totp.code(secret, Totp.stepAt(Instant.now())));
        assertTrue(accounts.hasSecondFactor());
        assertThrows(CaseloadException.class, () -> accounts.enableSecondFactor(Totp.newSecret(), "000000"));
        accounts.disableSecondFactor(TestTotp.codeFor(worker));
        assertFalse(accounts.hasSecondFactor());

        login.as("gerrit.beheer");
        assertTrue(accounts.isSecondFactorRequired());
        assertThrows(CaseloadException.class, () -> accounts.disableSecondFactor(TestTotp.codeFor("gerrit.beheer")));
        assertTrue(accounts.hasSecondFactor());
    }

    @Test
    void resettingAnAdministratorsPassword_takesASecondAdministrator_andAlsoResetsTheSecondFactor() throws SQLException {
        String admin = TestData.unique("t.kwijt");
        long id = Fixtures.worker(db, admin, TEAM_NOORD, "FUNCTIONAL_ADMIN");
        String secret = Totp.newSecret();
        Sql.execute(db, "UPDATE worker SET totp_secret = ? WHERE id = ?", secret, id);
        login.as("karel.beheer");
        assertEquals(WorkerService.Outcome.AWAITING_APPROVAL, workers.resetPassword(id).outcome());
        assertEquals(secret, Sql.rows(db, "SELECT totp_secret FROM worker WHERE id = ?", r -> r.getString(1), id).get(0),
                "nothing changes before the approval");
        login.as("gerrit.beheer");
        workers.approve(Sql.number(db, "SELECT id FROM worker_change WHERE worker_id = ? AND status = 'PENDING'", id));
        assertNull(Sql.rows(db, "SELECT totp_secret FROM worker WHERE id = ?", r -> r.getString(1), id).get(0));
    }

    /** An administrator of its own whose second factor is {@code secret}, stored as before the encryption. */
    private long adminWithSecondFactor(String login, String secret) throws SQLException {
        long id = Fixtures.worker(db, login, TEAM_NOORD, "FUNCTIONAL_ADMIN");
        Sql.execute(db, "UPDATE worker SET totp_secret = ? WHERE id = ?", secret, id);
        return id;
    }

    private static void assertRedirectsTo(String target, HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), response.uri() + ": " + response.body());
        String location = response.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/" + target), response.uri() + " redirects to " + location + ", not " + target);
    }
}
