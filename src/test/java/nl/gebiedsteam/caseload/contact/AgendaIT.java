package nl.gebiedsteam.caseload.contact;

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
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.client.Reassignment;
import nl.gebiedsteam.caseload.review.MyClient;
import nl.gebiedsteam.caseload.review.WorkService;
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
import nl.gebiedsteam.caseload.testsupport.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 25, the agenda on the real database: planning, a held appointment becoming a contact with
 * the planned data, not held with a reason, the work lists, and who may see or end an appointment,
 * on the service and over HTTP (page and calendar download).
 */
@ExtendWith(ArquillianExtension.class)
class AgendaIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestLogin().addClasses(AgendaIT.class);
    }

    @Inject
    TestLogin login;

    @Inject
    AgendaService agenda;

    @Inject
    ContactService contacts;

    @Inject
    WorkService work;

    @Inject
    Reassignment reassignment;

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource db;

    private record File(long client, String worker, String colleague) {
    }

    private File file() {
        String worker = TestData.unique("cw.ag").toLowerCase(Locale.ROOT);
        String colleague = TestData.unique("cw.agc").toLowerCase(Locale.ROOT);
        long workerId = Fixtures.worker(db, worker, TestData.TEAM_NOORD, "CASEWORKER");
        Fixtures.worker(db, colleague, TestData.TEAM_NOORD, "CASEWORKER");
        long client = Fixtures.fileAwaitingPlanApproval(db, TestData.TEAM_NOORD, workerId, TestData.unique("Agenda"));
        login.as(worker);
        return new File(client, worker, colleague);
    }

    private static LocalDateTime at(int days, int hour) {
        return LocalDate.now(Times.DISPLAY_ZONE).plusDays(days).atTime(LocalTime.of(hour, 0));
    }

    @Test
    void aHeldAppointment_becomesAContact_withThePlannedData() {
        File f = file();
        LocalDateTime start = LocalDateTime.now(Times.DISPLAY_ZONE).withSecond(0).withNano(0);
        long id = agenda.plan(f.client(), start, 50, PlannedKind.VIDEO, "Teams");
        AgendaRow row = agenda.appointment(id);
        long contactId = agenda.held(id, row.version(), null, "Ging over het werk.");

        List<Object[]> contact = Sql.rows(db, "SELECT occurred_local, kind, duration_minutes, note FROM client_contact "
                + "WHERE id = ?", r -> new Object[] {r.getObject(1, LocalDateTime.class), r.getString(2), r.getInt(3),
                        r.getString(4)}, contactId);
        assertEquals(List.of(start, "VIDEO", 50, "Ging over het werk."), List.of(contact.get(0)));
        assertEquals("HELD", Sql.rows(db, "SELECT status FROM planned_contact WHERE id = ?", r -> r.getString(1), id)
                .get(0));
        assertEquals("agenda.alreadyEnded", assertThrows(CaseloadException.class,
                () -> agenda.notHeld(id, row.version() + 1, NotHeldReason.NO_SHOW)).getMessageKey());
    }

    @Test
    void planningChecks_andEndingOnlyOnceItHappened() {
        File f = file();
        assertEquals("agenda.when.invalid", assertThrows(CaseloadException.class,
                () -> agenda.plan(f.client(), at(-1, 10), 30, PlannedKind.OFFICE, null)).getMessageKey());
        assertEquals("agenda.duration.invalid", assertThrows(CaseloadException.class,
                () -> agenda.plan(f.client(), at(1, 10), 2, PlannedKind.OFFICE, null)).getMessageKey());
        assertEquals("agenda.kind.required", assertThrows(CaseloadException.class,
                () -> agenda.plan(f.client(), at(1, 10), 30, null, null)).getMessageKey());
        long id = agenda.plan(f.client(), at(1, 10), 30, PlannedKind.OFFICE, "Spreekkamer 3");
        long version = agenda.appointment(id).version();
        assertEquals("agenda.held.notYet", assertThrows(CaseloadException.class,
                () -> agenda.held(id, version, null, null)).getMessageKey());
        agenda.change(id, version, at(2, 11), 45, PlannedKind.HOME_VISIT, null);
        assertThrows(ConcurrentEditException.class, () -> agenda.change(id, version, at(3, 11), 45,
                PlannedKind.HOME_VISIT, null), "a change made meanwhile is not overwritten");
        assertEquals("agenda.notHeld.reasonRequired", assertThrows(CaseloadException.class,
                () -> agenda.notHeld(id, version + 1, null)).getMessageKey());
        agenda.notHeld(id, version + 1, NotHeldReason.CANCELLED_BY_CLIENT);
        AgendaRow row = agenda.mine(LocalDate.now(Times.DISPLAY_ZONE), LocalDate.now(Times.DISPLAY_ZONE).plusDays(7))
                .stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        assertEquals(List.of(PlannedStatus.NOT_HELD, NotHeldReason.CANCELLED_BY_CLIENT, at(2, 11)),
                List.of(row.status(), row.notHeldReason(), row.startsLocal()));
    }

    @Test
    void theWorkLists_showAnAppointmentToDealWith_andAClientWithNoneAhead() {
        File f = file();
        assertTrue(attention(f).noAppointmentPlanned(), "no appointment within the set days");
        // yesterday's, still planned (planning in the past is refused, so it is written directly)
        long worker = Sql.number(db, "SELECT id FROM worker WHERE login_name = ?", f.worker());
        long id = Sql.insert(db, "INSERT INTO planned_contact (client_id, worker_id, starts_local, duration_minutes, "
                + "kind, status, version, created_at, created_by, modified_at, modified_by) VALUES (?, ?, ?, 30, "
                + "'PHONE', 'PLANNED', 1, NOW(), 't', NOW(), 't')", f.client(), worker, at(-1, 10));
        assertTrue(agenda.overdue().stream().anyMatch(r -> r.id() == id), "ended and still planned");
        agenda.plan(f.client(), at(5, 10), 30, PlannedKind.PHONE, null);
        assertTrue(work.clientsNeedingAttention().stream().noneMatch(c -> c.clientId() == f.client()
                && c.noAppointmentPlanned()), "an appointment ahead takes the client off for that reason");
        agenda.notHeld(id, agenda.appointment(id).version(), NotHeldReason.NO_SHOW);
        assertTrue(agenda.overdue().stream().noneMatch(r -> r.id() == id), "dealt with");
    }

    private MyClient attention(File f) {
        return work.clientsNeedingAttention().stream().filter(c -> c.clientId() == f.client()).findFirst()
                .orElseThrow();
    }

    @Test
    void onlyTheWorkerAndTheirTeamLead_mayEndAnAppointment_andAgendasShowOnlyClientsOneMayOpen() throws Exception {
        File f = file();
        long id = agenda.plan(f.client(), at(1, 9), 30, PlannedKind.OFFICE, null);
        long version = agenda.appointment(id).version();

        login.as(f.colleague());
        assertThrows(OutOfScopeException.class, () -> agenda.notHeld(id, version, NotHeldReason.NO_SHOW),
                "a colleague's appointment is not mine to end");
        for (String outsider : List.of("dirk.zuid", "julia.centrum")) {
            login.as(outsider);
            assertThrows(OutOfScopeException.class, () -> agenda.appointment(id), outsider);
            assertThrows(OutOfScopeException.class, () -> agenda.plan(f.client(), at(1, 9), 30, PlannedKind.OFFICE,
                    null), outsider);
        }
        login.as("julia.centrum");
        assertTrue(agenda.team(LocalDate.now(Times.DISPLAY_ZONE), LocalDate.now(Times.DISPLAY_ZONE).plusDays(7))
                .stream().noneMatch(r -> r.id() == id), "another team's lead sees nothing of it");
        login.as("dirk.zuid");
        assertThrows(AccessDeniedException.class, () -> agenda.team(LocalDate.now(), LocalDate.now().plusDays(7)),
                "a caseworker has no team agenda");
        for (String role : List.of("fatima.beleid", "gerrit.beheer", "hanna.privacy")) {
            login.as(role);
            assertThrows(EJBAccessException.class, () -> agenda.mine(LocalDate.now(), LocalDate.now().plusDays(7)),
                    role);
        }
        login.as("carla.noord");
        assertTrue(agenda.team(LocalDate.now(Times.DISPLAY_ZONE), LocalDate.now(Times.DISPLAY_ZONE).plusDays(7))
                .stream().anyMatch(r -> r.id() == id), "the team lead sees the team's week");
        agenda.change(id, version, at(1, 10), 30, PlannedKind.OFFICE, null);

        // the client moves to another team: the appointment leaves the worker's agenda with the file
        // (written directly, as a transfer between teams would leave it: client and pathway in team Zuid)
        Sql.execute(db, "UPDATE client SET area_team_id = ?, responsible_worker_id = NULL WHERE id = ?",
                TestData.TEAM_ZUID, f.client());
        Sql.execute(db, "UPDATE pathway SET area_team_id = ?, responsible_worker_id = NULL WHERE client_id = ?",
                TestData.TEAM_ZUID, f.client());
        login.as(f.worker());
        assertTrue(agenda.mine(LocalDate.now(Times.DISPLAY_ZONE), LocalDate.now(Times.DISPLAY_ZONE).plusDays(7))
                .stream().noneMatch(r -> r.id() == id), "no name of a client one may no longer open");
        assertThrows(OutOfScopeException.class, () -> agenda.appointment(id));

        for (String role : List.of("fatima.beleid", "hanna.privacy")) {
            WebClient web = new WebClient(WebClient.applicationRoot()).loggedInAs(role);
            assertEquals(403, web.get("agenda/my.xhtml").statusCode(), role);
            assertEquals(403, web.download("agenda/calendar.ics").statusCode(), role);
        }
    }

    @Test
    void theCalendarDownload_holdsInitials_notNames_andIsLogged() {
        File f = file();
        agenda.plan(f.client(), at(1, 14), 30, PlannedKind.HOME_VISIT, "Dorpsstraat 1");
        WebClient web = new WebClient(WebClient.applicationRoot()).loggedInAs(f.worker());
        HttpResponse<byte[]> ics = web.download("agenda/calendar.ics");
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String text = new String(ics.body(), java.nio.charset.StandardCharsets.UTF_8);
        String surname = Sql.rows(db, "SELECT surname FROM client WHERE id = ?", r -> r.getString(1), f.client()).get(0);
        assertTrue(text.contains("SUMMARY:Huisbezoek – "), text);
        assertFalse(text.contains(surname) || text.contains("Dorpsstraat"), text);
        assertEquals(1, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE event = 'EXPORT' AND object_type = "
                + "'appointment' AND detail LIKE 'agenda as iCalendar; rows=%' AND worker_login = ?", f.worker()));
    }
}
