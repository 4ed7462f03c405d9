package nl.gebiedsteam.caseload.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.gebiedsteam.caseload.testsupport.Browser;
import nl.gebiedsteam.caseload.testsupport.BrowserTest;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 24 in a real headless Chromium: the demo's journal notes of Emma Hendriks (client 21), read
 * by her responsible caseworker and by a colleague of the same team; writing one, keyboard only;
 * a refusal keeps what was typed. Every page checked with axe-core and for CSP violations.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JournalNoteUiIT extends BrowserTest {

    private static final long EMMA = 21;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theResponsibleCaseworker_readsEveryLevel_aColleagueOnlyTheTeamNote() {
        Browser anna = browser();
        anna.login("anna.noord", PASSWORD);
        anna.open("/client/view.xhtml?id=" + EMMA);
        anna.clickToLoad("notesLink");
        assertEquals("Notities", anna.title());
        String annaSees = anna.text();
        assertTrue(annaSees.contains("liever op dinsdagochtend"), annaSees);
        assertTrue(annaSees.contains("schulden bij familie"));
        assertTrue(annaSees.contains("De buurvrouw die het signaal gaf"));
        assertTrue(annaSees.contains("Vertrouwelijk – melder beschermd"), "the level is shown");
        check(anna, "journal notes, all levels");

        Browser bram = browser();
        bram.login("bram.noord", PASSWORD);
        bram.open("/client/notes.xhtml?id=" + EMMA);
        String bramSees = bram.text();
        assertTrue(bramSees.contains("liever op dinsdagochtend"), bramSees);
        assertFalse(bramSees.contains("schulden bij familie") || bramSees.contains("buurvrouw"),
                "a colleague who is not responsible reads only the team note");
        bram.open("/client/view.xhtml?id=" + EMMA);
        assertFalse(bram.text().contains("schulden bij familie"), "nor on the timeline");
        check(bram, "the file, as a colleague");
    }

    @Test
    void aNoteIsWrittenByKeyboard_andARefusalKeepsWhatWasTyped() {
        Browser bram = browser();
        bram.login("bram.noord", PASSWORD);
        bram.open("/client/notes.xhtml?id=" + EMMA);
        String text = "Emma belde om de afspraak te verzetten " + System.nanoTime();
        bram.type("note:text", text);
        // a level only the responsible caseworker may write: refused next to the field, text kept
        new Select(bram.find("note:level")).selectByVisibleText("Regisseur en teamleider");
        bram.find("note:save").sendKeys(Keys.ENTER);
        bram.awaitAjax();
        bram.awaitText("Alleen de regisseur en de teamleider kunnen een notitie op dit niveau schrijven.");
        assertEquals(text, bram.find("note:text").getAttribute("value"), "nothing typed is lost");
        check(bram, "journal note refused");

        new Select(bram.find("note:level")).selectByVisibleText("Team");
        bram.find("note:save").sendKeys(Keys.ENTER);
        bram.awaitAjax();
        bram.awaitText("De notitie is opgeslagen.");
        assertTrue(bram.find("list:notes").getText().contains(text), "listed at once");
    }
}
