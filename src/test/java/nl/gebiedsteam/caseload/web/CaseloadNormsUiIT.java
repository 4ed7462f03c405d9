package nl.gebiedsteam.caseload.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.gebiedsteam.caseload.testsupport.Browser;
import nl.gebiedsteam.caseload.testsupport.BrowserTest;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import nl.gebiedsteam.caseload.testsupport.Fixtures;
import nl.gebiedsteam.caseload.testsupport.Sql;
import nl.gebiedsteam.caseload.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 25 in a real headless Chromium: carla.noord (team lead of the demo team Noord) weighs a pathway
 * on the file, sees the weighted caseload, the norms and the load on her overview, sets a worker's hours
 * by keyboard (a wrong value stays on screen with a message next to the field), and assigns the
 * longest-waiting client from the waiting list; a caseworker sees the weight but cannot change it. On a
 * worker and clients of its own, so the demo's numbers stay as they are. Each page checked with axe-core
 * and for CSP violations, in Dutch and once in English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseloadNormsUiIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void teamLead_weighsAPathway_setsHoursByKeyboard_andAssignsFromTheWaitingList() {
        String login = TestData.unique("t.norm");
        String name = "Test " + login;
        long worker = Fixtures.worker(rootDb(), login, TestData.TEAM_NOORD, "CASEWORKER");
        String surname = TestData.unique("Gewogen");
        long file = Fixtures.fileAwaitingPlanApproval(rootDb(), TestData.TEAM_NOORD, worker, surname);
        String waitingSurname = TestData.unique("Wachtend");
        long waiting = Sql.insert(rootDb(), "INSERT INTO client (given_names, surname, date_of_birth, gender, postcode, "
                + "area, area_team_id, status, purpose, legal_ground, version, created_at, created_by, modified_at, "
                + "modified_by) VALUES ('Wachtend', ?, '1990-02-02', 'FEMALE', '3861 QQ', 'Testwijk', ?, 'ACTIVE', "
                + "'ADDICTION_SUPPORT', 'WMO_2015', 1, NOW(), 't', NOW(), 't')", waitingSurname, TestData.TEAM_NOORD);
        Sql.insert(rootDb(), "INSERT INTO pathway (client_id, area_team_id, start_date, status, purpose, legal_ground, "
                + "version, created_at, created_by, modified_at, modified_by) VALUES (?, ?, CURDATE() - INTERVAL 400 DAY, "
                + "'REGISTERED', 'ADDICTION_SUPPORT', 'WMO_2015', 1, NOW(), 't', NOW(), 't')", waiting, TestData.TEAM_NOORD);
        // as the services keep them; the report's cross-check reads the whole database afterwards
        Fixtures.refreshClientFirsts(rootDb(), waiting);

        // the weight, on the file: the team lead chooses it
        Browser carla = browser();
        carla.login("carla.noord", PASSWORD);
        carla.open("/client/view.xhtml?id=" + file);
        assertEquals("midden (1 punt)", carla.find("pathwayWeight").getText(), "every pathway starts medium");
        new Select(carla.find("weightForm:weight")).selectByVisibleText("zwaar (2 punten)");
        carla.find("weightForm:saveWeight").sendKeys(Keys.ENTER);
        carla.awaitText("Zwaarte opgeslagen.");
        assertEquals("zwaar (2 punten)", carla.find("pathwayWeight").getText());
        check(carla, "file with the weight form");

        // the overview: weighted caseload, norm and load per worker, and the waiting list
        carla.open("/review/overview.xhtml");
        carla.awaitText("Wachtlijst");
        String page = carla.text();
        for (String shown : List.of("Gewogen", "Norm (punten)", "Belasting", "geen norm", "punten per fte van 36 uur",
                "Thijs van Ginkel", "Stefan Hoekstra")) {
            assertTrue(page.contains(shown), shown + " on the overview:\n" + page);
        }
        assertEquals("2", cell(carla, name, "weighted"), "one heavy pathway");
        assertEquals("geen norm", cell(carla, name, "norm"));
        List<WebElement> waitingRows = carla.driver().findElements(By.cssSelector("#waitingTable tbody tr"));
        assertTrue(waitingRows.get(0).getText().startsWith("Wachtend " + waitingSurname), "longest waiting first");
        // 400 days before the database's date, which may lie a day behind the Dutch one just after midnight
        assertTrue(waitingRows.get(0).getText().matches("(?s).* 40[01] .*"), waitingRows.get(0).getText());
        check(carla, "team overview with norms and the waiting list");

        // hours by keyboard: a wrong value stays, with its message next to the field; then a right one
        WebElement hours = hoursField(carla, name);
        hours.sendKeys(Keys.chord(Keys.CONTROL, "a"), "50", Keys.TAB);
        assertTrue(carla.driver().switchTo().activeElement().getAttribute("id").endsWith(":saveHours"),
                "Tab goes from the hours to their button");
        carla.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        carla.awaitAjax();
        carla.awaitText("Vul een aantal uren tussen 1 en 40 in");
        assertEquals("50", hoursField(carla, name).getAttribute("value"), "nothing typed is lost");
        WebElement message = carla.driver().findElement(By.xpath("//table[@id='normTable']//tr[th[. = '" + name
                + "']]//*[contains(@class, 'field-message')]"));
        assertTrue(message.getText().contains("tussen 1 en 40"), "the message stands next to the field");
        check(carla, "norms with a refused value");
        hoursField(carla, name).sendKeys(Keys.chord(Keys.CONTROL, "a"), "18", Keys.TAB);
        carla.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        carla.awaitText("Norm van " + name + " opgeslagen.");
        assertEquals("22,5", cell(carla, name, "norm"), "18 of 36 hours × the demo team's 45 points per FTE");
        assertEquals("9 %", cell(carla, name, "load"), "2 of 22.5 points");

        // assign from the waiting list: the reassignment form opens with the client already chosen
        carla.driver().findElement(By.xpath("//table[@id='waitingTable']//tr[th[contains(., '" + waitingSurname
                + "')]]//a[contains(@id, ':assign')]")).sendKeys(Keys.ENTER);
        carla.awaitAjax();
        carla.awaitText("Geselecteerde cliënten overdragen");
        new Select(carla.find("drill:to")).selectByVisibleText(name);
        carla.type("drill:reason", "Eerste toewijzing");
        carla.type("drill:handover", "Wacht al lang; eerst een kennismakingsgesprek plannen.");
        carla.find("drill:reassign").click();
        carla.awaitText(" overgedragen.");
        assertTrue(carla.driver().findElements(By.xpath("//table[@id='waitingTable']//tr[th[contains(., '"
                + waitingSurname + "')]]")).isEmpty(), "assigned: off the waiting list");
        check(carla, "team overview after assigning from the waiting list");

        carla.clickToLoad("languageForm:switchLanguage");
        carla.awaitText("Waiting list");
        String english = carla.text();
        for (String shown : List.of("Weighted", "Norm (points)", "Load", "no norm", "points per FTE of 36 hours",
                "Days waiting")) {
            assertTrue(english.contains(shown), shown + " on the English overview:\n" + english);
        }
        check(carla, "team overview in English");

        // a caseworker of the team sees the weight, without a way to change it
        Browser anna = browser();
        anna.login("anna.noord", PASSWORD);
        anna.open("/client/view.xhtml?id=" + file);
        assertEquals("zwaar (2 punten)", anna.find("pathwayWeight").getText());
        assertTrue(anna.driver().findElements(By.id("weightForm:weight")).isEmpty(), "read-only for a caseworker");
    }

    private static WebElement hoursField(Browser browser, String name) {
        return browser.driver().findElement(By.xpath("//table[@id='normTable']//tr[th[. = '" + name + "']]//input"));
    }

    private static String cell(Browser browser, String name, String column) {
        return browser.driver().findElement(By.xpath("//table[@id='teamTable']//tr[th[contains(., '" + name
                + "')]]/td[contains(@class, '" + column + "')]")).getText().strip();
    }
}
