package nl.gebiedsteam.caseload.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.gebiedsteam.caseload.testsupport.Browser;
import nl.gebiedsteam.caseload.testsupport.BrowserTest;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import nl.gebiedsteam.caseload.testsupport.Fixtures;
import nl.gebiedsteam.caseload.testsupport.TestData;
import nl.gebiedsteam.caseload.worker.Totp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 14 in a real headless Chromium: the privacy officer's pages (access log and review lists,
 * subject-access request with its JSON download, destruction list) and setting up the second factor,
 * each checked with axe-core and for CSP violations.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacyUiIT extends BrowserTest {

    private static final long TEAM_CENTRUM = 3;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void privacyOfficer_searchesTheLog_andGoesThroughTheReviewLists() {
        Browser anna = browser();
        anna.login("anna.noord", PASSWORD);
        anna.open("/client/list.xhtml");

        Browser hanna = browser();
        hanna.login("hanna.privacy", PASSWORD);
        hanna.clickToLoad("toLog");
        assertEquals("Toegangslogboek", hanna.title());
        check(hanna, "access log");
        hanna.type("log:worker", "anna.noord");
        hanna.find("log:search").click();
        hanna.awaitAjax();
        hanna.awaitText("Gezocht of lijst getoond");
        check(hanna, "access log, searched");

        hanna.clickToLoad(By.linkText("Geweigerde toegang"));
        assertTrue(hanna.url().contains("review=DENIALS"));
        assertEquals("DENIED", new org.openqa.selenium.support.ui.Select(hanna.find("log:outcome"))
                .getFirstSelectedOption().getAttribute("value"));
        check(hanna, "review list: denials");
    }

    @Test
    void privacyOfficer_answersASubjectAccessRequest_inOneAction() throws IOException {
        String surname = TestData.unique("Inzage");
        Fixtures.closedFile(rootDb(), TEAM_CENTRUM, surname, LocalDate.of(1988, 8, 8), LocalDate.of(2022, 1, 3),
                LocalDate.of(2023, 1, 3));
        Browser hanna = browser();
        hanna.login("hanna.privacy", PASSWORD);
        hanna.clickToLoad("toSubject");
        check(hanna, "subject access");
        hanna.type("find:surname", surname);
        hanna.find("find:search").click();
        hanna.awaitAjax();
        hanna.awaitText("Voornaam " + surname);
        check(hanna, "subject access, found");
        hanna.clickToLoad(By.linkText("Voornaam " + surname));
        hanna.awaitText("Toegangslogboek van deze cliënt");
        hanna.awaitText("subject-access lookup");
        check(hanna, "subject access, the client's own log");

        // the letter for the client is drafted and reviewed on a page of its own (SubjectAccessLetterUiIT)
        assertTrue(hanna.text().contains("Er is nog geen inzagebrief voor deze cliënt."), "no letter yet");
        hanna.find("export:json").click();
        String json = Files.readString(hanna.awaitDownload(".json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"Gesprek met " + surname + "\""), "the contact's note");
        assertTrue(json.contains("\"key\":\"access_log\""), "the client's access log");
        assertTrue(!json.contains("Buurman van " + surname), "the anonymous reporter is left out");
    }

    @Test
    void privacyOfficer_approvesTheDestructionList_afterConfirmingTheCheck() throws SQLException {
        String surname = TestData.unique("Oud");
        long client = Fixtures.closedFile(rootDb(), TEAM_CENTRUM, surname, LocalDate.of(1950, 2, 2),
                LocalDate.of(1998, 1, 5), LocalDate.of(1999, 1, 5));
        By tick = By.cssSelector("tr[data-rk='" + client + "'] .ui-chkbox-box");
        Browser hanna = browser();
        hanna.login("hanna.privacy", PASSWORD);
        hanna.clickToLoad("toRetention");
        hanna.awaitText("Voornaam " + surname);
        check(hanna, "destruction list");

        // issue 23: two people decide; first the file goes to the team lead of its team
        hanna.driver().findElement(tick).click();
        hanna.find("list:checked").click();
        hanna.clickToLoad("list:approve");
        hanna.awaitText("nog niet bevestigd door de teamleider");
        assertEquals(List.of(0L), numbers("SELECT COUNT(*) FROM destruction WHERE client_id = ?", client));
        hanna.clickToLoad("list:propose");
        hanna.awaitText("Voorgelegd aan de teamleider: 1 dossier(s).");
        check(hanna, "destruction list, put before the team lead");

        Browser julia = browser();
        julia.login("julia.centrum", PASSWORD);
        julia.open("/review/destruction.xhtml");
        julia.awaitText("Voornaam " + surname);
        check(julia, "destructions to confirm");
        julia.driver().findElement(By.cssSelector("button[aria-label='Bevestigen " + client + "']")).click();
        julia.awaitAjax();
        julia.awaitText("De vernietiging van dossier " + client + " is bevestigd.");

        hanna.open("/privacy/retention.xhtml");
        hanna.awaitText("bevestigd door julia.centrum");
        hanna.driver().findElement(tick).click();
        hanna.clickToLoad("list:approve");
        hanna.awaitText("Bevestig dat u de dossiers hebt gecontroleerd.");
        check(hanna, "destruction list, not checked");
        assertEquals(List.of(0L), numbers("SELECT COUNT(*) FROM destruction WHERE client_id = ?", client));

        // the ticked file stays ticked after the refusal: only the confirmation is missing
        hanna.find("list:checked").click();
        hanna.clickToLoad("list:approve");
        hanna.awaitText("Vernietigd: 1 dossier(s).");
        check(hanna, "destruction list, approved");
        assertEquals(List.of(1L), numbers("SELECT COUNT(*) FROM destruction WHERE client_id = ?", client));
        assertTrue(!hanna.text().contains(surname), "off the list");
    }

    @Test
    void anAdministratorWithoutASecondFactor_setsItUpBeforeAnythingElse() {
        String admin = TestData.unique("t.beheer");
        Fixtures.worker(rootDb(), admin, TEAM_CENTRUM, "FUNCTIONAL_ADMIN");
        Browser b = browser();
        b.login(admin, PASSWORD);
        assertTrue(b.url().contains("/account/second-factor.xhtml"), b.url());
        assertEquals("Tweestapsverificatie", b.title());
        check(b, "second factor set-up");
        assertTrue(b.driver().findElement(By.cssSelector(".qr svg path")).getAttribute("d").length() > 1000,
                "the QR code is drawn");
        String secret = b.find("secret").getText().replace(" ", "");
        b.type("secondFactor:code", Totp.code(secret, Totp.stepAt(Instant.now())));
        b.clickToLoad("secondFactor:enable");
        b.awaitText("Tweestapsverificatie staat aan.");
        check(b, "start page after the set-up");
    }

    @Test
    void otherRoles_getNoneOfThePrivacyPages() {
        Browser carla = browser();
        carla.login("carla.noord", PASSWORD);
        for (String page : List.of("/privacy/log.xhtml", "/privacy/subject.xhtml", "/privacy/retention.xhtml",
                "/privacy/letter.xhtml?letter=1")) {
            carla.open(page);
            assertEquals("Geen toegang", carla.title(), page);
        }
        Browser gerrit = browser();
        gerrit.login("gerrit.beheer", PASSWORD);
        gerrit.open("/privacy/subject.xhtml?client=1");
        assertEquals("Geen toegang", gerrit.title());
    }
}
