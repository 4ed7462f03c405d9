package nl.gebiedsteam.caseload.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium session. Driver and browser binaries are named explicitly, so
 * Selenium never tries to download anything. Also runs axe-core on the current page and reads the
 * console for Content-Security-Policy violations. Downloads land in a directory of its own.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path downloads;

    public Browser(URL base) {
        // the server reports its external interface; the tests only ever talk to loopback
        String url = base.toExternalForm().replaceFirst("//[^/:]+", "//127.0.0.1");
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        try {
            downloads = Files.createTempDirectory("caseload-downloads");
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--lang=nl-NL", "--window-size=1280,1024",
                    "--user-data-dir=" + Files.createTempDirectory("caseload-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        driver = new ChromeDriver(service, options);
        // headless Chromium only saves downloads when told where, also through DevTools
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                downloads.toString()));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** A Chrome DevTools command: screen size and media emulation, for the layout tests. */
    public void devTools(String command, java.util.Map<String, Object> parameters) {
        driver.executeCdpCommand(command, parameters);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    public String text() {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (org.openqa.selenium.WebDriverException pageWasReplaced) {
            awaitLoaded();
            return driver.findElement(By.tagName("body")).getText();
        }
    }

    public String title() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public void type(String id, String value) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(value);
    }

    public void login(String loginName, String password) {
        open("/login.xhtml");
        type("login:loginName", loginName);
        type("login:password", password);
        String code = TestTotp.codeFor(loginName);
        if (code != null) {
            type("login:code", code);
        }
        clickToLoad(By.id("login:submit"));
    }

    /**
     * Clicks a link or a non-AJAX button and waits for the page it loads. Right after the click the
     * old page still reads as loaded, so first wait until the clicked element is gone with it.
     */
    public void clickToLoad(By by) {
        WebElement clicked = driver.findElement(by);
        clicked.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                clicked.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        awaitLoaded();
    }

    public void clickToLoad(String id) {
        clickToLoad(By.id(id));
    }

    public void awaitLoaded() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState;")));
    }

    /** Waits until PrimeFaces and jQuery have no AJAX request in flight. */
    public void awaitAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());"));
    }

    public void awaitText(String expected) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> text().contains(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("'" + expected + "' not shown on " + url() + ":\n" + text() + "\n" + state(), e);
        }
    }

    /**
     * What the page text does not show, for a failure message: the values in the text fields (typed
     * input lost to a re-render shows as empty fields) and the browser console (a failed AJAX request
     * is logged there, not on the page).
     */
    private String state() {
        try {
            String fields = driver.findElements(By.cssSelector("input[type='text'], input:not([type]), textarea"))
                    .stream().filter(WebElement::isDisplayed)
                    .map(f -> f.getDomAttribute("id") + "=" + f.getDomProperty("value"))
                    .collect(Collectors.joining(", "));
            String console = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                    .collect(Collectors.joining("\n  "));
            return "fields: " + fields + "\nconsole:\n  " + console;
        } catch (org.openqa.selenium.WebDriverException changedMeanwhile) {
            return "fields and console not readable: " + changedMeanwhile.getClass().getSimpleName();
        }
    }

    /** The first completed download whose name ends with {@code suffix}, waiting up to 30 seconds for it. */
    public Path awaitDownload(String suffix) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
                try (var files = Files.list(downloads)) {
                    return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no " + suffix + " download in " + downloads, e);
        }
    }

    /** Serious and critical axe-core findings on the current page (empty is good). */
    public List<String> accessibilityViolations() {
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ') + ' (' + n.failureSummary + ')').join(', '))))"
                        + ".catch(e => done(['axe failed: ' + e]));");
        return found;
    }

    /** Console lines reporting a Content-Security-Policy violation since the last call. */
    public List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .collect(Collectors.toList());
    }

    private static String axeSource() {
        try {
            return Files.readString(Path.of(System.getProperty("axe.script", "target/axe/node_modules/axe-core/axe.min.js")));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core missing: the build installs it with npm before the tests", e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
