package nl.gebiedsteam.caseload.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;

/**
 * Issue 25, the usability sweep (findings of ux-review.md), in a real headless Chromium: favicon
 * (#62), the menu's current page and the file's heading (#57), visible keyboard focus (#41), the
 * flag's colon (#60), the report's download buttons (#61), the login card (#59), checkboxes in a
 * form (#58) and the weak-password message beside its field (#53). Each page checked with axe-core
 * and for CSP violations.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UsabilitySweepUiIT extends BrowserTest {

    private static final long EMMA = 21;
    /** The header's dark blue: the focus outline, 10:1 against white. */
    private static final String FOCUS_BLUE = "rgb(11, 61, 145)";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void favicon_isLinkedAndServed_withoutAnyPageLogging404() throws Exception {
        Browser b = browser();
        b.open("/login.xhtml");
        String icon = b.driver().findElement(By.cssSelector("link[rel='icon']")).getDomProperty("href");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> svg = http.send(HttpRequest.newBuilder(URI.create(icon.replaceFirst("//[^/:]+", "//127.0.0.1")))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, svg.statusCode(), icon);
        assertTrue(svg.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"), svg.headers().toString());
        String root = b.url().replaceFirst("/login\\.xhtml.*", "");
        HttpResponse<byte[]> ico = http.send(HttpRequest.newBuilder(URI.create(root + "/favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, ico.statusCode(), "/favicon.ico, for browsers that ask for it without reading the page");
        assertEquals(List.of(0, 0, 1, 0), List.of((int) ico.body()[0], (int) ico.body()[1], (int) ico.body()[2],
                (int) ico.body()[3]), "an icon file");

        b.login("anna.noord", PASSWORD);
        b.open("/client/list.xhtml");
        List<String> notFound = b.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(e -> e.getMessage()).filter(m -> m.contains("404")).toList();
        assertTrue(notFound.isEmpty(), "no 404 in the console: " + notFound);
        check(b, "client list, favicon");
    }

    @Test
    void menu_marksTheCurrentPage_andTheFileNamesItsClient() {
        Browser b = browser();
        b.login("anna.noord", PASSWORD);
        assertEquals(List.of("Start"), current(b), "the start page");
        b.open("/client/list.xhtml");
        assertEquals(List.of("Cliënten"), current(b));
        WebElement marked = b.driver().findElement(By.cssSelector(".app-nav a[aria-current='page']"));
        assertEquals("700", marked.getCssValue("font-weight"), "visible too, not only to a screen reader");
        assertTrue(marked.getCssValue("border-bottom-width").startsWith("3"), marked.getCssValue("border-bottom-width"));
        check(b, "client list, current page");
        b.open("/client/edit.xhtml");
        assertEquals(List.of("Cliënt registreren"), current(b));
        b.open("/client/edit.xhtml?id=" + EMMA);
        assertEquals(List.of(), current(b), "editing a client is not registering one");

        b.open("/client/view.xhtml?id=" + EMMA);
        WebElement heading = b.driver().findElement(By.tagName("h1"));
        assertEquals("Emma Hendriks", b.find("clientName").getText());
        assertTrue(heading.getText().startsWith("DOSSIER") || heading.getText().startsWith("Dossier"), heading.getText());
        assertTrue(heading.getText().contains("Emma Hendriks"), "the heading names whose file this is");
        assertEquals(1, b.driver().findElements(By.tagName("h1")).size());
        check(b, "client file, heading");
    }

    @Test
    void keyboardFocus_isAThickDarkOutline_onFieldsCheckboxesAndButtons() {
        Browser b = browser();
        b.open("/login.xhtml");
        b.find("login:loginName").click();
        b.find("login:loginName").sendKeys(Keys.TAB);
        assertFocusRing(b, "login:password");
        b.find("login:password").sendKeys(Keys.TAB);
        b.find("login:code").sendKeys(Keys.TAB);
        assertFocusRing(b, "login:submit");
        check(b, "login, focus on the button");

        b.login("anna.noord", PASSWORD);
        b.open("/client/edit.xhtml");
        // every text field of the form: none may fall back to the theme's pale ring
        List<WebElement> fields = b.driver().findElements(By.cssSelector("#main input[type=text]"));
        assertFalse(fields.isEmpty());
        for (WebElement field : fields) {
            ((JavascriptExecutor) b.driver()).executeScript("arguments[0].focus();", field);
            assertEquals("solid", field.getCssValue("outline-style"), field.getDomAttribute("id"));
            assertEquals("3px", field.getCssValue("outline-width"), field.getDomAttribute("id"));
        }
        check(b, "register client, focus");

        // a native checkbox, reached by Tab from the field before it
        b.open("/signal/edit.xhtml");
        List<WebElement> focusable = b.driver().findElements(By.cssSelector("#signal input:not([type=hidden]), #signal select, #signal textarea"));
        int at = focusable.indexOf(b.find("signal:anonymous"));
        ((JavascriptExecutor) b.driver()).executeScript("arguments[0].focus();", focusable.get(at - 1));
        b.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertFocusRing(b, "signal:anonymous");
        check(b, "signal form, focus on a checkbox");
    }

    @Test
    void layout_flagColon_downloadButtons_loginCard_andCheckboxes() throws Exception {
        Browser lead = browser();
        lead.login("carla.noord", PASSWORD);
        List<Long> flagged = numbers("SELECT f.client_id FROM client_flag f JOIN client c ON c.id = f.client_id "
                + "JOIN worker w ON w.area_team_id = c.area_team_id WHERE f.kind = 'COMBINED_OBSERVATIONS' "
                + "AND f.resolved_at IS NULL AND NOT c.voided AND w.login_name = 'carla.noord' ORDER BY f.client_id");
        if (!flagged.isEmpty()) {
            lead.open("/client/view.xhtml?id=" + flagged.get(0));
            String flag = lead.driver().findElement(By.cssSelector("#flagForm .flag")).getText();
            assertTrue(flag.startsWith("Gecombineerde signalen:"), "no space before the colon: " + flag);
            check(lead, "client file with a combined-observations flag");
        }

        lead.open("/report/annual.xhtml");
        WebElement csv = lead.find("export:csv");
        WebElement xlsx = lead.find("export:xlsx");
        WebElement pdf = lead.find("export:pdf");
        assertTrue(xlsx.getRect().getX() - (csv.getRect().getX() + csv.getRect().getWidth()) >= 8, "CSV and XLSX apart");
        assertTrue(pdf.getRect().getX() - (xlsx.getRect().getX() + xlsx.getRect().getWidth()) >= 8, "XLSX and PDF apart");
        check(lead, "report, download buttons");

        Browser visitor = browser();
        for (int width : new int[] {1280, 390}) {
            visitor.devTools("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                    "deviceScaleFactor", 1, "mobile", width < 400));
            visitor.open("/login.xhtml");
            WebElement card = visitor.find("login");
            int cardRight = card.getRect().getX() + card.getRect().getWidth();
            for (String field : List.of("login:loginName", "login:password", "login:code")) {
                WebElement input = visitor.find(field);
                assertTrue(input.getRect().getX() + input.getRect().getWidth() <= cardRight,
                        field + " inside the card at " + width + " px");
            }
        }
        check(visitor, "login card");

        Browser anna = browser();
        anna.login("anna.noord", PASSWORD);
        anna.open("/signal/edit.xhtml");
        WebElement anonymous = anna.find("signal:anonymous");
        assertTrue(anonymous.getRect().getWidth() < 40, "a checkbox keeps its size: " + anonymous.getRect().getWidth());
        WebElement label = anna.driver().findElement(By.cssSelector("label[for='signal:anonymous']"));
        assertTrue(anonymous.getRect().getX() - (label.getRect().getX() + label.getRect().getWidth()) < 200,
                "the checkbox stands at the start of its column, next to the label");
        check(anna, "signal form, checkbox");
    }

    @Test
    void weakPassword_isReportedBesideTheField_whichIsMarkedInvalid() {
        Browser b = browser();
        b.login("bram.noord", PASSWORD);
        b.open("/account/password.xhtml");
        b.type("password:current", PASSWORD);
        b.type("password:replacement", "kort");
        b.type("password:repeat", "kort");
        b.clickToLoad("password:save");
        WebElement replacement = b.find("password:replacement");
        assertEquals("true", replacement.getDomAttribute("aria-invalid"), "the field is marked");
        String beside = b.driver().findElement(By.cssSelector("[id='password:replacement'] ~ .field-message")).getText();
        assertTrue(beside.contains("minstens"), "the message beside the field: " + beside);
        assertTrue(b.driver().findElements(By.cssSelector("ul.messages li")).isEmpty(), "not (only) at the top");
        assertFalse("true".equals(b.find("password:current").getDomAttribute("aria-invalid")));
        check(b, "password page, weak password");

        b.type("password:current", "not-my-password");
        b.type("password:replacement", "een-lang-genoeg-wachtwoord");
        b.type("password:repeat", "een-lang-genoeg-wachtwoord");
        b.clickToLoad("password:save");
        assertEquals("true", b.find("password:current").getDomAttribute("aria-invalid"), "a wrong current password");
        check(b, "password page, wrong current password");
    }

    private static void assertFocusRing(Browser b, String id) {
        WebElement focused = b.driver().switchTo().activeElement();
        assertEquals(id, focused.getDomAttribute("id"), "Tab reaches " + id);
        assertEquals("solid", focused.getCssValue("outline-style"), id);
        assertEquals("3px", focused.getCssValue("outline-width"), id);
        assertEquals(FOCUS_BLUE, focused.getCssValue("outline-color").replace("rgba(11, 61, 145, 1)", FOCUS_BLUE), id);
    }

    private static List<String> current(Browser b) {
        return b.driver().findElements(By.cssSelector(".app-nav a[aria-current='page']")).stream()
                .map(WebElement::getText).toList();
    }
}
