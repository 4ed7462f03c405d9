package nl.gebiedsteam.caseload.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.client.ClientName;
import nl.gebiedsteam.caseload.client.ClientScope;
import nl.gebiedsteam.caseload.measure.MeasureConditions;
import nl.gebiedsteam.caseload.pathway.Pathway;
import nl.gebiedsteam.caseload.pathway.PathwayWeight;
import nl.gebiedsteam.caseload.shared.Option;
import nl.gebiedsteam.caseload.shared.SettingKey;
import nl.gebiedsteam.caseload.shared.Settings;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.Role;
import nl.gebiedsteam.caseload.worker.Worker;

/**
 * The team lead's caseload review: the overview (aggregate SQL, never entities), the lists behind
 * each figure, the approval queue and (re)assignment. The team is always the caller's own: no
 * team id comes from the browser, and a client id of another team in a reassignment is refused
 * and logged.
 *
 * <p>Every figure is one {@link Metric}: a FROM/WHERE over the team's data, the column that says
 * whose it is, and what to show for it. The counts (one UNION ALL query) and the drill-down lists
 * use the same text, so they cannot disagree. Parameters: ?1 team, ?2 today, ?3 start of the
 * no-contact window (local time), ?4 last day of the expiry window, ?5 the referral date before
 * which a referral has waited too long.
 *
 * <p>Caseload is measured against each worker's own norm ({@link Norms}), never against a team
 * average: a worker without clients, or without a norm, changes nothing for anyone else (issue 25).
 */
@Stateless
@RolesAllowed(Role.TEAM_LEAD_NAME)
public class CaseloadService {

    static final String OBJECT = "caseload";
    private static final int MONTHS = 12;
    /** The queue shows the oldest requests; the full list is the "awaiting approval" figure's drill-down. */
    static final int QUEUE_MAX = 25;
    /** The waiting list shows the longest-waiting clients; the full list is the "without a caseworker" figure's. */
    static final int WAITING_MAX = 50;
    /** The start of a client's open pathway, if any, in native SQL over {@code client c}. */
    private static final String OPEN_PATHWAY_START = """
            (SELECT MIN(p.start_date) FROM pathway p WHERE p.client_id = c.id AND p.voided = FALSE
            AND p.status <> 'CLOSED')""";

    private static final String OPEN = """
            FROM pathway p JOIN client c ON c.id = p.client_id WHERE p.area_team_id = ?1
            AND p.voided = FALSE AND c.voided = FALSE AND p.status <> 'CLOSED'
            """;
    private static final String TEAM_CLIENT = "c.area_team_id = ?1 AND c.voided = FALSE ";

    /** One figure of the overview. */
    record Metric(String from, String responsible, String detail, String order) {
    }

    static final Map<OverviewMetric, Metric> METRICS = new EnumMap<>(OverviewMetric.class);

    static {
        METRICS.put(OverviewMetric.OPEN_PATHWAYS, new Metric(OPEN, "p.responsible_worker_id", "p.status",
                "p.start_date, p.id"));
        METRICS.put(OverviewMetric.NO_RECENT_CONTACT, new Metric(OPEN + """
                AND NOT EXISTS (SELECT 1 FROM client_contact k
                WHERE k.client_id = c.id AND k.voided = FALSE AND k.occurred_local >= ?3)
                """, "p.responsible_worker_id", """
                DATE_FORMAT((SELECT MAX(k.occurred_local) FROM client_contact k WHERE k.client_id = c.id
                AND k.voided = FALSE), '%d-%m-%Y')""", "p.start_date, p.id"));
        METRICS.put(OverviewMetric.REVIEW_OVERDUE, new Metric(OPEN + """
                AND EXISTS (SELECT 1 FROM support_plan sp
                WHERE sp.pathway_id = p.id AND sp.review_date < ?2 AND NOT EXISTS (SELECT 1 FROM support_plan n
                WHERE n.pathway_id = p.id AND n.plan_number > sp.plan_number))
                """, "p.responsible_worker_id", """
                DATE_FORMAT((SELECT sp.review_date FROM support_plan sp WHERE sp.pathway_id = p.id
                ORDER BY sp.plan_number DESC LIMIT 1), '%d-%m-%Y')""", "p.id"));
        METRICS.put(OverviewMetric.AWAITING_APPROVAL, new Metric(OPEN + "AND p.pending_approval IS NOT NULL ",
                "p.responsible_worker_id", "p.pending_approval", "p.approval_requested_at, p.id"));
        METRICS.put(OverviewMetric.REFERRAL_WAITING, new Metric("""
                FROM referral r JOIN client c ON c.id = r.client_id
                JOIN referral_provider pr ON pr.id = r.provider_id WHERE
                """ + TEAM_CLIENT + """
                AND r.voided = FALSE
                AND r.status IN ('IN_PROGRESS', 'ACCEPTED') AND r.treatment_start_on IS NULL AND r.referred_on < ?5
                """,
                "c.responsible_worker_id", "CONCAT(pr.name, ' ', DATE_FORMAT(r.referred_on, '%d-%m-%Y'))",
                "r.referred_on, r.id"));
        METRICS.put(OverviewMetric.MEASURE_EXPIRING, new Metric("""
                FROM coercion_measure m JOIN client c ON c.id = m.client_id WHERE
                """ + TEAM_CLIENT + "AND " + MeasureConditions.expiring("?2", "?4") + " ",
                "c.responsible_worker_id",
                "DATE_FORMAT(m.end_date, '%d-%m-%Y')", "m.end_date, m.id"));
        METRICS.put(OverviewMetric.TASK_OVERDUE, new Metric("""
                FROM task t JOIN client c ON c.id = t.client_id WHERE
                """ + TEAM_CLIENT + """
                AND t.status = 'OPEN' AND t.due_date < ?2
                """, "c.responsible_worker_id", "DATE_FORMAT(t.due_date, '%d-%m-%Y')", "t.due_date, t.id"));
        METRICS.put(OverviewMetric.UNASSIGNED_CLIENTS, new Metric("FROM client c WHERE " + TEAM_CLIENT + """
                AND c.responsible_worker_id IS NULL AND c.status <> 'CLOSED'
                """, "c.responsible_worker_id", "c.status", "c.surname, c.id"));
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientScope scope;

    @Inject
    AccessLog accessLog;

    @Inject
    Settings settings;

    public Overview overview() {
        Caller lead = lead();
        Parameters parameters = parameters();
        Map<Long, Map<OverviewMetric, Long>> counts = new HashMap<>();
        Query countQuery = em.createNativeQuery(METRICS.entrySet().stream()
                .map(e -> "SELECT '" + e.getKey().name() + "', " + e.getValue().responsible() + ", COUNT(*) "
                        + e.getValue().from() + "GROUP BY " + e.getValue().responsible())
                .collect(Collectors.joining(" UNION ALL ")));
        parameters.bind(countQuery, lead.teamId());
        for (Object[] row : rows(countQuery)) {
            counts.computeIfAbsent(id(row[1]), k -> new EnumMap<>(OverviewMetric.class))
                    .put(OverviewMetric.valueOf((String) row[0]), ((Number) row[2]).longValue());
        }
        Map<Long, Map<String, Long>> byStatus = new HashMap<>();
        Map<Long, BigDecimal> weighted = new HashMap<>();
        Query statusQuery = em.createNativeQuery("SELECT p.responsible_worker_id, p.status, COUNT(*), SUM("
                + PathwayWeight.pointsSql("p") + ") " + OPEN + "GROUP BY p.responsible_worker_id, p.status");
        parameters.bind(statusQuery, lead.teamId());
        for (Object[] row : rows(statusQuery)) {
            byStatus.computeIfAbsent(id(row[0]), k -> new HashMap<>()).put((String) row[1], ((Number) row[2]).longValue());
            weighted.merge(id(row[0]), decimal(row[3]), BigDecimal::add);
        }
        List<Option> team = caseworkers(lead);
        Map<Long, String> names = new LinkedHashMap<>();
        team.forEach(o -> names.put(o.id(), o.label()));
        Set<Long> ids = new LinkedHashSet<>(names.keySet());
        ids.addAll(counts.keySet());
        ids.addAll(byStatus.keySet());
        ids.remove(null);
        missingNames(ids, names);
        Optional<TeamNorm> teamNorm = em.createNamedQuery("TeamNorm.findByTeam", TeamNorm.class)
                .setParameter("teamId", lead.teamId()).getResultStream().findFirst();
        BigDecimal perFte = teamNorm.map(TeamNorm::getPointsPerFte).orElse(Norms.DEFAULT_POINTS_PER_FTE);
        Map<Long, WorkerNorm> norms = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createNamedQuery("WorkerNorm.findByWorkers", WorkerNorm.class).setParameter("workerIds", List.copyOf(ids))
                    .getResultStream().forEach(n -> norms.put(n.getWorkerId(), n));
        }
        List<OverviewRow> rows = new ArrayList<>();
        for (Long id : ids) {
            BigDecimal points = weighted.getOrDefault(id, BigDecimal.ZERO);
            WorkerNorm norm = norms.get(id);
            BigDecimal hours = norm == null ? null : norm.getHoursPerWeek();
            rows.add(new OverviewRow(id, names.get(id), byStatus.getOrDefault(id, Map.of()), counts.getOrDefault(id, Map.of()),
                    points, hours, norm == null ? 0 : norm.getVersion(), Norms.points(hours, perFte),
                    Norms.loadPercent(points, hours, perFte), Norms.overloaded(points, hours, perFte)));
        }
        OverviewRow totals = totals(counts, byStatus, weighted);
        Map<OverviewMetric, Long> unassigned = counts.getOrDefault(null, Map.of());
        long unlinked = ((Number) em.createNativeQuery("""
                SELECT COUNT(*) FROM signal_report s WHERE s.area_team_id = ?1
                AND s.voided = FALSE AND s.status IN ('NEW', 'IN_REVIEW')""").setParameter(1, lead.teamId())
                .getSingleResult()).longValue();
        Overview overview = new Overview(rows, totals, unassigned.getOrDefault(OverviewMetric.UNASSIGNED_CLIENTS, 0L),
                unlinked, perFte, teamNorm.map(TeamNorm::getVersion).orElse(0L), teamNorm.isEmpty(), months(lead.teamId()),
                parameters.noContactDays(), parameters.windowDays(), parameters.waitDays());
        accessLog.success(AccessEvent.SEARCH, null, OBJECT, "overview; caseworkers=" + rows.size());
        return overview;
    }

    /**
     * The clients (or, for unlinked signals, the signals) behind a figure, paged in the database.
     *
     * @param workerId a caseworker of the team, or null for the whole team
     */
    public List<DrillDownRow> drillDown(OverviewMetric metric, Long workerId, int first, int pageSize) {
        Caller lead = lead();
        Query query;
        if (metric == OverviewMetric.UNLINKED_SIGNALS) {
            query = em.createNativeQuery("""
                    SELECT s.id, NULL, COALESCE(s.person_name, s.person_school, s.person_area),
                    NULL, DATE_FORMAT(s.received_local, '%d-%m-%Y') FROM signal_report s WHERE s.area_team_id = ?1
                    AND s.voided = FALSE AND s.status IN ('NEW', 'IN_REVIEW') ORDER BY s.received_local, s.id
                    LIMIT ?7 OFFSET ?8""");
        } else {
            Metric m = METRICS.get(metric);
            query = em.createNativeQuery("SELECT c.id, c.id, " + ClientName.SQL + ", w.display_name, " + m.detail() + " "
                    + m.from().replaceFirst("WHERE", "LEFT JOIN worker w ON w.id = " + m.responsible() + " WHERE")
                    + workerFilter(m, workerId) + "ORDER BY " + m.order() + " LIMIT ?7 OFFSET ?8");
        }
        parameters().bind(query, lead.teamId());
        if (workerId != null) {
            query.setParameter(6, workerId);
        }
        query.setParameter(7, Math.min(Math.max(pageSize, 1), 100)).setParameter(8, Math.max(first, 0));
        List<DrillDownRow> rows = rows(query).stream().map(r -> new DrillDownRow(((Number) r[0]).longValue(), id(r[1]),
                (String) r[2], (String) r[3], (String) r[4])).toList();
        accessLog.listed(AccessEvent.SEARCH, OBJECT, null, "drill-down " + metric + "; worker=" + workerId
                + "; rows=" + rows.size(), rows.stream().map(DrillDownRow::clientId).toList());
        return rows;
    }

    public long drillDownCount(OverviewMetric metric, Long workerId) {
        Caller lead = lead();
        Query query = metric == OverviewMetric.UNLINKED_SIGNALS
                ? em.createNativeQuery("""
                        SELECT COUNT(*) FROM signal_report s WHERE s.area_team_id = ?1
                        AND s.voided = FALSE AND s.status IN ('NEW', 'IN_REVIEW')""")
                : em.createNativeQuery("SELECT COUNT(*) " + METRICS.get(metric).from()
                        + workerFilter(METRICS.get(metric), workerId));
        parameters().bind(query, lead.teamId());
        if (workerId != null && metric != OverviewMetric.UNLINKED_SIGNALS) {
            query.setParameter(6, workerId);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * The team's waiting list: clients without a responsible caseworker (the same condition as the
     * "without a caseworker" figure), longest waiting first — since the start of their open pathway,
     * or without one since their registration — at most {@link #WAITING_MAX}.
     */
    public List<WaitingClient> waitingList() {
        Caller lead = lead();
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        Query query = em.createNativeQuery("SELECT c.id, " + ClientName.SQL + ", c.status, " + OPEN_PATHWAY_START
                + ", c.created_at " + METRICS.get(OverviewMetric.UNASSIGNED_CLIENTS).from()
                + "ORDER BY COALESCE(" + OPEN_PATHWAY_START + ", c.created_at), c.id LIMIT " + WAITING_MAX)
                .setParameter(1, lead.teamId());
        List<WaitingClient> waiting = rows(query).stream().map(r -> {
            LocalDate since = r[3] != null ? Times.dateColumn(r[3])
                    : Times.toDisplay(Times.column(r[4])).toLocalDate();
            return new WaitingClient(((Number) r[0]).longValue(), (String) r[1], (String) r[2], since,
                    Math.max(0, ChronoUnit.DAYS.between(since, today)));
        }).toList();
        accessLog.listed(AccessEvent.SEARCH, OBJECT, null, "waiting list; rows=" + waiting.size(),
                waiting.stream().map(WaitingClient::clientId).toList());
        return waiting;
    }

    /** Plans and closures waiting for this team lead, oldest request first (at most {@link #QUEUE_MAX}). */
    public List<ApprovalRequest> approvalQueue() {
        Caller lead = lead();
        List<ApprovalRequest> queue = em.createQuery("""
                SELECT p FROM Pathway p JOIN FETCH p.client c WHERE p.team.id = :team
                AND p.pendingApproval IS NOT NULL AND p.voided = FALSE AND c.voided = FALSE
                ORDER BY p.approvalRequestedAt, p.id""", Pathway.class)
                .setParameter("team", lead.teamId()).setMaxResults(QUEUE_MAX).getResultStream()
                .map(p -> new ApprovalRequest(p.getId(), p.getVersion(), p.getClient().getId(), p.getClient().getFullName(),
                        p.getPendingApproval().name(), p.getStatus().name(),
                        p.getClosureOutcome() == null ? null : p.getClosureOutcome().name(),
                        p.getClosureDetail() == null ? null : p.getClosureDetail().name(), p.getApprovalRequestedBy(),
                        p.getApprovalRequestedAt()))
                .toList();
        accessLog.listed(AccessEvent.SEARCH, OBJECT, null, "approval queue; rows=" + queue.size(),
                queue.stream().map(ApprovalRequest::clientId).toList());
        return queue;
    }

    /** Active caseworkers and team leads of the caller's team: who clients can be assigned to. */
    public List<Option> caseworkers() {
        return caseworkers(lead());
    }

    private Caller lead() {
        return scope.requireTeamLead(OBJECT);
    }

    private List<Option> caseworkers(Caller lead) {
        return em.createNamedQuery("Worker.findActiveInTeam", Worker.class).setParameter("teamId", lead.teamId())
                .getResultStream().filter(w -> w.hasRole(Role.CASEWORKER) || w.hasRole(Role.TEAM_LEAD))
                .map(w -> new Option(w.getId(), w.getDisplayName())).toList();
    }

    private void missingNames(Set<Long> ids, Map<Long, String> names) {
        for (Long id : ids) {
            if (!names.containsKey(id)) {
                Worker worker = em.find(Worker.class, id);
                names.put(id, worker == null ? "#" + id : worker.getDisplayName());
            }
        }
    }

    private static OverviewRow totals(Map<Long, Map<OverviewMetric, Long>> counts, Map<Long, Map<String, Long>> byStatus,
            Map<Long, BigDecimal> weighted) {
        Map<OverviewMetric, Long> sum = new EnumMap<>(OverviewMetric.class);
        counts.values().forEach(m -> m.forEach((k, v) -> sum.merge(k, v, Long::sum)));
        Map<String, Long> statuses = new HashMap<>();
        byStatus.values().forEach(m -> m.forEach((k, v) -> statuses.merge(k, v, Long::sum)));
        BigDecimal points = weighted.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new OverviewRow(null, null, statuses, sum, points, null, 0, null, null, false);
    }

    private List<MonthFlow> months(long teamId) {
        YearMonth current = YearMonth.now(Times.DISPLAY_ZONE);
        LocalDate from = current.minusMonths(MONTHS - 1L).atDay(1);
        Query query = em.createNativeQuery("""
                SELECT ym, SUM(inflow), SUM(outflow) FROM (\
                SELECT DATE_FORMAT(p.start_date, '%Y-%m') AS ym, 1 AS inflow, 0 AS outflow FROM pathway p
                JOIN client c ON c.id = p.client_id WHERE p.area_team_id = ?1 AND p.voided = FALSE
                AND c.voided = FALSE AND p.start_date >= ?2 UNION ALL
                SELECT DATE_FORMAT(p.end_date, '%Y-%m'), 0, 1 FROM pathway p JOIN client c ON c.id = p.client_id
                WHERE p.area_team_id = ?1 AND p.voided = FALSE AND c.voided = FALSE AND p.status = 'CLOSED'
                AND p.end_date >= ?2) x GROUP BY ym""")
                .setParameter(1, teamId).setParameter(2, from);
        Map<String, long[]> found = new HashMap<>();
        for (Object[] row : rows(query)) {
            found.put((String) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        List<MonthFlow> months = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            String month = current.minusMonths(i).toString();
            long[] flow = found.getOrDefault(month, new long[2]);
            months.add(new MonthFlow(month, flow[0], flow[1]));
        }
        return months;
    }

    private static String workerFilter(Metric metric, Long workerId) {
        return workerId == null ? "" : "AND " + metric.responsible() + " = ?6 ";
    }

    /** Today's values of the thresholds, bound the same way for counts and lists. */
    private record Parameters(LocalDate today, int noContactDays, int windowDays, int waitDays) {

        void bind(Query query, long teamId) {
            query.setParameter(1, teamId);
            query.setParameter(2, today);
            query.setParameter(3, today.minusDays(noContactDays).atStartOfDay());
            query.setParameter(4, today.plusDays(windowDays));
            query.setParameter(5, today.minusDays(waitDays));
        }
    }

    private Parameters parameters() {
        return new Parameters(LocalDate.now(Times.DISPLAY_ZONE), settings.get(SettingKey.OVERVIEW_NO_CONTACT_DAYS),
                settings.get(SettingKey.MEASURE_EXPIRY_WINDOW_DAYS), settings.get(SettingKey.REFERRAL_WAIT_FLAG_DAYS));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
