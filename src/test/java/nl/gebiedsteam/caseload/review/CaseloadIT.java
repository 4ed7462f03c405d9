package nl.gebiedsteam.caseload.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.client.HandoverView;
import nl.gebiedsteam.caseload.client.Handovers;
import nl.gebiedsteam.caseload.client.Reassignment;
import nl.gebiedsteam.caseload.measure.MeasureService;
import nl.gebiedsteam.caseload.shared.AccessDeniedException;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.HandedOverException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
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
 * The team lead's overview against a team built in the test, with its expected numbers written
 * out by hand: every figure, the lists behind them, the approval queue, and (re)assignment — and
 * nothing of another team on any of those paths.
 *
 * <p>The team (lead, caseworkers A and B) and its clients:
 * <ul>
 * <li>Anton (A): ACTIVE since 100 days; last contact exactly 30 days ago (still "recent"); plan
 * review date yesterday; referral waiting 43 days; measure ending exactly 60 days from today; a
 * task due yesterday.</li>
 * <li>Bea (A): PLAN_DRAFT with a plan awaiting approval; never a contact; review date today;
 * referral waiting exactly 42 days (not too long); measure ending in 61 days; task due today.</li>
 * <li>Cor (A): only a closed pathway (started 200, ended 10 days ago).</li>
 * <li>Dirk (B): ESCALATED since 300 days; last contact 31 days ago; a measure already ended; a
 * referral DONE.</li>
 * <li>Eef (B): voided client with an open pathway: counts nowhere.</li>
 * <li>Fien (nobody): REGISTERED since 5 days, no caseworker, no contact.</li>
 * <li>One unlinked signal waiting, one closed without action.</li>
 * </ul>
 */
@ExtendWith(ArquillianExtension.class)
class CaseloadIT {

    private static final String HANDOVER = "Anton wacht op zijn intake; bel eerst zijn zus, zij weet meer.";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestLogin().addClasses(CaseloadIT.class);
    }

    @Inject
    TestLogin login;

    @Inject
    CaseloadService caseload;

    @Inject
    Reassignment reassignment;

    @Inject
    Handovers handovers;

    @Inject
    MeasureService measures;

    @Inject
    WorkService work;

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource db;

    private final LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);

    /** Ids of one built team. */
    private record Team(long id, String lead, long leadId, String a, long aId, String b, long bId, long anton, long bea,
            long cor, long dirk, long eef, long fien, long beaPathway) {
    }

    @Test
    void overview_everyFigureMatchesTheHandCountedTeam() {
        Team t = buildTeam();
        login.as(t.lead());
        Overview overview = caseload.overview();

        Map<Long, OverviewRow> rows = overview.rows().stream().collect(Collectors.toMap(OverviewRow::workerId, r -> r));
        assertEquals(Set.of(t.leadId(), t.aId(), t.bId()), rows.keySet(), "the team's caseworkers, nobody else");
        OverviewRow a = rows.get(t.aId());
        assertEquals(2, a.count(OverviewMetric.OPEN_PATHWAYS));
        assertEquals(1, a.openIn("ACTIVE"));
        assertEquals(1, a.openIn("PLAN_DRAFT"));
        assertEquals(1, a.count(OverviewMetric.NO_RECENT_CONTACT), "Bea; Anton's contact exactly 30 days ago counts");
        assertEquals(1, a.count(OverviewMetric.REVIEW_OVERDUE), "Anton; Bea's review is today");
        assertEquals(1, a.count(OverviewMetric.AWAITING_APPROVAL));
        assertEquals(1, a.count(OverviewMetric.REFERRAL_WAITING), "43 days counts, 42 does not");
        assertEquals(1, a.count(OverviewMetric.MEASURE_EXPIRING), "day 60 counts, day 61 does not");
        assertEquals(1, a.count(OverviewMetric.TASK_OVERDUE), "due yesterday counts, due today does not");
        assertEquals(0, new java.math.BigDecimal("2").compareTo(a.weighted()), "two medium pathways");
        assertFalse(a.overloaded(), "no norm set: never overloaded, whatever the others carry (issue 25)");

        OverviewRow b = rows.get(t.bId());
        assertEquals(1, b.count(OverviewMetric.OPEN_PATHWAYS), "Eef is voided");
        assertEquals(1, b.openIn("ESCALATED"));
        assertEquals(1, b.count(OverviewMetric.NO_RECENT_CONTACT));
        for (OverviewMetric m : List.of(OverviewMetric.REVIEW_OVERDUE, OverviewMetric.AWAITING_APPROVAL,
                OverviewMetric.REFERRAL_WAITING, OverviewMetric.MEASURE_EXPIRING, OverviewMetric.TASK_OVERDUE)) {
            assertEquals(0, b.count(m), m.name());
        }
        assertFalse(b.overloaded());
        assertEquals(0, rows.get(t.leadId()).openPathways());

        OverviewRow totals = overview.totals();
        assertEquals(4, totals.count(OverviewMetric.OPEN_PATHWAYS), "Anton, Bea, Dirk and unassigned Fien");
        assertEquals(3, totals.count(OverviewMetric.NO_RECENT_CONTACT), "Bea, Dirk, Fien");
        assertEquals(1, totals.count(OverviewMetric.REVIEW_OVERDUE));
        assertEquals(1, totals.count(OverviewMetric.AWAITING_APPROVAL));
        assertEquals(1, totals.count(OverviewMetric.REFERRAL_WAITING));
        assertEquals(1, totals.count(OverviewMetric.MEASURE_EXPIRING));
        assertEquals(1, totals.count(OverviewMetric.TASK_OVERDUE));
        assertEquals(1, overview.unassignedClients(), "Fien");
        assertEquals(1, overview.unlinkedSignals());
        assertEquals(0, new java.math.BigDecimal("4").compareTo(totals.weighted()), "Fien's pathway counts for the team");
        assertTrue(overview.defaultNorm(), "no norm of the team's own: the default applies");
        assertEquals(12, overview.months().size());
        assertEquals(5, overview.months().stream().mapToLong(MonthFlow::inflow).sum(), "all but voided Eef's");
        assertEquals(1, overview.months().stream().mapToLong(MonthFlow::outflow).sum(), "Cor's");
    }

    @Test
    void drillDown_listsExactlyWhatEachFigureCounts() {
        Team t = buildTeam();
        login.as(t.lead());
        assertEquals(List.of(t.bea()), clients(OverviewMetric.NO_RECENT_CONTACT, t.aId()));
        assertEquals(Set.of(t.bea(), t.dirk(), t.fien()), Set.copyOf(clients(OverviewMetric.NO_RECENT_CONTACT, null)));
        assertEquals(3, caseload.drillDownCount(OverviewMetric.NO_RECENT_CONTACT, null));
        assertEquals(List.of(t.anton()), clients(OverviewMetric.MEASURE_EXPIRING, null));
        assertEquals(List.of(t.anton()), clients(OverviewMetric.REFERRAL_WAITING, null));
        assertEquals(List.of(t.fien()), clients(OverviewMetric.UNASSIGNED_CLIENTS, null));
        assertEquals(Set.of(t.anton(), t.bea(), t.dirk(), t.fien()), Set.copyOf(clients(OverviewMetric.OPEN_PATHWAYS, null)));
        assertEquals(2, caseload.drillDown(OverviewMetric.OPEN_PATHWAYS, null, 2, 2).size(), "paged in the database");
        assertEquals(1, caseload.drillDown(OverviewMetric.UNLINKED_SIGNALS, null, 0, 10).size());
        assertTrue(clients(OverviewMetric.OPEN_PATHWAYS, 1L).isEmpty(), "a worker of another team: nothing");
        assertEquals(List.of(t.beaPathway()), caseload.approvalQueue().stream().map(ApprovalRequest::pathwayId).toList());
    }

    @Test
    void otherTeamsLead_seesNothingOfThisTeam_onAnyPath() {
        Team t = buildTeam();
        login.as("carla.noord");
        Set<Long> ours = Set.of(t.anton(), t.bea(), t.cor(), t.dirk(), t.eef(), t.fien());
        assertTrue(caseload.overview().rows().stream().noneMatch(r -> Set.of(t.aId(), t.bId(), t.leadId())
                .contains(r.workerId())));
        for (OverviewMetric metric : OverviewMetric.values()) {
            if (metric != OverviewMetric.UNLINKED_SIGNALS) {
                assertTrue(caseload.drillDown(metric, null, 0, 100).stream().noneMatch(r -> ours.contains(r.clientId())),
                        metric.name());
                assertTrue(caseload.drillDown(metric, t.aId(), 0, 100).isEmpty(), metric + " for another team's worker");
            }
        }
        assertTrue(caseload.approvalQueue().stream().noneMatch(q -> ours.contains(q.clientId())));
        long before = Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE client_id = ? AND outcome = 'DENIED' "
                + "AND object_type = 'assignment'", t.anton());
        assertThrows(AccessDeniedException.class, () -> reassignment.reassign(List.of(1L, t.anton()), 2L, "Verdeling", HANDOVER),
                "a tampered bulk request with another team's client id");
        assertEquals(before + 1, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE client_id = ? "
                + "AND outcome = 'DENIED' AND object_type = 'assignment'", t.anton()), "refused and logged");
        assertEquals(t.aId(), Sql.number(db, "SELECT responsible_worker_id FROM client WHERE id = ?", t.anton()));
        assertEquals(3, Sql.number(db, "SELECT responsible_worker_id FROM client WHERE id = 1"),
                "all or nothing: the own-team client in the same request did not move either");

        login.as(t.a());
        assertThrows(EJBAccessException.class, () -> caseload.overview(), "a caseworker cannot open the overview");
        assertThrows(EJBAccessException.class, () -> reassignment.reassign(List.of(t.anton()), t.bId(), "Verdeling", HANDOVER));
    }

    @Test
    void reassign_movesClientsPathwaysAndTasks_andTheNewCaseworkerSeesThem() {
        Team t = buildTeam();
        login.as(t.lead());
        assertEquals("reassign.handover.required", assertThrows(CaseloadException.class, () -> reassignment.reassign(
                List.of(t.anton()), t.bId(), "Caseload verdelen", "kort")).getMessageKey());
        assertEquals(2, reassignment.reassign(List.of(t.anton(), t.bea()), t.bId(), "Caseload verdelen", HANDOVER));
        assertEquals(t.bId(), Sql.number(db, "SELECT responsible_worker_id FROM client WHERE id = ?", t.anton()));
        assertEquals(t.bId(), Sql.number(db, "SELECT responsible_worker_id FROM pathway WHERE client_id = ? "
                + "AND status <> 'CLOSED'", t.anton()));
        assertEquals(t.bId(), Sql.number(db, "SELECT owner_worker_id FROM task WHERE client_id = ?", t.anton()));
        assertEquals(2, Sql.number(db, "SELECT COUNT(*) FROM assignment WHERE to_worker_id = ? AND from_worker_id = ? "
                + "AND reason = 'Caseload verdelen'", t.bId(), t.aId()));
        assertTrue(Sql.exists(db, "SELECT 1 FROM access_log WHERE client_id = ? AND object_type = 'assignment' "
                + "AND outcome = 'SUCCESS' AND detail LIKE 'from=%; to=%'", t.bea()));
        assertFalse(Sql.exists(db, "SELECT 1 FROM access_log WHERE detail LIKE '%Caseload verdelen%'"),
                "the reason is free text: kept with the assignment, never in the log (issue 23)");
        assertEquals(3, caseload.overview().rows().stream().filter(r -> r.workerId() == t.bId()).findFirst()
                .orElseThrow().openPathways());

        // the previous caseworker's old bookmark of a restricted part: told when and whom to ask, nothing logged
        login.as(t.a());
        long refusals = Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE client_id = ? AND outcome = 'DENIED'",
                t.anton());
        HandedOverException gone = assertThrows(HandedOverException.class, () -> measures.list(t.anton()));
        assertEquals(LocalDate.now(Times.DISPLAY_ZONE), gone.getHandedOverOn());
        HttpResponse<String> page = new WebClient(WebClient.applicationRoot()).loggedInAs(t.a())
                .get("client/measures.xhtml?id=" + t.anton());
        assertEquals(410, page.statusCode());
        assertTrue(page.body().contains("U hebt deze cliënt op "), page.body());
        assertFalse(page.body().contains("Anton"), "nothing of the client");
        assertEquals(refusals, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE client_id = ? AND outcome = 'DENIED'",
                t.anton()), "an old bookmark is not a breach");

        // the handover waits for the new caseworker only, until they mark it read
        assertTrue(handovers.unread(t.anton()).isEmpty(), "not for the previous caseworker");
        login.as(t.b());
        HandoverView handover = handovers.unread(t.anton()).orElseThrow();
        assertEquals(List.of(HANDOVER, "Caseload verdelen", t.lead()), List.of(handover.handover(), handover.reason(),
                handover.assignedBy()));
        login.as(t.a());
        assertThrows(NotFoundException.class, () -> handovers.markRead(handover.assignmentId()), "nor theirs to mark");
        login.as(t.b());
        handovers.markRead(handover.assignmentId());
        assertTrue(handovers.unread(t.anton()).isEmpty(), "read");
        assertTrue(handovers.unread(t.bea()).isPresent(), "each client's handover on its own");
        login.as(t.b());
        assertEquals(Set.of(t.anton(), t.bea()), work.recentlyAssigned().stream().map(RecentAssignment::clientId)
                .collect(Collectors.toSet()));
        assertTrue(work.clientsNeedingAttention().stream().anyMatch(c -> c.clientId() == t.anton() && c.reviewOverdue()
                && c.measureExpiring() && c.referralWaiting()));
    }

    private List<Long> clients(OverviewMetric metric, Long worker) {
        return caseload.drillDown(metric, worker, 0, 100).stream().map(DrillDownRow::clientId).toList();
    }

    /** A fresh team with the clients described in the class comment, built with plain SQL. */
    private Team buildTeam() {
        String u = TestData.unique("t").toLowerCase(Locale.ROOT);
        long team = Fixtures.team(db, "Team " + u);
        String lead = "lead." + u;
        String a = "cwa." + u;
        String b = "cwb." + u;
        long leadId = Fixtures.worker(db, lead, team, "TEAM_LEAD");
        long aId = Fixtures.worker(db, a, team, "CASEWORKER");
        long bId = Fixtures.worker(db, b, team, "CASEWORKER");
        long anton = client("Anton", team, aId, false, "ACTIVE");
        long bea = client("Bea", team, aId, false, "ACTIVE");
        long cor = client("Cor", team, aId, false, "CLOSED");
        long dirk = client("Dirk", team, bId, false, "ACTIVE");
        long eef = client("Eef", team, bId, true, "ACTIVE");
        long fien = client("Fien", team, null, false, "ACTIVE");

        long antonPathway = pathway(anton, team, aId, "ACTIVE", 100, null, null);
        long beaPathway = pathway(bea, team, aId, "PLAN_DRAFT", 20, null, "PLAN");
        pathway(cor, team, aId, "CLOSED", 200, 10, null);
        pathway(dirk, team, bId, "ESCALATED", 300, null, null);
        pathway(eef, team, bId, "ACTIVE", 50, null, null);
        pathway(fien, team, null, "REGISTERED", 5, null, null);

        contact(anton, today.minusDays(30).atTime(9, 0));
        contact(anton, today.minusDays(60).atTime(9, 0));
        contact(cor, today.minusDays(31).atTime(9, 0));
        contact(dirk, today.minusDays(31).atTime(23, 59));
        plan(antonPathway, today.minusDays(1));
        plan(beaPathway, today);
        long provider = Sql.number(db, "SELECT MIN(id) FROM referral_provider");
        referral(anton, provider, 43, "IN_PROGRESS");
        referral(bea, provider, 42, "ACCEPTED");
        referral(dirk, provider, 80, "DONE");
        long type = Sql.number(db, "SELECT id FROM measure_type WHERE code = 'VOLUNTARY_UNDER_PRESSURE'");
        measure(anton, type, today.plusDays(60), null);
        measure(bea, type, today.plusDays(61), null);
        measure(dirk, type, today.plusDays(20), "LIFTED_EARLY");
        task(anton, team, aId, today.minusDays(1));
        task(bea, team, aId, today);
        signal(team, "NEW");
        signal(team, "NO_ACTION");
        return new Team(team, lead, leadId, a, aId, b, bId, anton, bea, cor, dirk, eef, fien, beaPathway);
    }


    private long client(String name, long team, Long responsible, boolean voided, String status) {
        return Sql.insert(db, "INSERT INTO client (given_names, surname, date_of_birth, gender, postcode, area, "
                + "area_team_id, responsible_worker_id, status, purpose, legal_ground, voided, voided_at, void_reason, "
                + "version, created_at, created_by, modified_at, modified_by) VALUES (?, ?, '1990-01-01', 'OTHER', "
                + "'3861 AB', 'Testwijk', ?, ?, ?, 'ADDICTION_SUPPORT', 'WMO_2015', ?, ?, ?, 1, NOW(), 't', NOW(), 't')",
                name, TestData.unique("Test"), team, responsible, status, voided, voided ? LocalDateTime.now() : null,
                voided ? "dubbel" : null);
    }

    private long pathway(long client, long team, Long responsible, String status, int startedDaysAgo, Integer endedDaysAgo,
            String pending) {
        boolean closed = "CLOSED".equals(status);
        return Sql.insert(db, "INSERT INTO pathway (client_id, area_team_id, responsible_worker_id, start_date, end_date, "
                + "status, repeat_request, purpose, legal_ground, pending_approval, approval_requested_at, "
                + "approval_requested_by, closure_outcome, closure_detail, version, created_at, created_by, modified_at, "
                + "modified_by) VALUES (?, ?, ?, ?, ?, ?, FALSE, 'ADDICTION_SUPPORT', 'WMO_2015', ?, ?, ?, ?, ?, 1, "
                + "NOW(), 't', NOW(), 't')", client, team, responsible, today.minusDays(startedDaysAgo),
                endedDaysAgo == null ? null : today.minusDays(endedDaysAgo), status, pending,
                pending == null ? null : LocalDateTime.now().minusDays(2), pending == null ? null : "t",
                closed ? "ENDED_EARLY" : null, closed ? "MOVED_AWAY" : null);
    }

    private void contact(long client, LocalDateTime when) {
        Sql.insert(db, "INSERT INTO client_contact (client_id, occurred_local, kind, duration_minutes, version, "
                + "created_at, created_by, modified_at, modified_by) VALUES (?, ?, 'PHONE', 10, 1, NOW(), 't', NOW(), 't')",
                client, when);
    }

    private void plan(long pathway, LocalDate review) {
        Sql.insert(db, "INSERT INTO support_plan (pathway_id, plan_number, status, review_date, version, created_at, "
                + "created_by, modified_at, modified_by) VALUES (?, 1, 'DRAFT', ?, 1, NOW(), 't', NOW(), 't')",
                pathway, review);
    }

    private void referral(long client, long provider, int referredDaysAgo, String status) {
        Sql.insert(db, "INSERT INTO referral (client_id, provider_id, referred_on, status, shares_data, version, "
                + "created_at, created_by, modified_at, modified_by) VALUES (?, ?, ?, ?, FALSE, 1, NOW(), 't', NOW(), 't')",
                client, provider, today.minusDays(referredDaysAgo), status);
    }

    private void measure(long client, long type, LocalDate end, String outcome) {
        Sql.insert(db, "INSERT INTO coercion_measure (client_id, measure_type_id, kind, legal_basis, deciding_authority, "
                + "decision_date, start_date, end_date, learned_via, outcome, outcome_date, purpose, legal_ground, "
                + "version, created_at, created_by, modified_at, modified_by) VALUES (?, ?, 'DRANG', 'x', 'x', ?, ?, ?, "
                + "'CLIENT', ?, ?, 'ADDICTION_SUPPORT', 'WMO_2015', 1, NOW(), 't', NOW(), 't')", client, type,
                today.minusDays(30), today.minusDays(30), end, outcome, outcome == null ? null : today.minusDays(1));
    }

    private void task(long client, long team, long owner, LocalDate due) {
        Sql.insert(db, "INSERT INTO task (client_id, area_team_id, owner_worker_id, kind, source_id, due_date, restricted, "
                + "status, version, created_at, created_by, modified_at, modified_by) VALUES (?, ?, ?, 'WVGGZ_EXPLORATION', "
                + "?, ?, TRUE, 'OPEN', 1, NOW(), 't', NOW(), 't')", client, team, owner, -client - due.toEpochDay(), due);
    }

    private void signal(long team, String status) {
        Sql.insert(db, "INSERT INTO signal_report (area_team_id, source, received_local, summary, concern_level, purpose, "
                + "legal_ground, person_name, status, status_changed_at, status_changed_by, follow_up, version, created_at, "
                + "created_by, modified_at, modified_by) VALUES (?, 'SCHOOL', NOW(), 'Zorgen', 'LOW', 'SIGNAL_FOLLOW_UP', "
                + "'WMO_2015', 'Kim', ?, NOW(), 't', ?, 1, NOW(), 't', NOW(), 't')", team, status,
                "NO_ACTION".equals(status) ? "Geen zorgen" : null);
    }
}
