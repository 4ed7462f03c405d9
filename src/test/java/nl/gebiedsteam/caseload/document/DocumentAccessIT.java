package nl.gebiedsteam.caseload.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.client.Reassignment;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import nl.gebiedsteam.caseload.testsupport.Fixtures;
import nl.gebiedsteam.caseload.testsupport.Sql;
import nl.gebiedsteam.caseload.testsupport.TestData;
import nl.gebiedsteam.caseload.testsupport.TestLogin;
import nl.gebiedsteam.caseload.testsupport.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 24, documents over HTTP as every wrong user: the documents page, its AJAX actions and the
 * download URL with guessed ids. The download is an attachment of the type read from the bytes,
 * and every download is in the access log.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentAccessIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestLogin().addClasses(DocumentAccessIT.class, DocumentIT.class);
    }

    @Inject
    TestLogin login;

    @Inject
    DocumentService documents;

    @Inject
    Reassignment reassignment;

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource db;

    private record File(long client, String responsible, String colleague, long plain, long ruling, byte[] pdf) {
    }

    private File file() throws Exception {
        String responsible = TestData.unique("cw.dla").toLowerCase(Locale.ROOT);
        String colleague = TestData.unique("cw.dlb").toLowerCase(Locale.ROOT);
        long worker = Fixtures.worker(db, responsible, TestData.TEAM_NOORD, "CASEWORKER");
        Fixtures.worker(db, colleague, TestData.TEAM_NOORD, "CASEWORKER");
        long client = Fixtures.fileAwaitingPlanApproval(db, TestData.TEAM_NOORD, worker, TestData.unique("Download"));
        long measure = Fixtures.measure(db, client);
        login.as(responsible);
        byte[] pdf = DocumentIT.pdf(5000);
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        long plain = documents.upload(client, new DocumentService.Description("Brief van de school",
                DocumentKind.LETTER, today, null), "brief école.pdf", new ByteArrayInputStream(pdf));
        long ruling = documents.upload(client, new DocumentService.Description("Vonnis politierechter",
                DocumentKind.COURT_RULING, today, measure), "vonnis.pdf", new ByteArrayInputStream(pdf));
        return new File(client, responsible, colleague, plain, ruling, pdf);
    }

    private static WebClient as(String loginName) {
        return new WebClient(WebClient.applicationRoot()).loggedInAs(loginName);
    }

    private static HttpResponse<byte[]> download(WebClient web, Object id) throws Exception {
        return web.download("document/download?id=" + id);
    }

    @Test
    void theDownload_isAnAttachmentOfTheDetectedType_andLogged() throws Exception {
        File f = file();
        HttpResponse<byte[]> response = download(as(f.responsible()), f.plain());
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"brief _cole.pdf\"; filename*=UTF-8''brief%20%C3%A9cole.pdf",
                response.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        assertArrayEquals(f.pdf(), response.body());
        assertEquals(1, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE client_id = ? AND event = 'EXPORT' "
                + "AND outcome = 'SUCCESS' AND detail = ?", f.client(), "document=" + f.plain() + " downloaded"));
    }

    @Test
    void everyWrongUser_getsNothing_onThePage_andTheDownloadUrl() throws Exception {
        File f = file();
        WebClient colleague = as(f.colleague());
        assertEquals(200, download(colleague, f.plain()).statusCode(), "the team reads a plain document");
        assertEquals(404, download(colleague, f.ruling()).statusCode(), "a measure's document is not the team's");
        String page = colleague.get("client/documents.xhtml?id=" + f.client()).body();
        assertTrue(page.contains("Brief van de school") && !page.contains("Vonnis politierechter"), page);

        for (String outsider : List.of("dirk.zuid", "julia.centrum")) {
            WebClient web = as(outsider);
            for (long id : List.of(f.plain(), f.ruling())) {
                assertEquals(404, download(web, id).statusCode(), outsider + " guessing " + id);
            }
            HttpResponse<String> other = web.get("client/documents.xhtml?id=" + f.client());
            assertEquals(404, other.statusCode(), outsider);
            assertFalse(other.body().contains("Brief van de school"));
        }
        for (String role : List.of("fatima.beleid", "gerrit.beheer", "hanna.privacy")) {
            WebClient web = as(role);
            assertEquals(403, download(web, f.plain()).statusCode(), role);
            assertEquals(403, web.get("client/documents.xhtml?id=" + f.client()).statusCode(), role);
        }
        WebClient anna = as("anna.noord");
        for (Object guess : List.of(f.ruling() + 1000, -1, "abc", "")) {
            assertEquals(404, download(anna, guess).statusCode(), "guessing " + guess);
        }
        HttpResponse<byte[]> anonymous = new WebClient(WebClient.applicationRoot()).download(
                "document/download?id=" + f.plain());
        assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 303, "to the login page");
        assertEquals(5, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE client_id = ? AND outcome = 'DENIED' "
                + "AND object_type = 'document' AND event = 'EXPORT'", f.client()),
                "the outsiders' guesses and the colleague's try are logged as refusals");
    }

    @Test
    void aCaseworkerWhoLosesTheClient_withThePageOpen_canNoLongerChangeOrDownload() throws Exception {
        File f = file();
        WebClient previous = as(f.responsible());
        HttpResponse<String> page = previous.get("client/documents.xhtml?id=" + f.client());
        assertTrue(page.body().contains("Vonnis politierechter"));

        login.as("carla.noord");
        long colleague = Sql.number(db, "SELECT id FROM worker WHERE login_name = ?", f.colleague());
        reassignment.reassign(List.of(f.client()), colleague, "Verdeling", "Brieven en vonnis staan bij de documenten.");

        // the AJAX "change" of the ruling, from the page still open: the file has gone elsewhere
        Map<String, String> edit = Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source",
                "list:documents:0:edit", "jakarta.faces.partial.execute", "list:documents:0:edit",
                "list:documents:0:edit", "");
        HttpResponse<String> ajax = previous.send(previous.request("client/documents.xhtml?id=" + f.client())
                .header("Faces-Request", "partial/ajax").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(WebClient.encode(merged(page, edit)))));
        assertTrue(ajax.body().contains("overgedragen") && !ajax.body().contains("describe:title")
                && !ajax.body().contains("Vonnis politierechter"), "the handed-over page, no form: " + ajax.body());
        HttpResponse<byte[]> gone = download(previous, f.ruling());
        assertEquals(410, gone.statusCode(), "the handed-over page, not a breach");
        assertFalse(new String(gone.body(), java.nio.charset.StandardCharsets.UTF_8).contains("Vonnis"));
    }

    private static Map<String, String> merged(HttpResponse<String> page, Map<String, String> fields) {
        Map<String, String> all = WebClient.formFields(page.body(), "list");
        all.putAll(fields);
        return all;
    }
}
