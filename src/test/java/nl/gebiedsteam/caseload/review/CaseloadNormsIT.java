package nl.gebiedsteam.caseload.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.client.Reassignment;
import nl.gebiedsteam.caseload.pathway.PathwayService;
import nl.gebiedsteam.caseload.pathway.PathwayWeight;
import nl.gebiedsteam.caseload.shared.AccessDeniedException;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.ConcurrentEditException;
import nl.gebiedsteam.caseload.shared.OutOfScopeException;
import nl.gebiedsteam.caseload.shared.Times;
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
 * Issue 25: caseload against one's own norm instead of the team average, the team lead as the only
 * one who sets norms and weights, and the waiting list — each on a team built in the test, so the
 * demo team stays as it is.
 */
@ExtendWith(ArquillianExtension.class)
class CaseloadNormsIT {

    private static final String HANDOVER = "Wacht op een eerste gesprek; bel eerst de huisarts.";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestLogin().addClasses(CaseloadNormsIT.class);
    }

    @Inject
    TestLogin login;

    @Inject
    CaseloadService caseload;

    @Inject
    CaseloadNorms norms;

    @Inject
    PathwayService pathways;

    @Inject
    Reassignment reassignment;

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource db;

    private final LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);

    private record Team(long id, String lead, long leadId, String a, long aId, String b, long bId, String c, long cId) {
    }

    /**
     * The example: with the average rule, worker C without clients pulled the team average down
     * and A and B were both flagged. Against their own norms only A is above it; C's hours change nothing
     * for anyone else; the team lead with pathways but no hours has no norm and is never flagged.
     */
    @Test
    void overloaded_meansAboveOnesOwnNorm_andAWorkerWithoutClientsChangesNothingForOthers() {
        Team t = team();
        long a1 = pathwayFor(t, t.aId(), 30);
        for (int i = 0; i < 3; i++) {
            pathwayFor(t, t.aId(), 20);
        }
        long b1 = pathwayFor(t, t.bId(), 10);
        long b2 = pathwayFor(t, t.bId(), 10);
        for (int i = 0; i < 6; i++) {
            pathwayFor(t, t.leadId(), 50);
        }
        login.as(t.lead());
        norms.setPointsPerFte(0, new BigDecimal("4"));
        norms.setHours(t.aId(), 0, new BigDecimal("36"));
        norms.setHours(t.bId(), 0, new BigDecimal("18"));
        pathways.setWeight(a1, 1, PathwayWeight.HEAVY);
        pathways.setWeight(b1, 1, PathwayWeight.LIGHT);
        pathways.setWeight(b2, 1, PathwayWeight.LIGHT);

        Map<Long, OverviewRow> rows = rows();
        OverviewRow a = rows.get(t.aId());
        assertEquals(0, new BigDecimal("5").compareTo(a.weighted()), "one heavy (2) and three medium (1 each)");
        assertEquals(0, new BigDecimal("4").compareTo(a.normPoints()), "36 of 36 hours × 4 points per FTE");
        assertEquals(125, a.loadPercent());
        assertTrue(a.overloaded(), "5 points against a norm of 4");
        OverviewRow b = rows.get(t.bId());
        assertEquals(0, BigDecimal.ONE.compareTo(b.weighted()), "two light pathways");
        assertEquals(0, new BigDecimal("2").compareTo(b.normPoints()), "18 hours: half the team norm");
        assertEquals(50, b.loadPercent());
        assertFalse(b.overloaded());
        OverviewRow c = rows.get(t.cId());
        assertNull(c.normPoints(), "no hours: no norm");
        assertFalse(c.overloaded());
        OverviewRow lead = rows.get(t.leadId());
        assertEquals(6, lead.openPathways());
        assertNull(lead.loadPercent());
        assertFalse(lead.overloaded(), "no norm: never overloaded, however many pathways");
        assertEquals(0, new BigDecimal("12").compareTo(caseload.overview().totals().weighted()));
        assertEquals(0, new BigDecimal("4").compareTo(caseload.overview().pointsPerFte()));
        assertFalse(caseload.overview().defaultNorm());

        // C, without clients, gets a norm: nothing changes for A or B
        norms.setHours(t.cId(), 0, new BigDecimal("36"));
        rows = rows();
        assertEquals(0, rows.get(t.cId()).loadPercent());
        assertFalse(rows.get(t.cId()).overloaded());
        assertTrue(rows.get(t.aId()).overloaded());
        assertFalse(rows.get(t.bId()).overloaded());
        assertEquals(50, rows.get(t.bId()).loadPercent());
        assertEquals(List.of(t.aId()), rows.values().stream().filter(OverviewRow::overloaded).map(OverviewRow::workerId)
                .toList(), "one of four flagged, not three");

        // exactly at the norm is not above it: A's heavy pathway becomes medium, 4 of 4
        pathways.setWeight(a1, 2, PathwayWeight.MEDIUM);
        assertFalse(rows().get(t.aId()).overloaded());
        assertEquals(100, rows().get(t.aId()).loadPercent());
    }

    @Test
    void aTeamWithoutANormOfItsOwn_usesTheDefault() {
        Team t = team();
        pathwayFor(t, t.aId(), 5);
        login.as(t.lead());
        norms.setHours(t.aId(), 0, new BigDecimal("32"));
        Overview overview = caseload.overview();
        assertTrue(overview.defaultNorm());
        assertEquals(0, Norms.DEFAULT_POINTS_PER_FTE.compareTo(overview.pointsPerFte()));
        OverviewRow a = rows().get(t.aId());
        assertEquals(0, new BigDecimal("17.8").compareTo(a.normPoints()), "32 / 36 × 20");
        assertEquals(6, a.loadPercent(), "1 of 17.8 points");
    }

    @Test
    void onlyTheTeamsOwnLead_setsNormsAndWeights_everyRefusalLogged() {
        Team t = team();
        long p = pathwayFor(t, t.aId(), 10);
        long client = Sql.number(db, "SELECT client_id FROM pathway WHERE id = ?", p);

        login.as(t.a());
        long denied = denials(t.a(), "caseload_norm");
        assertThrows(AccessDeniedException.class, () -> norms.setHours(t.aId(), 0, new BigDecimal("36")),
                "a caseworker, even for their own hours");
        assertThrows(AccessDeniedException.class, () -> norms.setPointsPerFte(0, new BigDecimal("30")));
        assertEquals(denied + 2, denials(t.a(), "caseload_norm"));
        long deniedPathway = denials(t.a(), "pathway");
        assertThrows(AccessDeniedException.class, () -> pathways.setWeight(p, 1, PathwayWeight.LIGHT),
                "the caseworker of the pathway");
        assertEquals(deniedPathway + 1, denials(t.a(), "pathway"));

        login.as("carla.noord");
        long deniedCarla = denials("carla.noord", "caseload_norm");
        assertThrows(AccessDeniedException.class, () -> norms.setHours(t.aId(), 0, new BigDecimal("36")),
                "another team's lead");
        assertEquals(deniedCarla + 1, denials("carla.noord", "caseload_norm"));
        long deniedCarlaPathway = denials("carla.noord", "pathway");
        assertThrows(OutOfScopeException.class, () -> pathways.setWeight(p, 1, PathwayWeight.HEAVY));
        assertEquals(deniedCarlaPathway + 1, denials("carla.noord", "pathway"));

        for (String outsider : List.of("fatima.beleid", "gerrit.beheer")) {
            login.as(outsider);
            long before = denials(outsider, "caseload_norm");
            long beforePathway = denials(outsider, "pathway");
            assertThrows(AccessDeniedException.class, () -> norms.setHours(t.aId(), 0, new BigDecimal("36")), outsider);
            assertThrows(AccessDeniedException.class, () -> norms.setPointsPerFte(0, new BigDecimal("30")), outsider);
            assertThrows(AccessDeniedException.class, () -> pathways.setWeight(p, 1, PathwayWeight.HEAVY), outsider);
            assertEquals(before + 2, denials(outsider, "caseload_norm"), outsider);
            assertEquals(beforePathway + 1, denials(outsider, "pathway"), outsider);
        }
        assertFalse(Sql.exists(db, "SELECT 1 FROM worker_caseload_norm WHERE worker_id = ?", t.aId()), "nothing set");
        assertFalse(Sql.exists(db, "SELECT 1 FROM team_caseload_norm WHERE area_team_id = ?", t.id()));
        assertEquals(1, Sql.number(db, "SELECT COUNT(*) FROM pathway WHERE id = ? AND weight = 'MEDIUM' AND version = 1", p));

        login.as(t.lead());
        for (String hours : List.of("0", "40.5", "32.25", "-8")) {
            assertEquals("norm.hours.invalid", assertThrows(CaseloadException.class,
                    () -> norms.setHours(t.aId(), 0, new BigDecimal(hours))).getMessageKey(), hours);
        }
        assertEquals("norm.points.invalid", assertThrows(CaseloadException.class,
                () -> norms.setPointsPerFte(0, null)).getMessageKey());
        norms.setHours(t.aId(), 0, new BigDecimal("32.5"));
        pathways.setWeight(p, 1, PathwayWeight.HEAVY);
        assertEquals("HEAVY", Sql.rows(db, "SELECT weight FROM pathway WHERE id = ?", r -> r.getString(1), p).get(0));
        assertTrue(Sql.exists(db, "SELECT 1 FROM access_log WHERE object_type = 'caseload_norm' AND outcome = 'SUCCESS' "
                + "AND worker_login = ? AND detail = ?", t.lead(), "hours; worker=" + t.a() + "; from=-; to=32.5"));
        assertTrue(Sql.exists(db, "SELECT 1 FROM access_log WHERE object_type = 'pathway' AND outcome = 'SUCCESS' "
                + "AND client_id = ? AND detail = ?", client, "weight; pathway=" + p + "; from=MEDIUM; to=HEAVY"));
    }

    @Test
    void aStaleVersion_isRefused_andNothingIsOverwritten() {
        Team t = team();
        long p = pathwayFor(t, t.aId(), 10);
        login.as(t.lead());
        norms.setHours(t.aId(), 0, new BigDecimal("36"));
        assertThrows(ConcurrentEditException.class, () -> norms.setHours(t.aId(), 0, new BigDecimal("20")),
                "someone set the hours since this lead looked (no norm then)");
        long version = Sql.number(db, "SELECT version FROM worker_caseload_norm WHERE worker_id = ?", t.aId());
        norms.setHours(t.aId(), version, new BigDecimal("24"));
        assertThrows(ConcurrentEditException.class, () -> norms.setHours(t.aId(), version, new BigDecimal("20")));
        assertEquals(24, Sql.number(db, "SELECT hours_per_week FROM worker_caseload_norm WHERE worker_id = ?", t.aId()));
        norms.setHours(t.aId(), version + 1, null);
        assertNull(rows().get(t.aId()).normPoints(), "cleared: no norm");

        norms.setPointsPerFte(0, new BigDecimal("25"));
        assertThrows(ConcurrentEditException.class, () -> norms.setPointsPerFte(0, new BigDecimal("30")));
        long teamVersion = caseload.overview().teamNormVersion();
        norms.setPointsPerFte(teamVersion, new BigDecimal("30"));
        assertThrows(ConcurrentEditException.class, () -> norms.setPointsPerFte(teamVersion, new BigDecimal("35")));
        assertEquals(0, new BigDecimal("30").compareTo(caseload.overview().pointsPerFte()));

        pathways.setWeight(p, 1, PathwayWeight.LIGHT);
        assertThrows(ConcurrentEditException.class, () -> pathways.setWeight(p, 1, PathwayWeight.HEAVY));
        assertEquals("LIGHT", Sql.rows(db, "SELECT weight FROM pathway WHERE id = ?", r -> r.getString(1), p).get(0));
    }

    @Test
    void waitingList_longestWaitingFirst_withTheDaysWaited_andOnlyForTheTeamsOwnLead() {
        Team t = team();
        long recent = client(t, null, "REGISTERED", 0);
        pathway(recent, t.id(), null, "REGISTERED", 5);
        long registeredOnly = client(t, null, "REGISTERED", 20);
        long longest = client(t, null, "ACTIVE", 60);
        pathway(longest, t.id(), null, "INTAKE", 40);
        long assigned = client(t, t.aId(), "REGISTERED", 90);
        pathway(assigned, t.id(), t.aId(), "REGISTERED", 90);
        long closed = client(t, null, "CLOSED", 300);
        long voided = client(t, null, "REGISTERED", 100);
        voidClient(voided);

        login.as(t.lead());
        List<WaitingClient> waiting = caseload.waitingList();
        assertEquals(List.of(longest, registeredOnly, recent), waiting.stream().map(WaitingClient::clientId).toList(),
                "the pathway's start counts for a client with one (40 days, not the 60 since registration)");
        assertEquals(List.of(40L, 20L, 5L), waiting.stream().map(WaitingClient::daysWaiting).toList());
        assertEquals(today.minusDays(40), waiting.get(0).waitingSince());
        assertEquals(3, caseload.overview().unassignedClients(), "the figure and the list agree");
        assertFalse(waiting.stream().anyMatch(w -> List.of(assigned, closed, voided).contains(w.clientId())));
        assertTrue(Sql.exists(db, "SELECT 1 FROM access_log WHERE worker_login = ? AND detail = 'waiting list; rows=3'",
                t.lead()), "the list read is logged");

        login.as("carla.noord");
        assertTrue(caseload.waitingList().stream().noneMatch(w -> List.of(longest, registeredOnly, recent)
                .contains(w.clientId())), "another team's lead sees none of it");

        login.as(t.lead());
        assertEquals(1, reassignment.reassign(List.of(longest), t.bId(), "Eerste toewijzing", HANDOVER));
        assertEquals(List.of(registeredOnly, recent), caseload.waitingList().stream().map(WaitingClient::clientId)
                .toList(), "assigned: off the list");
    }

    /**
     * The demo (seeds/V18): in team Noord only bram.noord, on 24 hours, is above his norm; anna.noord is
     * just under hers; carla.noord, the team lead, has no norm. Four new clients wait, oldest first.
     */
    @Test
    void demoTeamNoord_onlyBramIsAboveHisNorm_andFourClientsWait() {
        login.as("carla.noord");
        Map<Long, OverviewRow> rows = rows();
        assertTrue(rows.get(TestData.BRAM_NOORD).overloaded());
        assertEquals(0, new BigDecimal("40").compareTo(rows.get(TestData.ANNA_NOORD).normPoints()), "32 / 36 × 45");
        assertNull(rows.get(TestData.CARLA_NOORD_LEAD).normPoints());
        assertFalse(rows.get(TestData.CARLA_NOORD_LEAD).overloaded());
        assertEquals(List.of(951L, 952L, 953L, 954L), caseload.waitingList().stream().map(WaitingClient::clientId)
                .filter(id -> id >= 951 && id <= 954).toList());
    }

    private Map<Long, OverviewRow> rows() {
        return caseload.overview().rows().stream().collect(Collectors.toMap(OverviewRow::workerId, Function.identity()));
    }

    private long denials(String login, String objectType) {
        return Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE worker_login = ? AND object_type = ? "
                + "AND outcome = 'DENIED'", login, objectType);
    }

    private Team team() {
        String u = TestData.unique("n").toLowerCase(Locale.ROOT);
        long team = Fixtures.team(db, "Team " + u);
        String lead = "lead." + u;
        String a = "cwa." + u;
        String b = "cwb." + u;
        String c = "cwc." + u;
        return new Team(team, lead, Fixtures.worker(db, lead, team, "TEAM_LEAD"), a, Fixtures.worker(db, a, team, "CASEWORKER"),
                b, Fixtures.worker(db, b, team, "CASEWORKER"), c, Fixtures.worker(db, c, team, "CASEWORKER"));
    }

    /** A client of the team with an ACTIVE pathway for {@code worker}, started {@code days} ago. */
    private long pathwayFor(Team t, long worker, int days) {
        return pathway(client(t, worker, "ACTIVE", days), t.id(), worker, "ACTIVE", days);
    }

    private long client(Team t, Long responsible, String status, int registeredDaysAgo) {
        return Sql.insert(db, "INSERT INTO client (given_names, surname, date_of_birth, gender, postcode, area, "
                + "area_team_id, responsible_worker_id, status, purpose, legal_ground, version, created_at, created_by, "
                + "modified_at, modified_by) VALUES ('Wacht', ?, '1990-01-01', 'OTHER', '3861 AB', 'Testwijk', ?, ?, ?, "
                + "'ADDICTION_SUPPORT', 'WMO_2015', 1, UTC_TIMESTAMP(6) - INTERVAL ? DAY, 't', UTC_TIMESTAMP(6), 't')",
                TestData.unique("Norm"), t.id(), responsible, status, registeredDaysAgo);
    }

    private long pathway(long client, long team, Long responsible, String status, int startedDaysAgo) {
        long pathway = Sql.insert(db, "INSERT INTO pathway (client_id, area_team_id, responsible_worker_id, start_date, "
                + "status, repeat_request, purpose, legal_ground, version, created_at, created_by, modified_at, "
                + "modified_by) VALUES (?, ?, ?, ?, ?, FALSE, 'ADDICTION_SUPPORT', 'WMO_2015', 1, NOW(), 't', NOW(), 't')",
                client, team, responsible, today.minusDays(startedDaysAgo), status);
        // as the services keep them: the report's cross-check reads the whole database
        Fixtures.refreshClientFirsts(db, client);
        return pathway;
    }

    private void voidClient(long client) {
        try {
            Sql.execute(db, "UPDATE client SET voided = TRUE, voided_at = NOW(), void_reason = 'dubbel' WHERE id = ?", client);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
