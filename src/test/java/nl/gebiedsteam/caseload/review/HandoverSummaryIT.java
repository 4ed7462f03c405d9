package nl.gebiedsteam.caseload.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.measure.ExpiryStatus;
import nl.gebiedsteam.caseload.note.JournalNoteRow;
import nl.gebiedsteam.caseload.referral.ReferralStatus;
import nl.gebiedsteam.caseload.shared.OutOfScopeException;
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
 * Issue 24, part 3, the handover summary of demo client 21 (Emma Hendriks): anna.noord is her
 * responsible caseworker, carla.noord the team lead, bram.noord a colleague in the same team. Each
 * reader's summary holds exactly what the parts' own pages would show them, and every print is one
 * PRINT line in the access log.
 */
@ExtendWith(ArquillianExtension.class)
class HandoverSummaryIT {

    private static final long EMMA = 21;
    private static final String RESTRICTED_NOTE = "schulden bij familie";
    private static final String TEAM_NOTE = "liever op dinsdagochtend";
    private static final String MEASURES_RESTRICTED = "Maatregelen: alleen voor de regisseur en de teamleider";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestLogin().addClasses(HandoverSummaryIT.class);
    }

    @Inject
    TestLogin login;

    @Inject
    HandoverSummaryService summaries;

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource db;

    @Test
    void eachReader_getsWhatTheirPartsAllow_andEachPrintIsOnePrintLine() {
        for (String reader : List.of("anna.noord", "carla.noord")) {
            long before = lastLogId();
            login.as(reader);
            HandoverSummary summary = summaries.summary(EMMA);
            assertTrue(noteTexts(summary).contains(RESTRICTED_NOTE), reader + " reads the restricted note");
            assertTrue(summary.mayReadMeasures(), reader + " reads the measures");
            assertTrue(summary.measures().stream().allMatch(m -> m.expiry() != ExpiryStatus.ENDED), "in force only");
            assertEquals(1, prints(reader, before), reader);
        }
        login.as("anna.noord");
        HandoverSummary anna = summaries.summary(EMMA);
        assertEquals(EMMA, anna.file().id());
        assertNotNull(anna.printedOn());
        assertTrue(anna.lastNotes().size() <= 5 && anna.lastContacts().size() <= 5, "the latest five of each");
        assertTrue(anna.openReferrals().stream()
                .allMatch(r -> r.status() == ReferralStatus.IN_PROGRESS || r.status() == ReferralStatus.ACCEPTED));
        assertTrue(anna.activeConsents().stream().allMatch(c -> c.withdrawnOn() == null));

        long before = lastLogId();
        login.as("bram.noord");
        HandoverSummary bram = summaries.summary(EMMA);
        assertTrue(noteTexts(bram).contains(TEAM_NOTE), "a colleague reads the team note");
        assertFalse(noteTexts(bram).contains(RESTRICTED_NOTE) || noteTexts(bram).contains("buurvrouw"),
                "but not the restricted ones");
        assertFalse(bram.mayReadMeasures());
        assertEquals(List.of(), bram.measures());
        assertEquals(0, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE id > ? AND worker_login = ? "
                + "AND object_type = 'measure'", before, "bram.noord"), "measures were not asked for, so no refusal");
        assertEquals(1, prints("bram.noord", before));

        before = lastLogId();
        login.as("dirk.zuid");
        assertThrows(OutOfScopeException.class, () -> summaries.summary(EMMA), "another team's file");
        for (String role : List.of("fatima.beleid", "gerrit.beheer", "hanna.privacy")) {
            login.as(role);
            assertThrows(EJBAccessException.class, () -> summaries.summary(EMMA), role);
        }
        assertEquals(0, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE id > ? AND event = 'PRINT'", before),
                "a refusal prints nothing");
    }

    @Test
    void thePrintPage_overHttp_showsEachReaderTheirSummary_andRefusesEveryoneElse() {
        long before = lastLogId();
        HttpResponse<String> file = web("anna.noord").get("client/view.xhtml?id=" + EMMA);
        assertTrue(file.body().contains("id=\"handoverLink\""), "the file page links to the summary");

        HttpResponse<String> anna = web("anna.noord").get("client/handover.xhtml?id=" + EMMA);
        assertEquals(200, anna.statusCode());
        assertTrue(anna.body().contains("Overdrachtsverslag") && anna.body().contains("Afdrukken"));
        assertTrue(anna.body().contains(RESTRICTED_NOTE), "the responsible caseworker reads the restricted note");
        assertTrue(anna.body().contains("Regisseur en teamleider"), "with its level");
        assertFalse(anna.body().contains(MEASURES_RESTRICTED), "and the measures themselves");
        assertEquals(1, prints("anna.noord", before), "one PRINT line for the print view");

        HttpResponse<String> bram = web("bram.noord").get("client/handover.xhtml?id=" + EMMA);
        assertEquals(200, bram.statusCode());
        assertTrue(bram.body().contains(TEAM_NOTE));
        assertFalse(bram.body().contains(RESTRICTED_NOTE), "a colleague does not read the restricted note");
        assertTrue(bram.body().contains(MEASURES_RESTRICTED), "a colleague gets one line instead of the measures");
        assertEquals(1, prints("bram.noord", before));

        HttpResponse<String> dirk = web("dirk.zuid").get("client/handover.xhtml?id=" + EMMA);
        assertEquals(404, dirk.statusCode(), "another team's file is not found");
        assertTrue(dirk.body().contains("Niet gevonden"));
        assertFalse(dirk.body().contains(TEAM_NOTE));
        for (String role : List.of("fatima.beleid", "gerrit.beheer", "hanna.privacy")) {
            HttpResponse<String> refused = web(role).get("client/handover.xhtml?id=" + EMMA);
            assertEquals(403, refused.statusCode(), role);
            assertTrue(refused.body().contains("Geen toegang"), role);
        }
        assertEquals(2, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE id > ? AND event = 'PRINT'", before),
                "only the two prints that were shown");
    }

    /**
     * On a file of its own (the demo files stay as they are): a plain letter, a court ruling that
     * belongs to a measure, and a voided document. The responsible caseworker and the team lead get
     * both documents, a colleague of the team the letter only, on the service and on the page.
     */
    @Test
    void documents_areListedForEachReader_aMeasuresDocumentOnlyWithTheMeasures() {
        String responsible = TestData.unique("cw.overdr").toLowerCase(Locale.ROOT);
        String colleague = TestData.unique("cw.overdc").toLowerCase(Locale.ROOT);
        long worker = Fixtures.worker(db, responsible, TestData.TEAM_NOORD, "CASEWORKER");
        Fixtures.worker(db, colleague, TestData.TEAM_NOORD, "CASEWORKER");
        long client = Fixtures.fileAwaitingPlanApproval(db, TestData.TEAM_NOORD, worker, TestData.unique("Overdracht"));
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        long measure = Fixtures.measure(db, client);
        Fixtures.document(db, client, "Brief van de woningcorporatie", "LETTER", today.minusDays(2), null);
        Fixtures.document(db, client, "Vonnis politierechter", "COURT_RULING", today.minusDays(9), measure);
        Fixtures.voidDocument(db, Fixtures.document(db, client, "Brief over een ander", "LETTER", today, null));

        for (String reader : List.of(responsible, "carla.noord")) {
            login.as(reader);
            assertEquals(List.of("Brief van de woningcorporatie/LETTER/" + today.minusDays(2)
                    + "/brief-van-de-woningcorporatie.pdf", "Vonnis politierechter/COURT_RULING/" + today.minusDays(9)
                    + "/vonnis-politierechter.pdf"), documents(summaries.summary(client)), reader);
        }
        long before = lastLogId();
        login.as(colleague);
        assertEquals(List.of("Brief van de woningcorporatie/LETTER/" + today.minusDays(2)
                + "/brief-van-de-woningcorporatie.pdf"), documents(summaries.summary(client)),
                "a colleague does not see the measure's document");
        assertEquals(1, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE id > ? AND event = 'PRINT' "
                + "AND worker_login = ? AND detail LIKE '%; documents=1'", before, colleague));
        assertEquals(0, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE id > ? AND outcome = 'DENIED' "
                + "AND worker_login = ?", before, colleague), "left out, not refused");

        HttpResponse<String> mine = web(responsible).get("client/handover.xhtml?id=" + client);
        assertTrue(mine.body().contains("id=\"documentTable\"") && mine.body().contains("Vonnis politierechter")
                && mine.body().contains("vonnis-politierechter.pdf"), "the print lists the measure's document");
        assertFalse(mine.body().contains("Brief over een ander"), "a voided document never");
        HttpResponse<String> theirs = web(colleague).get("client/handover.xhtml?id=" + client);
        assertEquals(200, theirs.statusCode());
        assertTrue(theirs.body().contains("Brief van de woningcorporatie"));
        assertFalse(theirs.body().contains("Vonnis politierechter"), "not on a colleague's print");
    }

    private static List<String> documents(HandoverSummary summary) {
        return summary.documents().stream().map(d -> d.title() + "/" + d.kind() + "/" + d.documentDate() + "/"
                + d.fileName()).toList();
    }

    private static WebClient web(String login) {
        return new WebClient(WebClient.applicationRoot()).loggedInAs(login);
    }

    /** The summary's notes as one text, to look for a phrase in. */
    private static String noteTexts(HandoverSummary summary) {
        return String.join("\n", summary.lastNotes().stream().map(JournalNoteRow::text).toList());
    }

    private long prints(String login, long after) {
        return Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE id > ? AND event = 'PRINT' AND outcome = 'SUCCESS' "
                + "AND client_id = ? AND worker_login = ? AND object_type = 'handover_summary'", after, EMMA, login);
    }

    private long lastLogId() {
        return Sql.number(db, "SELECT COALESCE(MAX(id), 0) FROM access_log");
    }
}
