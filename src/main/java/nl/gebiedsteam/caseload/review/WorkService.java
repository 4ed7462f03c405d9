package nl.gebiedsteam.caseload.review;

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
import nl.gebiedsteam.caseload.client.ClientName;
import nl.gebiedsteam.caseload.client.ClientScope;
import nl.gebiedsteam.caseload.measure.MeasureConditions;
import nl.gebiedsteam.caseload.shared.SettingKey;
import nl.gebiedsteam.caseload.shared.Settings;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.Role;

/**
 * "My work": where a caseworker starts the day. Only the caller's own clients (the ones they are
 * responsible for), each question answered by one query.
 */
@Stateless
@RolesAllowed({Role.CASEWORKER_NAME, Role.TEAM_LEAD_NAME})
public class WorkService {

    static final String OBJECT = "my-work";
    static final int RECENT_DAYS = 30;
    private static final int LIMIT = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientScope scope;

    @Inject
    AccessLog accessLog;

    @Inject
    Settings settings;

    /**
     * My clients with an open pathway that need attention: an open flag, a measure expiring, a
     * referral waiting too long, a plan review date passed, no contact within the set days, or no
     * appointment planned within the set days ahead.
     */
    public List<MyClient> clientsNeedingAttention() {
        Caller caller = scope.requireClientWorker(OBJECT);
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT * FROM (SELECT c.id,
                """ + ClientName.SQL + " AS name, " + """
                EXISTS (SELECT 1 FROM client_flag f WHERE f.client_id = c.id AND f.resolved_at IS NULL) AS flagged,
                EXISTS (SELECT 1 FROM coercion_measure m WHERE m.client_id = c.id AND
                """ + MeasureConditions.expiringOrOverdue("?2", "?3") + """
                ) AS expiring,
                EXISTS (SELECT 1 FROM referral r WHERE r.client_id = c.id AND r.voided = FALSE
                AND r.status IN ('IN_PROGRESS', 'ACCEPTED') AND r.treatment_start_on IS NULL AND r.referred_on < ?4)
                AS waiting,
                EXISTS (SELECT 1 FROM support_plan sp WHERE sp.pathway_id = p.id AND sp.review_date < ?2
                AND NOT EXISTS (SELECT 1 FROM support_plan n WHERE n.pathway_id = p.id
                AND n.plan_number > sp.plan_number)) AS review,
                NOT EXISTS (SELECT 1 FROM client_contact k WHERE k.client_id = c.id AND k.voided = FALSE
                AND k.occurred_local >= ?5) AS quiet,
                NOT EXISTS (SELECT 1 FROM planned_contact a WHERE a.client_id = c.id AND a.status = 'PLANNED'
                AND a.starts_local >= ?6 AND a.starts_local < ?7) AS unplanned
                FROM pathway p JOIN client c ON c.id = p.client_id WHERE p.responsible_worker_id = ?1
                AND p.voided = FALSE AND c.voided = FALSE AND p.status <> 'CLOSED') x
                WHERE flagged OR expiring OR waiting OR review OR quiet OR unplanned ORDER BY name LIMIT\s""" + LIMIT)
                .setParameter(1, caller.workerId()).setParameter(2, today)
                .setParameter(3, today.plusDays(settings.get(SettingKey.MEASURE_EXPIRY_WINDOW_DAYS)))
                .setParameter(4, today.minusDays(settings.get(SettingKey.REFERRAL_WAIT_FLAG_DAYS)))
                .setParameter(5, today.minusDays(settings.get(SettingKey.OVERVIEW_NO_CONTACT_DAYS)).atStartOfDay())
                .setParameter(6, LocalDateTime.now(Times.DISPLAY_ZONE))
                .setParameter(7, today.plusDays(settings.get(SettingKey.AGENDA_PLAN_WITHIN_DAYS) + 1L).atStartOfDay())
                .getResultList();
        List<MyClient> clients = rows.stream().map(r -> new MyClient(((Number) r[0]).longValue(), (String) r[1],
                bool(r[2]), bool(r[3]), bool(r[4]), bool(r[5]), bool(r[6]), bool(r[7]))).toList();
        accessLog.listed(AccessEvent.SEARCH, OBJECT, null, "clients needing attention; rows=" + clients.size(),
                clients.stream().map(MyClient::clientId).toList());
        return clients;
    }

    /** Clients assigned to me in the last 30 days, newest first. */
    public List<RecentAssignment> recentlyAssigned() {
        Caller caller = scope.requireClientWorker(OBJECT);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, " + ClientName.SQL + """
                , fw.display_name, a.assigned_by, a.reason, a.assigned_at FROM assignment a
                JOIN client c ON c.id = a.client_id LEFT JOIN worker fw ON fw.id = a.from_worker_id
                WHERE a.to_worker_id = ?1 AND a.assigned_at >= ?2 AND c.voided = FALSE
                AND c.responsible_worker_id = ?1 ORDER BY a.assigned_at DESC LIMIT\s""" + LIMIT)
                .setParameter(1, caller.workerId()).setParameter(2, Times.nowUtc().minusDays(RECENT_DAYS))
                .getResultList();
        List<RecentAssignment> recent = rows.stream().map(r -> new RecentAssignment(((Number) r[0]).longValue(),
                (String) r[1], (String) r[2], (String) r[3], (String) r[4], Times.column(r[5]))).toList();
        accessLog.listed(AccessEvent.SEARCH, OBJECT, null, "recently assigned; rows=" + recent.size(),
                recent.stream().map(RecentAssignment::clientId).toList());
        return recent;
    }

    /** My plan and closure requests the team lead sent back, still waiting for me. */
    public List<SentBack> sentBack() {
        Caller caller = scope.requireClientWorker(OBJECT);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, " + ClientName.SQL + """
                , p.sent_back_comment FROM pathway p JOIN client c ON c.id = p.client_id
                WHERE p.responsible_worker_id = ?1 AND p.voided = FALSE AND c.voided = FALSE AND p.status <> 'CLOSED'
                AND p.sent_back_comment IS NOT NULL AND p.pending_approval IS NULL ORDER BY p.modified_at DESC
                LIMIT\s""" + LIMIT).setParameter(1, caller.workerId()).getResultList();
        List<SentBack> sentBack = rows.stream().map(r -> new SentBack(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2])).toList();
        accessLog.listed(AccessEvent.SEARCH, OBJECT, null, "sent back; rows=" + sentBack.size(),
                sentBack.stream().map(SentBack::clientId).toList());
        return sentBack;
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value != null && ((Number) value).intValue() != 0;
    }
}
