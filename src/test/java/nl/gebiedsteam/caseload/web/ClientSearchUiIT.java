package nl.gebiedsteam.caseload.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Usability review #64 in a real headless Chromium: after a search in the client list, opening a
 * client and going Back (or reloading) shows the same search and the same clients, while the
 * search never appears in the URL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClientSearchUiIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void back_andReload_keepTheSearch_withoutItInTheUrl() {
        Browser anna = browser();
        anna.login("anna.noord", PASSWORD);
        anna.open("/client/list.xhtml");
        anna.type("list:name", "Hendriks");
        anna.find("list:search").click();
        anna.awaitAjax();
        // narrowed by the status of the first one found, so the search has two fields to keep
        String status = anna.driver().findElement(By.cssSelector("#list\\:clients tbody tr td:nth-child(4)")).getText();
        new Select(anna.find("list:status")).selectByVisibleText(status);
        anna.find("list:search").click();
        anna.awaitAjax();
        List<String> found = names(anna);
        assertFalse(found.isEmpty(), "the demo has a Hendriks");

        anna.clickToLoad(By.cssSelector("a.client-link"));
        anna.driver().navigate().back();
        anna.awaitLoaded();
        assertEquals("Hendriks", anna.find("list:name").getDomProperty("value"));
        assertEquals(status, new Select(anna.find("list:status")).getFirstSelectedOption().getText());
        assertEquals(found, names(anna), "the same clients");
        assertFalse(anna.url().contains("Hendriks"), "a name never goes into the URL: " + anna.url());

        anna.driver().navigate().refresh();
        anna.awaitLoaded();
        assertEquals("Hendriks", anna.find("list:name").getDomProperty("value"), "a reload keeps it too");
        check(anna, "client list after Back");

        anna.open("/client/list.xhtml?q=Jansen");
        assertEquals("Jansen", anna.find("list:name").getDomProperty("value"), "the start page's quick search");
        assertTrue(new Select(anna.find("list:status")).getFirstSelectedOption().getText().equals(
                new Select(anna.find("list:status")).getOptions().get(0).getText()), "starts a new search");
    }

    private static List<String> names(Browser browser) {
        return browser.driver().findElements(By.cssSelector("a.client-link")).stream().map(WebElement::getText)
                .toList();
    }
}
