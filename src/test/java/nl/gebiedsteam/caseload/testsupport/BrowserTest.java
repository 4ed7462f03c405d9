package nl.gebiedsteam.caseload.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the browser tests: opens headless Chromium sessions against the deployed application,
 * closes them after each test, and checks each visited page with axe-core and for CSP violations.
 */
public abstract class BrowserTest {

    protected static final String PASSWORD = TestLogin.DEMO_PASSWORD;

    @ArquillianResource
    protected URL base;

    private final List<Browser> browsers = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void noProblemsYet() {
        problems.clear();
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
        browsers.clear();
    }

    /** A fresh browser session (own cookies), closed after the test. */
    protected Browser browser() {
        Browser browser = new Browser(base);
        browsers.add(browser);
        return browser;
    }

    /** axe-core (no serious or critical WCAG 2.1 AA finding) and CSP check of the page shown now. */
    protected void check(Browser browser, String page) {
        browser.accessibilityViolations().forEach(v -> problems.add(page + " axe " + v));
        browser.cspViolations().forEach(v -> problems.add(page + " CSP " + v));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The test database as root, for fixtures made from the test side. */
    protected static javax.sql.DataSource rootDb() {
        try {
            org.mariadb.jdbc.MariaDbDataSource root = new org.mariadb.jdbc.MariaDbDataSource(System.getProperty("test.db.url"));
            root.setUser("root");
            root.setPassword("");
            return root;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of a query on the test database, read from the test side (as root). */
    protected static List<Long> numbers(String sql, Object... parameters) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("test.db.url"), "root", "");
                PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<Long> numbers = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    numbers.add(result.getLong(1));
                }
            }
            return numbers;
        }
    }
}
