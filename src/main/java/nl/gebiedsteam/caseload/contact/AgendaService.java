package nl.gebiedsteam.caseload.contact;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.client.Client;
import nl.gebiedsteam.caseload.client.ClientName;
import nl.gebiedsteam.caseload.client.ClientScope;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Persistence;
import nl.gebiedsteam.caseload.shared.Text;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.Role;

/**
 * The caseworker's agenda: appointments with clients, planned in one's own agenda, changed while
 * still to come, and ended as held (which records the contact in one step, with the planned data)
 * or as not held with a reason. Only the appointment's worker and the team lead of the client's
 * team may change or end it; an agenda only lists clients the reader may open.
 */
@Stateless
@RolesAllowed({Role.CASEWORKER_NAME, Role.TEAM_LEAD_NAME})
public class AgendaService {

    static final String OBJECT = "appointment";
    static final int PLACE_MAX = 200;
    static final int CALENDAR_DAYS_BACK = 7;
    static final int CALENDAR_DAYS_AHEAD = 84;
    /** How far ahead an appointment may be planned. */
    static final int MAX_DAYS_AHEAD = 366;

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientScope scope;

    @Inject
    ContactService contacts;

    @Inject
    AccessLog accessLog;

    /** The clients the caller is responsible for, to plan with: id and name, by name. */
    public List<ClientChoice> myClients() {
        Caller caller = scope.requireClientWorker(OBJECT);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, " + ClientName.SQL + """
                 AS name FROM client c WHERE c.responsible_worker_id = ?1 AND c.voided = FALSE
                AND c.anonymised_at IS NULL ORDER BY name""").setParameter(1, caller.workerId()).getResultList();
        List<ClientChoice> clients = rows.stream().map(r -> new ClientChoice(((Number) r[0]).longValue(),
                (String) r[1])).toList();
        accessLog.listed(AccessEvent.SEARCH, OBJECT, null, "clients to plan with; rows=" + clients.size(),
                clients.stream().map(ClientChoice::id).toList());
        return clients;
    }

    /** One client to plan with (a colleague's client of the team too, when planned from the file). */
    public ClientChoice client(long clientId) {
        Client client = scope.require(clientId, AccessEvent.READ, OBJECT);
        return new ClientChoice(client.getId(), client.getFullName());
    }

    /** Plans an appointment with the client in the caller's own agenda; returns its id. */
    public long plan(long clientId, LocalDateTime startsLocal, Integer durationMinutes, PlannedKind kind,
            String place) {
        Client client = scope.require(clientId, AccessEvent.CREATE, OBJECT);
        Caller caller = scope.requireClientWorker(OBJECT);
        validate(startsLocal, durationMinutes, kind, place);
        PlannedContact planned = new PlannedContact(client.getId(), caller.workerId(), minute(startsLocal),
                durationMinutes, kind, Text.blankToNull(place));
        em.persist(planned);
        Persistence.flush(em);
        accessLog.success(AccessEvent.CREATE, clientId, OBJECT, "appointment=" + planned.getId());
        return planned.getId();
    }

    /** Moves or changes an appointment that is still to come. */
    public void change(long id, long version, LocalDateTime startsLocal, Integer durationMinutes, PlannedKind kind,
            String place) {
        PlannedContact planned = mayChange(id, AccessEvent.UPDATE);
        validate(startsLocal, durationMinutes, kind, place);
        planned.checkVersion(version);
        planned.change(minute(startsLocal), durationMinutes, kind, Text.blankToNull(place));
        Persistence.flush(em);
        accessLog.success(AccessEvent.UPDATE, planned.getClientId(), OBJECT, "appointment=" + id);
    }

    /**
     * The appointment happened: records it as a contact with the planned start, kind and duration
     * (the duration as it turned out, if given) and the note; returns the contact's id.
     */
    public long held(long id, long version, Integer durationMinutes, String note) {
        PlannedContact planned = mayChange(id, AccessEvent.UPDATE);
        planned.checkVersion(version);
        if (planned.getStartsLocal().isAfter(LocalDateTime.now(Times.DISPLAY_ZONE).plusMinutes(5))) {
            throw new CaseloadException("agenda.held.notYet");
        }
        long contactId = contacts.add(planned.getClientId(), planned.getStartsLocal(), planned.getKind().contactKind(),
                durationMinutes == null ? planned.getDurationMinutes() : durationMinutes, note);
        planned.held(contactId);
        Persistence.flush(em);
        accessLog.success(AccessEvent.UPDATE, planned.getClientId(), OBJECT, "appointment=" + id + " held; contact="
                + contactId);
        return contactId;
    }

    /** The appointment did not happen, for the given reason. */
    public void notHeld(long id, long version, NotHeldReason reason) {
        PlannedContact planned = mayChange(id, AccessEvent.UPDATE);
        if (reason == null) {
            throw new CaseloadException("agenda.notHeld.reasonRequired");
        }
        planned.checkVersion(version);
        planned.notHeld(reason);
        Persistence.flush(em);
        accessLog.success(AccessEvent.UPDATE, planned.getClientId(), OBJECT, "appointment=" + id + " not held; "
                + reason);
    }

    /** One appointment, for its form. */
    public AgendaRow appointment(long id) {
        mayChange(id, AccessEvent.READ);
        return rows("p.id = ?1", id).get(0);
    }

    /** The caller's own appointments from {@code from} up to (not including) {@code until}, in order. */
    public List<AgendaRow> mine(LocalDate from, LocalDate until) {
        Caller caller = scope.requireClientWorker(OBJECT);
        List<AgendaRow> rows = rows("p.worker_id = ?1 AND p.starts_local >= ?2 AND p.starts_local < ?3 AND "
                + openable(4), caller.workerId(), from.atStartOfDay(), until.atStartOfDay(), caller.teamId());
        logList("my agenda " + from + ".." + until, rows);
        return rows;
    }

    /** The appointments of the caller's team (team lead only), for clients of the team, in order. */
    public List<AgendaRow> team(LocalDate from, LocalDate until) {
        Caller lead = scope.requireTeamLead(OBJECT);
        List<AgendaRow> rows = rows("c.area_team_id = ?1 AND p.starts_local >= ?2 AND p.starts_local < ?3",
                lead.teamId(), from.atStartOfDay(), until.atStartOfDay());
        logList("team agenda " + from + ".." + until, rows);
        return rows;
    }

    /**
     * The caller's appointments from a week ago to twelve weeks ahead, for their calendar app: the
     * rows hold names, but the calendar made of them holds only kinds and initials. The export is logged.
     */
    public List<AgendaRow> forCalendar() {
        Caller caller = scope.requireClientWorker(OBJECT);
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        List<AgendaRow> rows = rows("p.worker_id = ?1 AND p.starts_local >= ?2 AND p.starts_local < ?3 AND "
                + "p.status <> 'HELD' AND " + openable(4), caller.workerId(), today.minusDays(CALENDAR_DAYS_BACK)
                .atStartOfDay(), today.plusDays(CALENDAR_DAYS_AHEAD).atStartOfDay(), caller.teamId());
        accessLog.listed(AccessEvent.EXPORT, OBJECT, null, "agenda as iCalendar; rows=" + rows.size(),
                rows.stream().map(AgendaRow::clientId).distinct().toList());
        return rows;
    }

    /** My appointments that have ended but are still planned: to be marked as held or not held. */
    public List<AgendaRow> overdue() {
        Caller caller = scope.requireClientWorker(OBJECT);
        LocalDateTime now = LocalDateTime.now(Times.DISPLAY_ZONE);
        List<AgendaRow> rows = rows("p.worker_id = ?1 AND p.status = 'PLANNED' AND p.starts_local < ?2 AND "
                + openable(3), caller.workerId(), now, caller.teamId()).stream().filter(r -> r.isOverdue(now)).toList();
        logList("overdue appointments", rows);
        return rows;
    }

    /**
     * Clients the caller (parameter 1) may open: their team's (parameter {@code team}), or their own
     * elsewhere; a client who went to another team leaves the agenda with the file.
     */
    private static String openable(int team) {
        return "(c.area_team_id = ?" + team + " OR c.responsible_worker_id = ?1)";
    }

    private List<AgendaRow> rows(String where, Object... parameters) {
        var query = em.createNativeQuery("SELECT p.id, p.version, p.starts_local, p.duration_minutes, p.kind, p.place, "
                + "p.status, p.not_held_reason, c.id AS client_id, " + ClientName.SQL + " AS client_name, "
                + ClientName.INITIALS_SQL + " AS initials, w.id AS worker_id, "
                + "w.display_name FROM planned_contact p JOIN client c ON c.id = p.client_id "
                + "JOIN worker w ON w.id = p.worker_id WHERE c.voided = FALSE AND c.anonymised_at IS NULL AND "
                + where + " ORDER BY p.starts_local, p.id");
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = query.getResultList();
        return result.stream().map(r -> new AgendaRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                Times.column(r[2]), ((Number) r[3]).intValue(), PlannedKind.valueOf((String) r[4]), (String) r[5],
                PlannedStatus.valueOf((String) r[6]), r[7] == null ? null : NotHeldReason.valueOf((String) r[7]),
                ((Number) r[8]).longValue(), (String) r[9], (String) r[10], ((Number) r[11]).longValue(),
                (String) r[12])).toList();
    }

    private void logList(String what, List<AgendaRow> rows) {
        accessLog.listed(AccessEvent.SEARCH, OBJECT, null, what + "; rows=" + rows.size(),
                rows.stream().map(AgendaRow::clientId).distinct().toList());
    }

    /**
     * An appointment still to be dealt with that the caller may change: their own, or any of their
     * team's clients for the team lead. Anyone else's attempt is refused and logged.
     */
    private PlannedContact mayChange(long id, AccessEvent event) {
        PlannedContact planned = em.find(PlannedContact.class, id);
        if (planned == null) {
            throw new NotFoundException();
        }
        Client client = scope.require(planned.getClientId(), event, OBJECT);
        Caller caller = scope.requireClientWorker(OBJECT);
        boolean lead = caller.has(Role.TEAM_LEAD) && client.getTeam().getId().equals(caller.teamId());
        if (planned.getWorkerId() != caller.workerId() && !lead) {
            throw scope.refuseRestricted(caller, client, event, OBJECT, "appointment=" + id + " of another worker");
        }
        if (planned.getStatus() != PlannedStatus.PLANNED && event != AccessEvent.READ) {
            throw new CaseloadException("agenda.alreadyEnded");
        }
        return planned;
    }

    private static void validate(LocalDateTime startsLocal, Integer durationMinutes, PlannedKind kind, String place) {
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        if (startsLocal == null || startsLocal.toLocalDate().isBefore(today)
                || startsLocal.toLocalDate().isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new CaseloadException("agenda.when.invalid", MAX_DAYS_AHEAD);
        }
        if (durationMinutes == null || durationMinutes < 5 || durationMinutes > 720) {
            throw new CaseloadException("agenda.duration.invalid");
        }
        if (kind == null) {
            throw new CaseloadException("agenda.kind.required");
        }
        if (place != null && place.strip().length() > PLACE_MAX) {
            throw new CaseloadException("agenda.place.tooLong", PLACE_MAX);
        }
    }

    private static LocalDateTime minute(LocalDateTime at) {
        return at.withSecond(0).withNano(0);
    }
}
