package nl.gebiedsteam.caseload.measure;

import static nl.gebiedsteam.caseload.testsupport.TestData.ANNA_NOORD;
import static nl.gebiedsteam.caseload.testsupport.TestData.TEAM_NOORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.casefile.TimelineService;
import nl.gebiedsteam.caseload.client.ClientService;
import nl.gebiedsteam.caseload.client.FlagKind;
import nl.gebiedsteam.caseload.client.LegalGround;
import nl.gebiedsteam.caseload.client.Purpose;
import nl.gebiedsteam.caseload.shared.AccessDeniedException;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.ConcurrentEditException;
import nl.gebiedsteam.caseload.shared.JobLease;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.task.TaskKind;
import nl.gebiedsteam.caseload.task.TaskService;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import nl.gebiedsteam.caseload.testsupport.Fixtures;
import nl.gebiedsteam.caseload.testsupport.Sql;
import nl.gebiedsteam.caseload.testsupport.TestData;
import nl.gebiedsteam.caseload.testsupport.TestLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The measures register on the real stack: who may read measures (the assigned caseworker and the
 * team lead, nobody else, on every method), extension chains, Wvggz tasks, the expiry job's
 * idempotency under repetition and concurrency, and the document a measure was checked against.
 */
@ExtendWith(ArquillianExtension.class)
class MeasureIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestLogin().addClasses(MeasureIT.class);
    }

    @Inject
    TestLogin login;

    @Inject
    ClientService clients;

    @Inject
    MeasureService measures;

    @Inject
    MeasureExpiry expiry;

    @Inject
    JobLease lease;

    @Inject
    TaskService tasks;

    @Inject
    TimelineService timeline;

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource dataSource;

    private final LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);

    @Test
    void onlyTheAssignedCaseworkerAndTheTeamLead_readMeasures_onEveryPath() {
        login.as("anna.noord");
        long clientId = clientOfAnna();
        long measureId = measures.record(clientId, measure(clientId, "WVGGZ_CARE_AUTHORISATION", today.minusDays(10),
                today.plusDays(30)));
        long reportId = measures.reportWvggz(clientId, today, "Huisarts", "Zorgen over veiligheid");
        assertEquals(1, measures.list(clientId).size());
        login.as("carla.noord");
        assertEquals(1, measures.list(clientId).size(), "the team lead reads them");
        assertTrue(measures.expiring(0, 100).stream().anyMatch(e -> e.measureId() == measureId));

        for (String outsider : List.of("bram.noord", "dirk.zuid")) {
            login.as(outsider);
            long before = denied(clientId, outsider);
            List<Runnable> attempts = List.of(
                    () -> measures.list(clientId),
                    () -> measures.newForm(clientId, typeId("HALT")),
                    () -> measures.extensionForm(measureId),
                    () -> measures.record(clientId, measure(clientId, "HALT", today, today.plusDays(20))),
                    () -> measures.end(measureId, 0, MeasureOutcome.LIFTED_EARLY, today, null),
                    () -> measures.voidMeasure(measureId, 0, "Vergissing"),
                    () -> measures.wvggzReports(clientId),
                    () -> measures.reportWvggz(clientId, today, "x", "y"),
                    () -> measures.decideWvggz(reportId, 0, WvggzDecision.NO_REQUEST, today));
            for (Runnable attempt : attempts) {
                assertThrows(AccessDeniedException.class, attempt::run, outsider);
            }
            assertEquals(before + attempts.size(), denied(clientId, outsider), "every refusal logged: " + outsider);
            assertTrue(measures.expiring(0, 100).stream().noneMatch(e -> e.clientId() == clientId), outsider);
            assertTrue(tasks.open(0, 100).stream().noneMatch(t -> t.clientId() == clientId), outsider);
        }
        login.as("bram.noord");
        MeasureAccess colleague = measures.access(clientId);
        assertFalse(colleague.mayRead());
        assertEquals(2, colleague.restrictedItems(), "a colleague of the team sees only that restricted items exist");
        assertTrue(timeline.page(clientId, Set.of(), 0, 100).stream()
                .noneMatch(e -> e.text1() != null && e.text1().contains("Zorgmachtiging")), "not on the timeline");
        login.as("dirk.zuid");
        assertThrows(AccessDeniedException.class, () -> measures.access(clientId), "another team: not even that");

        for (String noClientRole : List.of("fatima.beleid", "gerrit.beheer", "hanna.privacy")) {
            login.as(noClientRole);
            assertThrows(EJBAccessException.class, () -> measures.list(clientId), noClientRole);
            assertThrows(EJBAccessException.class, () -> measures.expiring(0, 10), noClientRole);
        }
        assertTrue(Sql.number(dataSource, "SELECT COUNT(*) FROM access_log WHERE client_id = ? AND object_type = 'measure' "
                + "AND sensitivity = 'justice' AND event = 'READ' AND outcome = 'SUCCESS'", clientId) >= 2,
                "every read is logged as justice data");
    }

    @Test
    void extension_chainsToTheMeasureItExtends_andEndsIt() {
        login.as("anna.noord");
        long clientId = clientOfAnna();
        long first = measures.record(clientId, measure(clientId, "WVGGZ_CARE_AUTHORISATION", today.minusDays(170),
                today.plusDays(10)));
        MeasureForm extension = measures.extensionForm(first);
        assertEquals(today.plusDays(11), extension.getStartDate());
        extension.setDecisionDate(today);
        extension.setEndDate(extension.getStartDate().plusMonths(12));
        CaseloadException tooLong = assertThrows(CaseloadException.class, () -> measures.record(clientId, extension));
        assertEquals("measure.duration.confirm", tooLong.getMessageKey());
        extension.setDurationConfirmed(true);
        long second = measures.record(clientId, extension);

        List<MeasureRow> rows = measures.list(clientId);
        MeasureRow extended = rows.stream().filter(r -> r.id() == first).findFirst().orElseThrow();
        MeasureRow extending = rows.stream().filter(r -> r.id() == second).findFirst().orElseThrow();
        assertEquals(MeasureOutcome.EXTENDED, extended.outcome());
        assertEquals(2, extending.chainPosition());
        assertEquals(first, extending.extendsMeasureId());
        MeasureForm again = measures.extensionForm(first);
        again.setDecisionDate(today);
        again.setEndDate(again.getStartDate().plusDays(30));
        assertEquals("measure.extend.ended", assertThrows(CaseloadException.class,
                () -> measures.record(clientId, again)).getMessageKey(),
                "a measure is extended once; the chain is a line");
        MeasureForm overlapping = measure(clientId, "WVGGZ_CARE_AUTHORISATION", today, today.plusDays(30));
        assertEquals("measure.overlap", assertThrows(CaseloadException.class,
                () -> measures.record(clientId, overlapping)).getMessageKey());
    }

    @Test
    void expiryJob_runTwiceAndConcurrently_createsEachTaskOnce() throws Exception {
        login.as("anna.noord");
        long clientId = clientOfAnna();
        long within = measures.record(clientId, measure(clientId, "HALT", today.minusDays(20), today.plusDays(60)));
        long outside = measures.record(clientId, measure(clientId, "PREMISES_CLOSURE", today.minusDays(20),
                today.plusDays(61)));
        long overdue = measures.record(clientId, measure(clientId, "VOLUNTARY_UNDER_PRESSURE", today.minusDays(90),
                today.minusDays(1)));

        expiry.run(today);
        expiry.run(today);
        concurrently(() -> expiry.run(today), () -> expiry.run(today));

        assertEquals(1, tasksFor(within, TaskKind.MEASURE_EXPIRING), "day 60 is within the window");
        assertEquals(0, tasksFor(outside, TaskKind.MEASURE_EXPIRING), "day 61 is not");
        assertEquals(1, tasksFor(overdue, TaskKind.MEASURE_OVERDUE));
        assertEquals(Set.of(FlagKind.MEASURE_EXPIRING, FlagKind.MEASURE_OVERDUE), Set.copyOf(
                clients.openFlags(clientId).stream().map(f -> f.kind()).toList()));
        assertEquals(1, Sql.number(dataSource, "SELECT COUNT(*) FROM client_flag WHERE client_id = ? "
                + "AND kind = 'MEASURE_EXPIRING'", clientId));
        assertTrue(tasks.open(0, 100).stream().anyMatch(t -> t.clientId() == clientId
                && t.kind() == TaskKind.MEASURE_EXPIRING), "the caseworker sees the task");

        var flag = clients.openFlags(clientId).get(0);
        long taskId = Sql.number(dataSource, "SELECT id FROM task WHERE source_id = ? AND kind = 'MEASURE_EXPIRING'",
                within);
        login.as("bram.noord");
        assertThrows(AccessDeniedException.class, () -> tasks.complete(taskId, 1, "Gedaan"),
                "a colleague cannot close a task about a measure");
        assertThrows(AccessDeniedException.class, () -> clients.resolveFlag(flag.id(), flag.version(), "Afgehandeld"),
                "nor resolve a flag about one");
        login.as("anna.noord");
        MeasureRow toEnd = measures.list(clientId).stream().filter(r -> r.id() == overdue).findFirst().orElseThrow();
        measures.end(overdue, toEnd.version(), MeasureOutcome.ENDED_BY_TERM, today.minusDays(1), null);
        expiry.run(today);
        assertTrue(clients.openFlags(clientId).stream().noneMatch(f -> f.kind() == FlagKind.MEASURE_OVERDUE),
                "the flag is resolved once no measure is overdue");
        assertEquals(0, Sql.number(dataSource, "SELECT COUNT(*) FROM task WHERE source_id = ? AND status = 'OPEN'",
                overdue));
    }

    @Test
    void lease_isTakenByOneOfTwoConcurrentRunners() throws Exception {
        String job = TestData.unique("test-job-");
        Sql.execute(dataSource, "INSERT INTO job_lease (name, lease_until) VALUES (?, '2000-01-01')", job);
        List<Boolean> won = concurrently(
                () -> lease.acquire(job, "node-a", today, Duration.ofMinutes(5), true),
                () -> lease.acquire(job, "node-b", today, Duration.ofMinutes(5), true));
        assertEquals(1, won.stream().filter(Boolean::booleanValue).count(), "exactly one node runs the job");
        lease.release(job, "node-a");
        lease.release(job, "node-b");
        assertFalse(lease.acquire(job, "node-c", today, Duration.ofMinutes(5), true), "once per day");
        assertTrue(lease.acquire(job, "node-c", today, Duration.ofMinutes(5), false), "a manual run may follow");
    }

    @Test
    void wvggzReport_createsAnExplorationTaskDueIn14Days_closedByTheDecision() {
        login.as("anna.noord");
        long clientId = clientOfAnna();
        long reportId = measures.reportWvggz(clientId, today.minusDays(15), "Buurtteam", "Verward gedrag op straat");
        WvggzRow report = measures.wvggzReports(clientId).get(0);
        assertEquals(today.minusDays(1), report.dueOn());
        assertTrue(report.overdue(), "past the 14 days without a decision");
        assertTrue(tasks.open(0, 100).stream().anyMatch(t -> t.clientId() == clientId
                && t.kind() == TaskKind.WVGGZ_EXPLORATION && t.overdue()));
        measures.decideWvggz(reportId, report.version(), WvggzDecision.REQUEST_PROSECUTOR, today);
        assertTrue(tasks.open(0, 100).stream().noneMatch(t -> t.clientId() == clientId));
    }

    /**
     * Issue 24: a measure points at the document it was checked against, one of the same client's
     * that is not voided; choosing one makes the measure verified. The link is kept, read back, and
     * not copied into an extension (a new decision, checked against its own document).
     */
    @Test
    void verifiedDocument_isOneOfTheClientsOwn_notVoided_andMakesTheMeasureVerified() {
        login.as("anna.noord");
        long clientId = clientOfAnna();
        long otherClient = clientOfAnna();
        long own = Fixtures.document(dataSource, clientId, "Beschikking zorgmachtiging", "DECISION", today.minusDays(11),
                null);
        long othersDocument = Fixtures.document(dataSource, otherClient, "Beschikking van een ander", "DECISION",
                today.minusDays(11), null);
        long voided = Fixtures.document(dataSource, clientId, "Verkeerde beschikking", "DECISION", today.minusDays(11),
                null);
        Fixtures.voidDocument(dataSource, voided);

        for (long refused : List.of(othersDocument, voided, Long.MAX_VALUE)) {
            MeasureForm form = measure(clientId, "WVGGZ_CARE_AUTHORISATION", today.minusDays(10), today.plusDays(30));
            form.setVerifiedDocumentId(refused);
            assertEquals("measure.verifiedDocument.invalid", assertThrows(CaseloadException.class,
                    () -> measures.record(clientId, form)).getMessageKey(), "document " + refused);
        }
        assertEquals(0, Sql.number(dataSource, "SELECT COUNT(*) FROM coercion_measure WHERE client_id = ?", clientId),
                "nothing recorded");

        MeasureForm form = measure(clientId, "WVGGZ_CARE_AUTHORISATION", today.minusDays(10), today.plusDays(30));
        form.setVerified(false);
        form.setVerifiedDocumentId(own);
        long measureId = measures.record(clientId, form);
        MeasureRow row = measures.list(clientId).get(0);
        assertEquals(List.of(measureId, own, "Beschikking zorgmachtiging", true), List.of(row.id(),
                row.verifiedDocumentId(), row.verifiedDocumentTitle(), row.verified()),
                "read back, and checked against a document means verified");
        assertEquals(own, Sql.number(dataSource, "SELECT verified_document_id FROM coercion_measure WHERE id = ?",
                measureId));
        assertNull(measures.extensionForm(measureId).getVerifiedDocumentId(), "an extension is checked anew");

        login.as("carla.noord");
        assertEquals(Long.valueOf(own), measures.list(clientId).get(0).verifiedDocumentId(),
                "the team lead reads the link too");
        login.as("anna.noord");
        Fixtures.voidDocument(dataSource, own);
        MeasureRow afterVoiding = measures.list(clientId).get(0);
        assertEquals(Arrays.asList(null, null, true), Arrays.asList(afterVoiding.verifiedDocumentId(),
                afterVoiding.verifiedDocumentTitle(), afterVoiding.verified()),
                "a voided document is not shown; the measure stays verified");
    }

    /**
     * A decision often reaches the file after the measure was recorded: the measure is pointed at it
     * later, with the version it was read at, by the same few who may read measures.
     */
    @Test
    void verifyAgainst_pointsARecordedMeasureAtALaterDocument_withOptimisticLocking() {
        login.as("anna.noord");
        long clientId = clientOfAnna();
        long measureId = measures.record(clientId, measure(clientId, "HALT", today.minusDays(5), today.plusDays(20)));
        MeasureRow recorded = measures.list(clientId).get(0);
        assertEquals(Arrays.asList(null, false), Arrays.asList(recorded.verifiedDocumentId(), recorded.verified()));
        long ruling = Fixtures.document(dataSource, clientId, "Halt-afdoening", "DECISION", today.minusDays(5),
                measureId);
        long otherClientsDocument = Fixtures.document(dataSource, clientOfAnna(), "Halt van een ander", "DECISION",
                today, null);

        assertEquals("measure.verifiedDocument.invalid", assertThrows(CaseloadException.class,
                () -> measures.verifyAgainst(measureId, recorded.version(), otherClientsDocument)).getMessageKey());
        login.as("bram.noord");
        assertThrows(AccessDeniedException.class, () -> measures.verifyAgainst(measureId, recorded.version(), ruling),
                "a colleague of the team may not");
        login.as("anna.noord");
        measures.verifyAgainst(measureId, recorded.version(), ruling);
        MeasureRow linked = measures.list(clientId).get(0);
        assertEquals(List.of(ruling, "Halt-afdoening", true), List.of(linked.verifiedDocumentId(),
                linked.verifiedDocumentTitle(), linked.verified()));
        assertThrows(ConcurrentEditException.class, () -> measures.verifyAgainst(measureId, recorded.version(), null),
                "a change made meanwhile is reported, not overwritten");

        measures.verifyAgainst(measureId, linked.version(), null);
        MeasureRow cleared = measures.list(clientId).get(0);
        assertEquals(Arrays.asList(null, true), Arrays.asList(cleared.verifiedDocumentId(), cleared.verified()),
                "the link can be taken away; that it was checked stays");
    }

    private long clientOfAnna() {
        return clients.register(TestData.client(TEAM_NOORD, ANNA_NOORD), false);
    }

    private MeasureForm measure(long clientId, String typeCode, LocalDate start, LocalDate end) {
        MeasureForm form = measures.newForm(clientId, typeId(typeCode));
        form.setDecisionDate(start);
        form.setStartDate(start);
        form.setEndDate(end);
        form.setDurationConfirmed(true);
        form.setPurpose(Purpose.CARE_COORDINATION);
        form.setLegalGround(LegalGround.WVGGZ);
        return form;
    }

    private long typeId(String code) {
        return Sql.number(dataSource, "SELECT id FROM measure_type WHERE code = ?", code);
    }

    private long tasksFor(long measureId, TaskKind kind) {
        return Sql.number(dataSource, "SELECT COUNT(*) FROM task WHERE source_id = ? AND kind = ?", measureId, kind.name());
    }

    private long denied(long clientId, String login) {
        return Sql.number(dataSource, "SELECT COUNT(*) FROM access_log WHERE client_id = ? AND worker_login = ? "
                + "AND outcome = 'DENIED' AND object_type = 'measure'", clientId, login);
    }

    @SafeVarargs
    private static <T> List<T> concurrently(Callable<T>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
