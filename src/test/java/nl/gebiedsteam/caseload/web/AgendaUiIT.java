package nl.gebiedsteam.caseload.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.gebiedsteam.caseload.testsupport.Browser;
import nl.gebiedsteam.caseload.testsupport.BrowserTest;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 25 in a real headless Chromium: anna.noord's demo agenda. Yesterday's home visit with Emma
 * Hendriks waits on Mijn werk, is recorded as held by keyboard and appears on her file as a
 * contact; a new appointment is planned by keyboard (a missing time is named next to its field and
 * nothing typed is lost) and moved; the calendar download holds initials only; carla.noord sees the team's
 * week; the page in English. Every page is checked with axe-core and for CSP violations.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgendaUiIT extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void yesterdaysVisit_isDealtWithByKeyboard_andBecomesAContactOnTheFile() {
        Browser anna = browser();
        anna.login("anna.noord", PASSWORD);
        String work = anna.find("appointments").getText();
        assertTrue(work.contains("Huisbezoek") && work.contains("Emma Hendriks"), work);
        anna.clickToLoad("toAgenda");
        assertEquals("Mijn agenda", anna.title());
        check(anna, "my agenda, this week");

        anna.open("/agenda/my.xhtml?view=day&date=" + TODAY.minusDays(1));
        assertTrue(anna.text().contains("Nog afhandelen"), anna.text());
        anna.driver().findElement(By.cssSelector("button[title='Afhandelen Emma Hendriks']")).sendKeys(Keys.ENTER);
        anna.awaitAjax();
        anna.type("end:note", "Emma liet de nieuwe dagbesteding zien.");
        check(anna, "dealing with an appointment");
        anna.find("end:held").sendKeys(Keys.ENTER);
        anna.awaitText("De afspraak is vastgelegd als contact.");
        assertTrue(anna.find("agenda").getText().contains("Gehouden"));

        anna.open("/client/view.xhtml?id=21");
        assertTrue(anna.text().contains("Emma liet de nieuwe dagbesteding zien."), "the contact is on the file");
    }

    @Test
    void anAppointmentIsPlannedByKeyboard_andAMissingTimeIsNamedAtItsField() throws Exception {
        Browser anna = browser();
        anna.login("anna.noord", PASSWORD);
        anna.open("/client/view.xhtml?id=21");
        anna.clickToLoad("agendaLink");
        assertEquals("Emma Hendriks", new Select(anna.find("plan:client")).getFirstSelectedOption().getText(),
                "planned from the file: the client is chosen");
        anna.find("plan:day").clear();
        anna.type("plan:day", TODAY.plusDays(1).format(DAY));
        anna.type("plan:place", "Buurthuis De Schakel");
        new Select(anna.find("plan:kind")).selectByVisibleText("Telefonisch");
        anna.find("plan:save").sendKeys(Keys.ENTER);
        anna.awaitAjax();
        assertTrue(anna.find("plan").getText().contains("Begintijd"), "a message at the time field");
        assertEquals("Buurthuis De Schakel", anna.find("plan:place").getDomProperty("value"), "nothing typed is lost");
        check(anna, "planning refused");

        anna.type("plan:time", "10:15");
        anna.find("plan:save").sendKeys(Keys.ENTER);
        anna.awaitText("De afspraak staat in uw agenda.");
        anna.open("/agenda/my.xhtml?view=day&date=" + TODAY.plusDays(1));
        String day = anna.find("agenda").getText();
        assertTrue(day.contains("10:15") && day.contains("Buurthuis De Schakel"), day);

        // moved to later the same day, by keyboard
        anna.driver().findElement(By.cssSelector("button[title='Afhandelen Emma Hendriks']")).sendKeys(Keys.ENTER);
        anna.awaitAjax();
        anna.type("end:moveTime", "11:45");
        anna.find("end:move").sendKeys(Keys.ENTER);
        anna.awaitText("De afspraak is verplaatst.");
        String moved = anna.find("agenda").getText();
        assertTrue(moved.contains("11:45") && !moved.contains("10:15"), moved);
        check(anna, "appointment moved");

        anna.driver().findElement(By.id("calendar")).click();
        String ics = Files.readString(anna.awaitDownload(".ics"), StandardCharsets.UTF_8);
        assertTrue(ics.contains("SUMMARY:Telefonisch – E.H."), ics);
        assertFalse(ics.contains("Emma") || ics.contains("Hendriks") || ics.contains("Schakel"), ics);
    }

    @Test
    void theTeamLead_seesTheTeamsWeek_inDutchAndEnglish() {
        Browser carla = browser();
        carla.login("carla.noord", PASSWORD);
        carla.open("/agenda/my.xhtml?scope=team&date=" + TODAY.plusDays(1));
        assertEquals("Agenda van het team", carla.title());
        String week = carla.find("agenda").getText();
        assertTrue(week.contains("Kevin") && week.contains("Bram"), "bram.noord's appointment with Kevin: " + week);
        check(carla, "team agenda");
        carla.clickToLoad("languageForm:switchLanguage");
        assertEquals("The team's agenda", carla.title());
        assertTrue(carla.text().contains("Plan an appointment"), carla.text());
        check(carla, "team agenda in English");
        carla.clickToLoad("languageForm:switchLanguage");
    }
}
