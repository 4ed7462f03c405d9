package nl.gebiedsteam.caseload.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser session without a browser: cookies, and Faces forms posted the way a browser
 * posts them (hidden fields, view state and nonce read from the page). Redirects are not followed,
 * so a test sees each answer as sent.
 */
public final class WebClient {

    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final URI root;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    /** @param root the application's root, ending in a slash */
    public WebClient(URI root) {
        this.root = root;
        this.http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The application's root as seen from inside the container, during an in-container test. */
    public static URI applicationRoot() {
        var request = RequestCaptureFilter.REQUEST.get();
        return URI.create(request.getRequestURL().toString()).resolve(request.getContextPath() + "/");
    }

    /** The session's cookies as a Cookie header, for a client outside this JVM (the transfer benchmark's curl). */
    public String cookieHeader() {
        return cookies.getCookieStore().get(root).stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofSeconds(60)).header("Accept", "text/html")
                .header("Accept-Language", "nl");
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A GET whose answer is kept as bytes: a download. */
    public HttpResponse<byte[]> download(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }


    /** Logs in through the login form; the answer is the login page's own (a redirect when it worked). */
    public HttpResponse<String> login(String loginName, String password) {
        return login(loginName, password, TestTotp.codeFor(loginName));
    }

    /** Logs in with the given authenticator code (null: the field left empty). */
    public HttpResponse<String> login(String loginName, String password, String code) {
        HttpResponse<String> page = get("login.xhtml");
        Map<String, String> fields = formFields(page.body(), "login");
        fields.put("login:loginName", loginName);
        fields.put("login:password", password);
        if (code != null) {
            fields.put("login:code", code);
        }
        fields.put("login:submit", "");
        return post(page, "login", fields);
    }

    /** Logs in and fails unless the application accepted the login. */
    public WebClient loggedInAs(String loginName) {
        HttpResponse<String> response = login(loginName, TestLogin.DEMO_PASSWORD);
        if (response.statusCode() != 302) {
            throw new AssertionError("login as " + loginName + " failed: HTTP " + response.statusCode());
        }
        return this;
    }

    /** Posts form {@code formId} of {@code page} with the given fields (hidden fields come from the page). */
    public HttpResponse<String> post(HttpResponse<String> page, String formId, Map<String, String> fields) {
        Matcher form = form(page.body(), formId);
        String action = attribute(form.group(1), "action");
        Map<String, String> all = formFields(page.body(), formId);
        all.putAll(fields);
        return send(HttpRequest.newBuilder(page.uri().resolve(action)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "nl").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(all))));
    }

    /** The hidden fields of form {@code formId}, view state included, and the page's script nonce as PrimeFaces sends it. */
    public static Map<String, String> formFields(String html, String formId) {
        Matcher form = form(html, formId);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(formId, formId);
        Matcher nonce = NONCE.matcher(html);
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        Matcher hidden = HIDDEN.matcher(form.group(2));
        while (hidden.find()) {
            String name = attribute(hidden.group(), "name");
            if (name != null) {
                String value = attribute(hidden.group(), "value");
                fields.put(name, value == null ? "" : value);
            }
        }
        return fields;
    }

    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static Matcher form(String html, String formId) {
        Matcher form = Pattern.compile("(<form[^>]*\\sid=\"" + Pattern.quote(formId) + "\"[^>]*>)(.*?)</form>",
                Pattern.DOTALL).matcher(html);
        if (!form.find()) {
            throw new AssertionError("no form " + formId + " on the page");
        }
        return form;
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? unescape(m.group(1)) : null;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
