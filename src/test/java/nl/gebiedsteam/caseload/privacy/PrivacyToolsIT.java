package nl.gebiedsteam.caseload.privacy;

import static nl.gebiedsteam.caseload.testsupport.TestData.TEAM_NOORD;
import static nl.gebiedsteam.caseload.testsupport.TestData.TEAM_ZUID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.audit.AccessLogQuery;
import nl.gebiedsteam.caseload.audit.AccessLogRow;
import nl.gebiedsteam.caseload.audit.AccessLogSearchService;
import nl.gebiedsteam.caseload.audit.Outcome;
import nl.gebiedsteam.caseload.audit.SearchTerms;
import nl.gebiedsteam.caseload.client.ClientFilter;
import nl.gebiedsteam.caseload.client.ClientForm;
import nl.gebiedsteam.caseload.client.ClientRow;
import nl.gebiedsteam.caseload.client.ClientService;
import nl.gebiedsteam.caseload.privacy.export.SubjectAccessJson;
import nl.gebiedsteam.caseload.shared.AccessDeniedException;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import nl.gebiedsteam.caseload.testsupport.Fixtures;
import nl.gebiedsteam.caseload.testsupport.Sql;
import nl.gebiedsteam.caseload.testsupport.TestData;
import nl.gebiedsteam.caseload.testsupport.TestLogin;
import nl.gebiedsteam.caseload.testsupport.WebClient;
import nl.gebiedsteam.caseload.worker.WorkerService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, the privacy officer's tools on the real database: the access-log search and review
 * lists, list reads that name the clients they showed, the client's own log, the subject-access
 * export, and that nobody but the privacy officer reaches any of it.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyToolsIT {

    private static final String PRIVACY = "hanna.privacy";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestLogin().addClasses(PrivacyToolsIT.class);
    }

    @Inject
    TestLogin login;

    @Inject
    ClientService clients;

    @Inject
    AccessLog accessLog;

    @Inject
    AccessLogSearchService logSearch;

    @Inject
    SubjectAccessService subjectAccess;

    @Inject
    RetentionService retention;

    @Inject
    WorkerService workers;

    @Inject
    SearchTerms searchTerms;

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource db;

    @Test
    void aListRead_namesTheClientsItShowed_andEachFindsItInTheirOwnLog() {
        String worker = TestData.unique("t.lister");
        Fixtures.worker(db, worker, TEAM_NOORD, "CASEWORKER");
        login.as(worker);
        List<Long> shown = clients.search(new ClientFilter(), 0, 5, null, true).stream().map(ClientRow::id).toList();
        assertEquals(5, shown.size());
        long line = Sql.number(db, "SELECT MAX(id) FROM access_log WHERE worker_login = ? AND event = 'SEARCH'", worker);
        assertEquals(Set.copyOf(shown), Set.copyOf(Sql.rows(db, "SELECT client_id FROM access_log_shown WHERE access_log_id = ?",
                r -> r.getLong(1), line)));

        login.as(PRIVACY);
        for (long client : shown) {
            List<AccessLogRow> own = logSearch.search(AccessLogQuery.ofClient(client, today(), today()), 0, 200);
            AccessLogRow listed = own.stream().filter(r -> r.id() == line).findFirst().orElseThrow();
            assertTrue(listed.listed(), "shown in a list, not the line's subject");
            assertEquals(worker, listed.workerLogin());
        }
    }

    @Test
    void search_filtersInTheDatabase_pagesNewestFirst_andIsItselfLogged() {
        String worker = TestData.unique("t.searcher");
        Fixtures.worker(db, worker, TEAM_NOORD, "CASEWORKER");
        login.as(worker);
        for (int i = 0; i < 3; i++) {
            clients.search(new ClientFilter(), 0, 2, null, true);
        }
        clients.view(clients.search(new ClientFilter(), 0, 1, null, true).get(0).id());

        login.as(PRIVACY);
        AccessLogQuery searches = new AccessLogQuery(null, worker, AccessEvent.SEARCH, Outcome.SUCCESS, null, "client",
                today(), today(), null);
        assertEquals(4, logSearch.count(searches));
        List<AccessLogRow> first = logSearch.search(searches, 0, 3);
        List<AccessLogRow> second = logSearch.search(searches, 3, 3);
        assertEquals(3, first.size());
        assertEquals(1, second.size());
        assertTrue(first.get(0).id() > first.get(1).id() && first.get(2).id() > second.get(0).id(), "newest first");
        assertTrue(first.stream().allMatch(r -> r.event() == AccessEvent.SEARCH && worker.equals(r.workerLogin())));
        assertEquals(5, logSearch.count(new AccessLogQuery(null, worker, null, null, null, "client", null, null, null)));
        assertEquals(1, logSearch.count(new AccessLogQuery(null, worker, AccessEvent.READ, null, null, null, null, null, null)));
        assertEquals(0, logSearch.count(new AccessLogQuery(null, worker, null, null, null, null, today().minusDays(2),
                today().minusDays(1), null)), "the period filters");
        assertEquals(0, logSearch.count(new AccessLogQuery(null, worker, null, null, "justice", null, null, null, null)));
        assertTrue(Sql.exists(db, "SELECT 1 FROM access_log WHERE worker_login = ? AND event = 'LOG_READ' "
                + "AND detail LIKE ?", PRIVACY, "worker=" + worker + "; event=SEARCH; outcome=SUCCESS; object=client%"),
                "reading the log is logged, with what was asked");
    }

    @Test
    void reviewLists_showDenials_crossTeamLookups_andConsentOverrides() throws SQLException {
        String worker = TestData.unique("t.reviewed");
        Fixtures.worker(db, worker, TEAM_NOORD, "CASEWORKER");
        List<Object[]> zuid = Sql.rows(db, "SELECT id, bsn FROM client WHERE area_team_id = ? AND bsn IS NOT NULL "
                + "AND voided = FALSE ORDER BY id LIMIT 1", r -> new Object[] {r.getLong(1), r.getString(2)}, TEAM_ZUID);
        long zuidClient = (Long) zuid.get(0)[0];
        login.as(worker);
        assertThrows(AccessDeniedException.class, () -> clients.view(zuidClient));
        ClientForm probe = TestData.client(TEAM_NOORD, null);
        probe.setBsn((String) zuid.get(0)[1]);
        clients.findPossibleDuplicates(probe);
        accessLog.success(AccessEvent.CONSENT_OVERRIDE, zuidClient, "referral", "shared without consent: acute danger");

        login.as(PRIVACY);
        Map<AccessLogQuery.Review, List<AccessLogRow>> lists = java.util.Arrays.stream(AccessLogQuery.Review.values())
                .collect(Collectors.toMap(Function.identity(),
                        review -> logSearch.search(review.query(today().minusDays(30), today()), 0, 200)));
        assertTrue(lists.get(AccessLogQuery.Review.DENIALS).stream().anyMatch(r -> worker.equals(r.workerLogin())
                && r.clientId() == zuidClient && r.outcome() == Outcome.DENIED));
        assertTrue(lists.get(AccessLogQuery.Review.CROSS_TEAM).stream().anyMatch(r -> worker.equals(r.workerLogin())
                && r.clientId() == zuidClient));
        assertTrue(lists.get(AccessLogQuery.Review.CONSENT_OVERRIDES).stream().anyMatch(r -> worker.equals(r.workerLogin())
                && r.clientId() == zuidClient));
        assertTrue(lists.get(AccessLogQuery.Review.DENIALS).stream().allMatch(r -> r.outcome() == Outcome.DENIED));
        assertTrue(lists.get(AccessLogQuery.Review.CONSENT_OVERRIDES).stream()
                .allMatch(r -> r.event() == AccessEvent.CONSENT_OVERRIDE));
    }

    /**
     * Issue 23: the log keeps no search term, only its keyed hash, and the privacy officer who types
     * the term (in any case, with or without spaces and dots) still finds who searched for it.
     */
    @Test
    void searchTerms_areKeptAsPseudonyms_andStillFindWhoSearched() {
        String worker = TestData.unique("t.zoeker");
        Fixtures.worker(db, worker, TEAM_NOORD, "CASEWORKER");
        String surname = TestData.unique("Hoogland");
        login.as(worker);
        ClientFilter filter = new ClientFilter();
        filter.setName("van " + surname);
        filter.setBsn("111222333");
        clients.search(filter, 0, 5, null, true);
        assertFalse(Sql.exists(db, "SELECT 1 FROM access_log WHERE worker_login = ? AND (detail LIKE ? OR detail LIKE ?)",
                worker, "%" + surname + "%", "%111222333%"), "no search term in the log");

        login.as(PRIVACY);
        for (String typed : List.of("Van " + surname.toUpperCase(java.util.Locale.ROOT), "111.222.333")) {
            AccessLogQuery byTerm = new AccessLogQuery(null, null, null, null, null, null, null, null,
                    searchTerms.pseudonym(typed));
            assertEquals(List.of(worker), logSearch.search(byTerm, 0, 20).stream().map(AccessLogRow::workerLogin)
                    .distinct().toList(), typed);
        }
        assertFalse(Sql.exists(db, "SELECT 1 FROM access_log WHERE worker_login = ? AND detail LIKE ?", PRIVACY,
                "%" + surname + "%"), "nor in the line of the log search");
    }

    /**
     * Issue 23: the powers over client data have review lists too, so a second privacy officer can
     * look over account changes and the privacy officer's own subject-access answers, log searches
     * and destructions.
     */
    @Test
    void reviewLists_coverAccountChanges_subjectAccess_logSearches_andDestructions() {
        login.as("gerrit.beheer");
        long policy = Fixtures.worker(db, TestData.unique("t.pw"), TEAM_NOORD, "POLICY_OFFICER");
        workers.resetPassword(policy);
        long client = Fixtures.closedFile(db, TEAM_NOORD, TestData.unique("Inzage"), LocalDate.of(1980, 1, 1),
                LocalDate.of(2021, 1, 4), LocalDate.of(2022, 1, 4));
        login.as(PRIVACY);
        subjectAccess.subject(client);
        logSearch.search(AccessLogQuery.all(), 0, 1);

        Map<AccessLogQuery.Review, List<AccessLogRow>> lists = java.util.Arrays.stream(AccessLogQuery.Review.values())
                .collect(Collectors.toMap(Function.identity(),
                        review -> logSearch.search(review.query(today().minusDays(30), today()), 0, 200)));
        assertTrue(lists.get(AccessLogQuery.Review.ACCOUNT_CHANGES).stream().anyMatch(r -> "gerrit.beheer".equals(
                r.workerLogin()) && ("password reset worker=" + policy).equals(r.detail())), "the reset");
        assertTrue(lists.get(AccessLogQuery.Review.SUBJECT_ACCESS).stream().anyMatch(r -> PRIVACY.equals(r.workerLogin())
                && r.detail().startsWith("subject-access lookup")), "the subject-access lookup");
        assertTrue(lists.get(AccessLogQuery.Review.LOG_SEARCHES).stream().anyMatch(r -> PRIVACY.equals(r.workerLogin())),
                "the log search");
        Map<AccessLogQuery.Review, String> objects = Map.of(AccessLogQuery.Review.ACCOUNT_CHANGES, "worker",
                AccessLogQuery.Review.SUBJECT_ACCESS, "subject-access", AccessLogQuery.Review.LOG_SEARCHES, "access log",
                AccessLogQuery.Review.DESTRUCTIONS, "retention");
        objects.forEach((review, object) -> assertTrue(lists.get(review).stream()
                .allMatch(r -> object.equals(r.objectType())), review + " holds " + object + " lines only"));
    }

    @Test
    void subjectAccessExport_holdsEveryRecordAndTheOwnLog_withholdsAnAnonymousReporter_andIsLogged() {
        String surname = TestData.unique("Inzage");
        long client = Fixtures.closedFile(db, TEAM_NOORD, surname, LocalDate.of(1985, 3, 9), LocalDate.of(2020, 1, 6),
                LocalDate.of(2021, 2, 1));
        login.as(PRIVACY);
        assertEquals(List.of(client), subjectAccess.find(null, null, surname, LocalDate.of(1985, 3, 9)).stream()
                .map(SubjectRow::clientId).toList());
        SubjectAccessExport export = subjectAccess.export(client, "json", Locale.forLanguageTag("nl"));

        Map<String, SubjectAccessExport.Section> sections = export.sections().stream()
                .collect(Collectors.toMap(SubjectAccessExport.Section::key, Function.identity()));
        for (String table : List.of("client", "pathway", "pathway_closure", "pathway_transition", "intake",
                "client_contact", "signal_report", "substance_profile", "access_log")) {
            assertFalse(sections.get(table).rows().isEmpty(), table + " in the export");
        }
        assertEquals(surname, value(sections.get("client"), 0, "surname"));
        assertEquals("Gesprek met " + surname, value(sections.get("client_contact"), 0, "note"));
        assertEquals("(weggelaten: melder wil anoniem blijven)", value(sections.get("signal_report"), 0, "reporter_name"));
        assertEquals("Zorgen over " + surname, value(sections.get("signal_report"), 0, "summary"));
        assertTrue(sections.get("access_log").rows().stream().anyMatch(r -> r.contains(PRIVACY)),
                "the client's own log, with the privacy officer's lookup in it");
        for (SubjectAccessExport.Section section : export.sections()) {
            int column = section.columns().indexOf("client_id");
            if (column >= 0) {
                assertTrue(section.rows().stream().allMatch(r -> String.valueOf(client).equals(r.get(column))),
                        section.key() + " holds only this client's rows");
            }
        }
        assertTrue(Sql.exists(db, "SELECT 1 FROM access_log WHERE worker_login = ? AND event = 'EXPORT' AND client_id = ? "
                + "AND detail LIKE 'subject-access export; format=json%'", PRIVACY, client));

        JsonObject json = Json.createReader(new ByteArrayInputStream(SubjectAccessJson.write(export))).readObject();
        assertEquals(client, json.getJsonNumber("clientId").longValue());
        JsonArray jsonSections = json.getJsonArray("sections");
        assertEquals(export.sections().size(), jsonSections.size());
    }

    @Test
    void subjectAccessExport_includesMeasures() {
        long client = Sql.number(db, "SELECT MIN(client_id) FROM coercion_measure WHERE voided = FALSE");
        login.as(PRIVACY);
        SubjectAccessExport export = subjectAccess.export(client, "pdf", Locale.ENGLISH);
        SubjectAccessExport.Section measures = export.sections().stream().filter(s -> s.key().equals("coercion_measure"))
                .findFirst().orElseThrow();
        assertEquals(Sql.number(db, "SELECT COUNT(*) FROM coercion_measure WHERE client_id = ?", client),
                measures.rows().size());
        assertEquals("Pressure and compulsion measures", measures.title());
        // a measure type is shown by its name, not its id
        Set<String> typeNames = new HashSet<>(Sql.rows(db, "SELECT name FROM measure_type", r -> r.getString(1)));
        int type = measures.columns().indexOf("measure_type_id");
        assertTrue(measures.rows().stream().allMatch(r -> typeNames.contains(r.get(type))));
    }

    @Test
    void onlyThePrivacyOfficer_reachesTheTools() {
        long client = Sql.number(db, "SELECT MIN(id) FROM client");
        for (String other : List.of("anna.noord", "carla.noord", "gerrit.beheer", "fatima.beleid")) {
            login.as(other);
            assertThrows(EJBAccessException.class, () -> logSearch.count(AccessLogQuery.all()), other);
            assertThrows(EJBAccessException.class, () -> logSearch.search(AccessLogQuery.ofClient(client, null, null), 0, 10),
                    other);
            assertThrows(EJBAccessException.class, () -> subjectAccess.find(client, null, null, null), other);
            assertThrows(EJBAccessException.class, () -> subjectAccess.export(client, "pdf", Locale.ENGLISH), other);
            assertThrows(EJBAccessException.class, () -> retention.destructionList(), other);
            assertThrows(EJBAccessException.class, () -> retention.approve(List.of(client)), other);
        }
        assertNotEquals(0, Sql.number(db, "SELECT COUNT(*) FROM client WHERE id = ? AND anonymised_at IS NULL", client));
    }

    @Test
    void otherRoles_areRefusedOverHttp_onEveryPage_theAjaxApproval_andTheExport() {
        long client = Sql.number(db, "SELECT MIN(id) FROM client WHERE anonymised_at IS NULL");
        // the privacy officer's own forms, so the forged posts carry everything a real click would
        WebClient hanna = new WebClient(WebClient.applicationRoot()).loggedInAs(PRIVACY);
        HttpResponse<String> subjectPage = hanna.get("privacy/subject.xhtml?client=" + client);
        HttpResponse<String> retentionPage = hanna.get("privacy/retention.xhtml");
        assertEquals(200, subjectPage.statusCode());
        assertEquals(200, retentionPage.statusCode());
        Map<String, String> export = WebClient.formFields(subjectPage.body(), "export");
        export.put("export:json", "");
        Map<String, String> approve = WebClient.formFields(retentionPage.body(), "list");
        approve.putAll(Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "list:approve",
                "jakarta.faces.partial.execute", "@form", "list:checked", "on"));
        long before = Sql.number(db, "SELECT COALESCE(MAX(id), 0) FROM access_log");

        for (String other : List.of("anna.noord", "carla.noord", "gerrit.beheer", "fatima.beleid")) {
            WebClient web = new WebClient(WebClient.applicationRoot()).loggedInAs(other);
            for (String page : List.of("privacy/log.xhtml", "privacy/subject.xhtml?client=" + client,
                    "privacy/retention.xhtml", "privacy/chain.xhtml")) {
                assertEquals(403, web.get(page).statusCode(), other + " " + page);
            }
            HttpResponse<String> download = web.send(web.request("privacy/subject.xhtml?client=" + client)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(WebClient.encode(export))));
            assertEquals(403, download.statusCode(), other + " export");
            assertTrue(download.body().contains("Geen toegang"), other + " got the 403 page, no document");
            HttpResponse<String> ajax = web.send(web.request("privacy/retention.xhtml")
                    .header("Faces-Request", "partial/ajax").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(WebClient.encode(approve))));
            assertEquals(403, ajax.statusCode(), other + " AJAX approval: " + ajax.body());
            assertTrue(ajax.body().contains("Geen toegang"), other + " AJAX approval: " + ajax.body());
        }
        assertEquals(0, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE id > ? AND outcome = 'SUCCESS' "
                + "AND event IN ('EXPORT', 'LOG_READ', 'VOID') AND worker_login <> ?", before, PRIVACY),
                "nothing was read, exported or destroyed");
        assertEquals(0, Sql.number(db, "SELECT COUNT(*) FROM destruction WHERE approved_by <> ?", PRIVACY));
    }

    private static String value(SubjectAccessExport.Section section, int row, String column) {
        return section.rows().get(row).get(section.columns().indexOf(column));
    }

    private static LocalDate today() {
        return LocalDate.now(Times.DISPLAY_ZONE);
    }
}
