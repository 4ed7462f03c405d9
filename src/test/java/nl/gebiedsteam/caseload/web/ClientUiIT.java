package nl.gebiedsteam.caseload.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gebiedsteam.caseload.testsupport.Browser;
import nl.gebiedsteam.caseload.testsupport.BrowserTest;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import nl.gebiedsteam.caseload.testsupport.Fixtures;
import nl.gebiedsteam.caseload.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.Select;

/**
 * What a caseworker does in a real headless Chromium against the real server: every page visited
 * is checked with axe-core (no serious or critical WCAG 2.1 AA finding) and for CSP violations.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClientUiIT extends BrowserTest {


    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private String register(Browser b, String givenNames, String surname, String bsn) {
        b.open("/client/edit.xhtml");
        b.type("edit:givenNames", givenNames);
        b.type("edit:surname", surname);
        b.type("edit:dateOfBirth", "17-05-1990");
        b.awaitAjax();
        new Select(b.find("edit:gender")).selectByValue("FEMALE");
        b.type("edit:postcode", "3861 AB");
        b.type("edit:area", "Nijkerk-Noord");
        b.type("edit:bsn", bsn);
        b.type("edit:phone", "06 1111 2222");
        b.awaitAjax();
        b.find("edit:save").click();
        b.awaitText(surname);
        return b.url();
    }

    @Test
    void caseworker_registersFindsOpensAndEditsAClient() {
        Browser b = browser();
        b.login("anna.noord", PASSWORD);
        assertEquals("Start", b.title());
        check(b, "home");

        b.open("/client/edit.xhtml");
        assertEquals("Cliënt registreren", b.title());
        check(b, "register");
        b.find("edit:save").click();
        b.awaitAjax();
        assertTrue(b.text().contains("Dit veld is verplicht."), "Dutch message next to the empty field");
        b.type("edit:bsn", "123456789");
        b.find("edit:save").click();
        b.awaitAjax();
        assertTrue(b.text().contains("elfproef"), "11-test message");

        String surname = TestData.unique("Visser");
        register(b, "Marloes", surname, TestData.bsn());
        assertTrue(b.text().contains("De cliënt is geregistreerd."), "flash message after redirect");
        assertEquals("Marloes " + surname, b.find("clientName").getText());
        check(b, "view");

        b.open("/client/list.xhtml");
        check(b, "list");
        b.type("list:name", surname);
        b.find("list:search").click();
        b.awaitAjax();
        assertEquals(1, b.driver().findElements(By.cssSelector("a.client-link")).size());
        b.clickToLoad(By.cssSelector("a.client-link"));
        b.awaitText(surname);

        b.clickToLoad("edit");
        b.awaitText("Cliënt wijzigen");
        check(b, "edit");
        b.type("edit:phone", "06 3333 4444");
        b.find("edit:save").click();
        b.awaitText("De wijzigingen zijn opgeslagen.");
        assertEquals("06 3333 4444", b.find("phone").getText());
    }

    @Test
    void secondEditor_getsTheConflictMessage_andKeepsTheirInput() {
        Browser anna = browser();
        anna.login("anna.noord", PASSWORD);
        String viewUrl = register(anna, "Kees", TestData.unique("Dekker"), TestData.bsn());
        String id = viewUrl.replaceAll(".*[?&]id=(\\d+).*", "$1");

        Browser bram = browser();
        bram.login("bram.noord", PASSWORD);
        bram.open("/client/edit.xhtml?id=" + id);
        anna.open("/client/edit.xhtml?id=" + id);

        anna.type("edit:area", "Hoevelaken");
        anna.find("edit:save").click();
        anna.awaitText("De wijzigingen zijn opgeslagen.");

        bram.type("edit:area", "Nijkerkerveen");
        bram.find("edit:save").click();
        bram.awaitAjax();
        assertTrue(bram.text().contains("intussen gewijzigd door anna.noord"), bram.text());
        assertEquals("Nijkerkerveen", bram.find("edit:area").getAttribute("value"), "input kept");
        check(bram, "edit conflict");
    }

    @Test
    void accessToClientData_isGrantedByTwoAdministrators() throws SQLException {
        String login = TestData.unique("t.ui");
        Browser gerrit = browser();
        gerrit.login("gerrit.beheer", PASSWORD);
        gerrit.open("/admin/workers.xhtml");
        gerrit.find("workers:new").click();
        gerrit.awaitAjax();
        gerrit.type("workers:loginName", login);
        gerrit.type("workers:displayName", "Test Tweede Paar Ogen");
        new Select(gerrit.find("workers:team")).selectByVisibleText("Gebiedsteam Noord");
        gerrit.driver().findElement(By.cssSelector("input[name='workers:roles'][value='CASEWORKER']")).click();
        gerrit.find("workers:save").click();
        gerrit.awaitAjax();
        gerrit.awaitText("gaat in zodra een tweede functioneel beheerder haar goedkeurt");
        assertFalse(gerrit.driver().findElements(By.cssSelector("button[aria-label='Intrekken " + login + "']")).isEmpty());
        assertTrue(gerrit.driver().findElements(By.cssSelector("button[aria-label='Goedkeuren " + login + "']")).isEmpty(),
                "no approve button for the one who asked");
        check(gerrit, "workers, change awaiting approval");
        assertEquals(0, numbers("SELECT COUNT(*) FROM worker WHERE login_name = ? AND active = TRUE", login).get(0));
        assertFalse(gerrit.text().contains("Eenmalig wachtwoord voor"), "the requester sees no password");

        Browser karel = browser();
        karel.login("karel.beheer", PASSWORD);
        karel.open("/admin/workers.xhtml");
        karel.awaitText("Wacht op goedkeuring");
        karel.driver().findElement(By.cssSelector("button[aria-label='Goedkeuren " + login + "']")).click();
        karel.awaitAjax();
        karel.awaitText("De wijziging is goedgekeurd en doorgevoerd.");
        check(karel, "workers, change approved");
        assertEquals(1, numbers("SELECT COUNT(*) FROM worker WHERE login_name = ? AND active = TRUE", login).get(0));
        Matcher issued = Pattern.compile("Eenmalig wachtwoord voor " + login + ": (\\S+)").matcher(karel.text());
        assertTrue(issued.find(), "the approver is given the one-time password");

        Browser newcomer = browser();
        newcomer.login(login, issued.group(1));
        assertTrue(newcomer.url().contains("/account/password.xhtml"), "chooses an own password first: " + newcomer.url());
    }

    @Test
    void privacyOfficer_checksTheAccessLogChain_andNobodyElseMay() {
        Browser hanna = browser();
        hanna.login("hanna.privacy", PASSWORD);
        hanna.clickToLoad("toChain");
        assertEquals("Controle toegangslogboek", hanna.title());
        hanna.find("chain:verify").click();
        hanna.awaitAjax();
        hanna.awaitText("De keten is intact");
        check(hanna, "access log chain check");

        Browser carla = browser();
        carla.login("carla.noord", PASSWORD);
        carla.open("/privacy/chain.xhtml");
        assertEquals("Geen toegang", carla.title());
    }

    @Test
    void sixWrongPasswords_lockTheAccount() throws SQLException {
        // a worker of its own: a locked demo account would refuse the other tests' logins for 15 minutes
        String locked = TestData.unique("t.locked");
        long id = Fixtures.worker(rootDb(), locked, TestData.TEAM_NOORD, "CASEWORKER");
        Browser b = browser();
        // one answer for wrong and locked alike: the page does not tell whether the login exists or is locked
        String failed = "de gebruikersnaam, het wachtwoord of de code klopt niet, of het account is na te veel mislukte "
                + "pogingen tijdelijk geblokkeerd";
        for (int i = 1; i <= 6; i++) {
            Fixtures.endLoginDelay(rootDb(), id);
            b.login(locked, "wrong-password-" + i);
            assertTrue(b.text().contains(failed));
        }
        check(b, "login failed");
        b.login(locked, PASSWORD);
        assertTrue(b.text().contains(failed), "right password refused while locked");
        assertTrue(b.url().contains("login.xhtml"));
        assertEquals(1, numbers("SELECT COUNT(*) FROM access_log WHERE worker_login = ? AND event = 'LOCKOUT' "
                + "AND occurred_at > UTC_TIMESTAMP() - INTERVAL 5 MINUTE", locked).get(0));
    }

    /**
     * Another team's client and a client that does not exist get the same Dutch page (issue 23), so
     * trying ids tells nothing; only the refusal is in the access log.
     */
    @Test
    void anotherTeamsClientUrl_answersAsANonExistentOne() throws SQLException {
        Browser b = browser();
        b.login("dirk.zuid", PASSWORD);
        long denials = denials("dirk.zuid");
        b.open("/client/view.xhtml?id=1");
        assertEquals("Niet gevonden", b.title());
        String outOfScope = b.find("main").getText().replaceAll("[0-9a-f]{12}", "#");
        assertNoTechnicalDetail(b.driver().getPageSource());
        check(b, "404, another team's client");
        b.open("/client/view.xhtml?id=999999");
        assertEquals(outOfScope, b.find("main").getText().replaceAll("[0-9a-f]{12}", "#"), "the same answer");
        assertEquals(denials + 1, denials("dirk.zuid"), "the refusal is logged, the missing id is no access");
        b.open("/client/nothing-here.xhtml");
        assertEquals("Niet gevonden", b.title());
        assertNoTechnicalDetail(b.driver().getPageSource());
    }

    @Test
    void scriptInAName_isShownAsText() {
        Browser b = browser();
        b.login("anna.noord", PASSWORD);
        String evil = "<img src=x onerror=alert(1)>";
        register(b, evil, TestData.unique("Xss"), TestData.bsn());
        assertTrue(b.find("clientName").getText().startsWith(evil), "rendered as text");
        assertThrows(NoAlertPresentException.class, () -> b.driver().switchTo().alert());
        assertTrue(b.driver().findElements(By.cssSelector("#main img")).isEmpty(), "no img element injected");
    }

    @Test
    void forgedViewState_andExpiredSession_areHandledFriendly() {
        Browser b = browser();
        b.login("anna.noord", PASSWORD);
        b.open("/client/list.xhtml");
        ((JavascriptExecutor) b.driver()).executeScript(
                "document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]').forEach(i => i.value = '-1:-1');");
        b.clickToLoad("logoutForm:logout");
        b.awaitText("Pagina verlopen");
        assertNoTechnicalDetail(b.driver().getPageSource());
        check(b, "expired");

        b.open("/client/list.xhtml");
        b.driver().manage().deleteCookieNamed("JSESSIONID");
        b.find("list:search").click();
        b.awaitText("Uw sessie is verlopen");
        assertTrue(b.url().contains("login.xhtml"), "AJAX after the session ended lands on the login page");
    }

    @Test
    void englishOnRequest_andDutchByDefault() {
        Browser b = browser();
        b.open("/login.xhtml");
        assertEquals("nl", b.find("main").findElement(By.xpath("/html")).getAttribute("lang"));
        b.clickToLoad("languageForm:switchLanguage");
        b.awaitText("Nederlands");
        assertEquals("en", b.driver().findElement(By.xpath("/html")).getAttribute("lang"));
        check(b, "login en");
    }

    /**
     * The switch reloads the page the user is on, with its id, in the other language: the client's file
     * stays open, and opening it again writes a read to the access log, never a denial.
     */
    @Test
    void languageSwitch_keepsThePageAndItsId_andWritesNoDenial() throws Exception {
        Browser b = browser();
        b.login("anna.noord", PASSWORD);
        String surname = TestData.unique("Smit");
        String file = register(b, "Lotte", surname, TestData.bsn());
        String id = file.replaceFirst(".*[?&]id=(\\d+).*", "$1");
        long denials = denials("anna.noord");

        b.clickToLoad("languageForm:switchLanguage");
        b.awaitText("Nederlands");
        assertTrue(b.url().contains("/client/view.xhtml?id=" + id), b.url());
        assertEquals("en", b.driver().findElement(By.xpath("/html")).getAttribute("lang"));
        assertEquals("Lotte " + surname, b.find("clientName").getText());
        check(b, "client file en");

        b.clickToLoad("languageForm:switchLanguage");
        b.awaitText("English");
        assertTrue(b.url().contains("/client/view.xhtml?id=" + id), b.url());
        assertEquals("Lotte " + surname, b.find("clientName").getText());
        assertEquals(denials, denials("anna.noord"), "switching language is no access attempt");
    }

    /**
     * The file on a phone held upright (390 px wide): nothing wider than the screen, so no sideways
     * scrolling, and still free of accessibility findings. Printed, it is the record only: no header,
     * navigation, forms or buttons, and the timeline in full.
     */
    @Test
    void clientFile_fitsA390PixelScreen_andPrintsTheRecordOnly() {
        Browser b = browser();
        b.login("anna.noord", PASSWORD);
        String surname = TestData.unique("Bakker");
        String file = register(b, "Noor", surname, TestData.bsn());

        b.devTools("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 3,
                "mobile", true));
        b.open(file.substring(file.indexOf("/client/")));
        b.awaitText(surname);
        JavascriptExecutor js = (JavascriptExecutor) b.driver();
        assertEquals(390L, js.executeScript("return window.innerWidth"), "the emulated screen");
        assertTrue((Long) js.executeScript("return document.documentElement.scrollWidth") <= 390,
                "no sideways scrolling at 390 px");
        check(b, "client file 390px");

        b.devTools("Emulation.clearDeviceMetricsOverride", Map.of());
        b.devTools("Emulation.setEmulatedMedia", Map.of("media", "print"));
        for (String hidden : List.of(".app-header", "#contactForm", "#voidForm", ".file-links")) {
            assertEquals("none", js.executeScript("return getComputedStyle(document.querySelector(arguments[0]))"
                    + ".display", hidden), hidden + " is not printed");
        }
        assertTrue(b.find("clientName").isDisplayed(), "the name is printed");
        assertTrue(b.find("timelineForm:entries").isDisplayed(), "the timeline is printed");
        b.devTools("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    private static long denials(String login) throws SQLException {
        return numbers("SELECT COUNT(*) FROM access_log WHERE worker_login = ? AND outcome <> 'SUCCESS'", login).get(0);
    }

    @Test
    void admin_seesWorkers_butNoClientData() {
        Browser b = browser();
        b.login("gerrit.beheer", PASSWORD);
        b.open("/admin/workers.xhtml");
        assertTrue(b.text().contains("Anna de Boer"));
        check(b, "admin workers");
        b.open("/admin/teams.xhtml");
        check(b, "admin teams");
        b.open("/client/list.xhtml");
        assertEquals("Geen toegang", b.title());
    }

    @Test
    void everyResponse_carriesTheSecurityHeaders() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        String root = base.toExternalForm().replaceFirst("//[^/:]+", "//127.0.0.1");
        for (String path : List.of("login.xhtml", "client/nothing.xhtml", "WEB-INF/web.xml")) {
            var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(root + path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            var headers = response.headers();
            assertTrue(headers.allValues("Content-Security-Policy").stream().anyMatch(v -> v.contains("frame-ancestors 'none'")), path);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(""), path);
            assertEquals("no-store", headers.firstValue("Cache-Control").orElse(""), path);
            assertNoTechnicalDetail(response.body());
            headers.allValues("Set-Cookie").forEach(cookie -> {
                assertTrue(cookie.contains("HttpOnly"), cookie);
                assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=strict"), cookie);
            });
        }
    }

    @Test
    void login_givesANewSessionId_andLogoutEndsTheSession() throws SQLException {
        Browser b = browser();
        b.open("/login.xhtml");
        String before = b.driver().manage().getCookieNamed("JSESSIONID").getValue();
        b.login("bram.noord", PASSWORD);
        String after = b.driver().manage().getCookieNamed("JSESSIONID").getValue();
        assertFalse(before.equals(after), "session id rotated at login");
        b.clickToLoad("logoutForm:logout");
        b.awaitText("U bent uitgelogd.");
        assertTrue(numbers("SELECT COUNT(*) FROM access_log WHERE worker_login = 'bram.noord' AND event = 'LOGOUT' "
                + "AND outcome = 'SUCCESS' AND detail = 'logout' AND occurred_at > UTC_TIMESTAMP() - INTERVAL 5 MINUTE")
                .get(0) > 0, "the logout is in the access log");
        b.driver().manage().deleteAllCookies();
        b.driver().manage().addCookie(new org.openqa.selenium.Cookie("JSESSIONID", after, "/caseload", null));
        b.open("/client/list.xhtml");
        assertTrue(b.url().contains("login.xhtml"), "the old session cookie no longer works");
    }

    private static void assertNoTechnicalDetail(String html) {
        for (String leak : List.of("Exception", "at org.", "at java.", "SQL", "Payara", "Mojarra", "stack")) {
            assertFalse(html.contains(leak), "page leaks '" + leak + "'");
        }
    }
}
