package nl.gebiedsteam.caseload.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import nl.gebiedsteam.caseload.testsupport.Sql;
import nl.gebiedsteam.caseload.testsupport.TestLogin;
import nl.gebiedsteam.caseload.testsupport.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13, what reaches the application over HTTP: malformed and hostile requests get a 4xx
 * answer with our own page (never a 500, the platform's page or an echo), one strict CSP, a
 * secure cookie behind a TLS proxy, and roles that hold under concurrent sessions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestHardeningIT {

    /** Every page with an id-like view parameter, and whether it needs the parameter. */
    private static final Map<String, Boolean> ID_PAGES = Map.of(
            "client/view.xhtml?id=", true, "client/referrals.xhtml?id=", true, "client/substance.xhtml?id=", true,
            "client/measures.xhtml?id=", true, "client/plan.xhtml?pathway=", true, "client/intake.xhtml?pathway=", true,
            "signal/view.xhtml?id=", true, "client/edit.xhtml?id=", false, "client/edit.xhtml?signal=", false,
            "signal/edit.xhtml?client=", false);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void badIds_get400_missingIds_get404_neverA500() throws Exception {
        WebClient web = new WebClient(base.toURI()).loggedInAs("carla.noord");
        for (var page : ID_PAGES.entrySet()) {
            for (String bad : List.of("abc", "99999999999999999999", "1%27%20OR%201=1", "1.5")) {
                assertErrorPage(400, web.get(page.getKey() + bad));
            }
            assertErrorPage(404, web.get(page.getKey() + "987654321"));
            if (page.getValue()) {
                String bare = page.getKey().substring(0, page.getKey().indexOf('?'));
                assertErrorPage(404, web.get(bare));
            }
        }
    }

    @Test
    void getWithAViewState_oversizedOrUnmeasuredPosts_andOtherMethods_get4xx() throws Exception {
        WebClient web = new WebClient(base.toURI()).loggedInAs("carla.noord");
        assertErrorPage(400, web.get("index.xhtml?jakarta.faces.ViewState=1:2"));
        assertErrorPage(400, web.get("client/view.xhtml?id=1&jakarta.faces.ViewState=stateless"));

        // over the application's 1 MB (under the container's own 2 MB limit for form posts, which it reads first)
        String big = "q=" + "x".repeat(1_500_000);
        assertErrorPage(413, web.send(web.request("client/list.xhtml").header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(big))));
        assertErrorPage(411, web.send(web.request("client/list.xhtml").header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream("q=x".getBytes())))));
        for (String method : List.of("PUT", "DELETE", "OPTIONS", "PATCH", "FOO")) {
            HttpResponse<String> answer = web.send(web.request("index.xhtml").method(method,
                    HttpRequest.BodyPublishers.noBody()));
            if (answer.statusCode() == 400) {
                // Grizzly refuses a PATCH without a body itself, before the application: an empty answer
                assertEquals("", answer.body(), method);
            } else {
                assertErrorPage(405, answer);
            }
        }
    }

    @Test
    void noResponseNamesThePlatform() throws Exception {
        WebClient web = new WebClient(base.toURI());
        List<HttpResponse<String>> answers = new ArrayList<>(List.of(web.get("login.xhtml"), web.get("nope.xhtml"),
                web.send(web.request("login.xhtml").method("FOO", HttpRequest.BodyPublishers.noBody())),
                web.send(web.request("login.xhtml").method("TRACE", HttpRequest.BodyPublishers.noBody()))));
        web.loggedInAs("anna.noord");
        answers.add(web.get("client/view.xhtml?id=abc"));
        answers.add(web.get("review/overview.xhtml"));
        for (HttpResponse<String> answer : answers) {
            String text = answer.headers().map() + answer.body();
            for (String platform : List.of("Payara", "GlassFish", "Grizzly")) {
                assertFalse(text.contains(platform), answer.uri() + " " + answer.statusCode() + " names " + platform);
            }
            assertTrue(answer.headers().firstValue("Server").isEmpty(), "Server header on " + answer.uri());
        }
    }

    /**
     * Issue 23: the server's own endpoints tell outsiders nothing: no metrics (connection pools,
     * memory, request counts) and no API description; liveness and readiness only say UP.
     */
    @Test
    void platformEndpoints_showNoDetails() throws Exception {
        WebClient server = new WebClient(base.toURI().resolve("/"));
        for (String path : List.of("metrics", "metrics/base", "openapi")) {
            HttpResponse<String> answer = server.get(path);
            assertFalse(answer.statusCode() == 200, path + " answers " + answer.statusCode() + ": "
                    + answer.body().substring(0, Math.min(200, answer.body().length())));
        }
        for (String path : List.of("health/live", "health/ready")) {
            HttpResponse<String> answer = server.get(path);
            assertFalse(answer.body().contains("\"data\""), path + " shows details: " + answer.body());
        }
    }

    @Test
    void forgedAjaxNonce_isNotEchoed() throws Exception {
        WebClient web = new WebClient(base.toURI()).loggedInAs("anna.noord");
        HttpResponse<String> page = web.get("client/list.xhtml");
        Map<String, String> fields = WebClient.formFields(page.body(), "languageForm");
        String forged = "FORGED<script>alert(1)</script>";
        fields.put("primefaces.nonce", forged);
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "languageForm:switchLanguage");
        fields.put("jakarta.faces.partial.execute", "languageForm:switchLanguage");
        HttpResponse<String> answer = web.send(web.request("client/list.xhtml").header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(WebClient.encode(fields))));
        // a nonce is no secret (it is in the page): a wrong one must only not break or echo
        assertNotEquals(500, answer.statusCode(), answer.body());
        assertFalse(answer.body().contains("FORGED"), answer.body());
        assertFalse(answer.headers().map().toString().contains("FORGED"));

        // the same as a plain form post: a 400 page
        fields.remove("jakarta.faces.partial.ajax");
        HttpResponse<String> post = web.send(web.request("client/list.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(WebClient.encode(fields))));
        assertErrorPage(400, post);
        assertFalse(post.body().contains("FORGED"));
    }

    @Test
    void contentSecurityPolicy_isOneStrictPolicy_withThePagesNonce() throws Exception {
        WebClient web = new WebClient(base.toURI()).loggedInAs("carla.noord");
        HttpResponse<String> page = web.get("review/overview.xhtml");
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "one policy: " + policies);
        String policy = policies.get(0);
        for (String directive : List.of("default-src 'self'", "frame-src 'none'", "object-src 'none'",
                "frame-ancestors 'none'", "style-src 'self'")) {
            assertTrue(policy.contains(directive), directive + " in " + policy);
        }
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(policy);
        assertTrue(nonce.find(), "script nonce in " + policy);
        assertTrue(page.body().contains("nonce=\"" + nonce.group(1) + "\""), "the page's scripts carry that nonce");
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);

        Matcher stylesheet = Pattern.compile("href=\"[^\"]*(/jakarta\\.faces\\.resource/[^\"]+)\"").matcher(page.body());
        assertTrue(stylesheet.find());
        HttpResponse<String> resource = web.get(stylesheet.group(1).substring(1).replace("&amp;", "&"));
        assertEquals(200, resource.statusCode(), resource.uri().toString());
        assertEquals(List.of("default-src 'self'; frame-src 'none'; frame-ancestors 'none'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; img-src 'self' data:; style-src 'self'; font-src 'self' data:; "
                + "connect-src 'self'; script-src 'self'"), resource.headers().allValues("Content-Security-Policy"));
    }

    @Test
    void behindATlsProxy_theSessionCookieIsSecure_andHstsIsSent() throws Exception {
        WebClient direct = new WebClient(base.toURI());
        HttpResponse<String> plain = direct.get("login.xhtml");
        assertTrue(sessionCookie(plain).contains("HttpOnly"), sessionCookie(plain));
        assertFalse(sessionCookie(plain).contains("Secure"), "no Secure cookie over plain http");
        assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty());

        WebClient proxied = new WebClient(base.toURI());
        HttpResponse<String> tls = proxied.send(proxied.request("login.xhtml").header("X-Forwarded-Proto", "https").GET());
        assertEquals(200, tls.statusCode());
        assertTrue(sessionCookie(tls).contains("Secure"), sessionCookie(tls));
        assertTrue(tls.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="));
    }

    @Test
    void sixteenConcurrentSessions_neverLoseTheirRoles() throws Exception {
        int sessions = 16;
        int requests = 8;
        List<Callable<List<String>>> tasks = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            WebClient client = new WebClient(base.toURI()).loggedInAs(i % 2 == 0 ? "carla.noord" : "anna.noord");
            tasks.add(() -> {
                List<String> refused = new ArrayList<>();
                for (int r = 0; r < requests; r++) {
                    HttpResponse<String> answer = client.get(r % 2 == 0 ? "client/list.xhtml" : "task/list.xhtml");
                    if (answer.statusCode() != 200 || answer.body().contains("Exception")) {
                        refused.add(answer.uri() + " " + answer.statusCode());
                    }
                }
                return refused;
            });
        }
        assertEquals(List.of(), allAtOnce(tasks), "refused requests of " + sessions * requests);
    }

    /** Issue 23: 32 logins at the same moment, several sessions per account, all succeed. */
    @Test
    void thirtyTwoSimultaneousLogins_allSucceed() throws Exception {
        List<String> accounts = List.of("anna.noord", "bram.noord", "carla.noord", "dirk.zuid", "eva.zuid", "ivo.centrum",
                "julia.centrum");
        int logins = 32;
        List<Callable<List<String>>> tasks = new ArrayList<>();
        for (int i = 0; i < logins; i++) {
            String account = accounts.get(i % accounts.size());
            WebClient client = new WebClient(base.toURI());
            tasks.add(() -> {
                HttpResponse<String> answer = client.login(account, TestLogin.DEMO_PASSWORD);
                return answer.statusCode() == 302 ? List.of() : List.of(account + " " + answer.statusCode());
            });
        }
        assertEquals(List.of(), allAtOnce(tasks), "failed logins of " + logins);
    }

    /** Runs each task on a thread of its own, all released at the same moment; what they report as failed. */
    private static List<String> allAtOnce(List<Callable<List<String>>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<List<String>>> running = new ArrayList<>();
            for (Callable<List<String>> task : tasks) {
                running.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<String> failures = new ArrayList<>();
            for (Future<List<String>> task : running) {
                failures.addAll(task.get());
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aHostileWorkerName_cannotLeaveTheChartScript() throws Exception {
        long unique = System.nanoTime() % 1_000_000;
        String team = "Team " + unique;
        String lead = "t.chartlead" + unique;
        try (Connection c = DriverManager.getConnection(System.getProperty("test.db.url"), "root", "")) {
            Sql.execute(c, "INSERT INTO area_team (name, area, active, version, created_at, created_by, modified_at, "
                    + "modified_by) VALUES (?, 'Testwijk', TRUE, 1, NOW(), 't', NOW(), 't')", team);
            for (String[] worker : List.of(new String[] {lead, "Lead", "TEAM_LEAD"},
                    new String[] {"t.chartcw" + unique, "Eve</script><script>document.title='owned'</script>", "CASEWORKER"})) {
                Sql.execute(c, "INSERT INTO worker (login_name, display_name, area_team_id, active, password_hash, version, "
                        + "created_at, created_by, modified_at, modified_by) SELECT ?, ?, t.id, TRUE, w.password_hash, 1, "
                        + "NOW(), 't', NOW(), 't' FROM worker w, area_team t WHERE w.id = 1 AND t.name = ?",
                        worker[0], worker[1], team);
                Sql.execute(c, "INSERT INTO worker_role (worker_id, role) SELECT id, ? FROM worker WHERE login_name = ?",
                        worker[2], worker[0]);
            }
        }
        HttpResponse<String> page = new WebClient(base.toURI()).loggedInAs(lead).get("review/overview.xhtml");
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("</script><script>document.title"), "the name left the chart's script");
        assertTrue(page.body().contains("Eve\\u003c/script\\u003e"), "escaped in the chart data");
        assertTrue(page.body().contains("Eve&lt;/script&gt;"), "escaped in the table");
    }


    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElse("(no session cookie)");
    }

    /** Our own error page with the given status: no stack trace, no platform, a reference for the helpdesk. */
    private static void assertErrorPage(int status, HttpResponse<String> answer) {
        String where = answer.request().method() + " " + answer.uri().getRawPath() + "?" + answer.uri().getRawQuery();
        assertEquals(status, answer.statusCode(), where);
        if (!"HEAD".equals(answer.request().method())) {
            assertTrue(answer.body().contains("Referentie voor de helpdesk"), where + ": " + answer.body());
            assertFalse(answer.body().contains("Exception") || answer.body().contains("at nl.gebiedsteam"), where);
        }
    }
}
