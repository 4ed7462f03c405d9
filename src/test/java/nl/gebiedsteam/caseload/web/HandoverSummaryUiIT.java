package nl.gebiedsteam.caseload.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.gebiedsteam.caseload.testsupport.Browser;
import nl.gebiedsteam.caseload.testsupport.BrowserTest;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 24, part 3, in a real headless Chromium: the handover summary of Emma Hendriks (client 21),
 * reached from her file by her responsible caseworker and opened by a colleague; the print button
 * works under the strict CSP and the paper shows neither navigation nor buttons. Each page checked
 * with axe-core and for CSP violations.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HandoverSummaryUiIT extends BrowserTest {

    private static final long EMMA = 21;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theResponsibleCaseworker_printsTheSummaryFromTheFile() throws Exception {
        Browser anna = browser();
        anna.login("anna.noord", PASSWORD);
        anna.open("/client/view.xhtml?id=" + EMMA);
        anna.clickToLoad("handoverLink");
        assertEquals("Overdrachtsverslag", anna.title());
        String annaSees = anna.text();
        assertTrue(annaSees.contains("schulden bij familie"), annaSees);
        assertTrue(annaSees.contains("Regisseur en teamleider"), "the note's level is shown");
        assertFalse(annaSees.contains("alleen voor de regisseur en de teamleider"), "she sees the measures themselves");
        for (String section : List.of("Persoonsgegevens", "Traject en plan", "Lopende verwijzingen",
                "Lopende maatregelen", "Laatste contacten", "Laatste notities")) {
            assertTrue(annaSees.contains(section), section);
        }
        assertTrue(annaSees.matches("(?s).*afgedrukt op \\d{2}-\\d{2}-\\d{4}.*"), "the print date, dd-MM-yyyy");
        check(anna, "handover summary, responsible caseworker");

        // the button calls the browser's print through the script file; the dialog itself is stubbed
        JavascriptExecutor js = (JavascriptExecutor) anna.driver();
        js.executeScript("window.printed = 0; window.print = function () { window.printed++; };");
        anna.find("printButton").click();
        assertEquals(1L, js.executeScript("return window.printed;"), "Afdrukken opens the print dialog");
        check(anna, "handover summary after the print button");

        anna.devTools("Emulation.setEmulatedMedia", Map.of("media", "print"));
        for (String hidden : List.of(".app-header", ".file-links", ".print-actions")) {
            assertEquals("none", js.executeScript("return getComputedStyle(document.querySelector(arguments[0]))"
                    + ".display", hidden), hidden + " is not printed");
        }
        assertFalse(anna.find("printButton").isDisplayed(), "the button is not printed");
        assertTrue(anna.find("notes").isDisplayed(), "the summary is");
        anna.devTools("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    @Test
    void aColleague_getsTheTeamNotes_andOneLineForTheMeasures() {
        Browser bram = browser();
        bram.login("bram.noord", PASSWORD);
        bram.open("/client/handover.xhtml?id=" + EMMA);
        assertEquals("Overdrachtsverslag", bram.title());
        String bramSees = bram.text();
        assertTrue(bramSees.contains("liever op dinsdagochtend"), bramSees);
        assertFalse(bramSees.contains("schulden bij familie") || bramSees.contains("buurvrouw"),
                "a colleague who is not responsible reads only the team notes");
        assertTrue(bramSees.contains("Maatregelen: alleen voor de regisseur en de teamleider"), bramSees);
        assertFalse(bramSees.contains("Lopende maatregelen"), "no measures section");
        check(bram, "handover summary, colleague");
    }
}
