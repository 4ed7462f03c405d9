package nl.gebiedsteam.caseload.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.security.Caller;
import nl.gebiedsteam.caseload.security.CurrentCaller;
import nl.gebiedsteam.caseload.security.Role;
import nl.gebiedsteam.caseload.shared.AccessDeniedException;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.worker.AreaTeam;

/**
 * The client-count report with the definitions of DOMAIN.md, computed with aggregate SQL and
 * suppressed here, before anything leaves the service. A policy officer (and the privacy
 * officer) may report on all teams or one; a team lead only on their own team, whatever the
 * request asks for. Caseworkers and the functional admin have no access.
 *
 * <p>Definitions (the period is [from, to], both days included). A pathway is closed from the day
 * after a closure up to the day before its reopening (or for good), so it is active on the day it
 * starts, on the day it is closed and from the day it is reopened; every closure is kept in
 * {@code pathway_closure}, so reopening a pathway never changes the report of an earlier period.
 * <ul>
 * <li>helped: a distinct, not voided client with a pathway active on some day of the period and
 * at least one intake or contact in the period;</li>
 * <li>new client: the client's first pathway ever starts in the period;</li>
 * <li>repeat request: a pathway starting in the period for a client with an earlier pathway;</li>
 * <li>continuing: a pathway started before the period and open at its start (= stock at start);</li>
 * <li>flows: at start = open at the end of the day before the period; inflow = started or
 * reopened in the period; outflow = closed in the period; at end = open at the end of the last
 * day; total active = active on some day — counted as pathways (inflow and outflow as events, so
 * start + inflow - outflow = end) and as distinct persons;</li>
 * <li>closed pathways: the closures in the period, with the days from the pathway's start;</li>
 * <li>signals: not voided signals received in the period (of the team's area), by source; "became
 * a pathway" when the linked client's pathway starts within {@value #SIGNAL_TO_PATHWAY_DAYS} days
 * from receipt; days to the client's first contact on or after receipt;</li>
 * <li>measures: a measure runs from its start to its end date, or to its outcome date when it was
 * lifted (or otherwise ended) earlier; persons with one running on some day, measures started;</li>
 * <li>the comparison is with the same period one year earlier.</li>
 * </ul>
 */
@Stateless
@RolesAllowed({Role.POLICY_OFFICER_NAME, Role.TEAM_LEAD_NAME, Role.PRIVACY_OFFICER_NAME})
public class ReportService {

    public static final String OBJECT = "report";
    static final int MAX_PERIOD_YEARS = 5;
    /** How many calendar years the trend of persons helped covers, up to the report's last year. */
    public static final int TREND_YEARS = 10;

    /** Parameters: ?1 first day, ?2 last day, ?3 day after the last, ?4 team id or NULL for all teams. */
    private static final String TEAM = "(?4 IS NULL OR c.area_team_id = ?4)";
    static final int SIGNAL_TO_PATHWAY_DAYS = 90;
    /** A pathway closed on every day of [a, b]: closed before a and not reopened by b. */
    private static final String CLOSED_THROUGH = "EXISTS (SELECT 1 FROM pathway_closure g WHERE g.pathway_id = p.id "
            + "AND g.closed_on < %s AND (g.reopened_on IS NULL OR g.reopened_on > %s))";
    private static final String ACTIVE = "p.voided = FALSE AND p.start_date <= ?2 AND NOT "
            + CLOSED_THROUGH.formatted("?1", "?2");
    /** Open at the end of the day before the period (closed on that day or before, not reopened before the period). */
    private static final String OPEN_AT_START = "p.start_date < ?1 AND NOT EXISTS (SELECT 1 FROM pathway_closure g "
            + "WHERE g.pathway_id = p.id AND g.closed_on < ?1 AND (g.reopened_on IS NULL OR g.reopened_on >= ?1))";
    /** Open at the end of the period's last day. */
    private static final String OPEN_AT_END = "p.start_date <= ?2 AND NOT EXISTS (SELECT 1 FROM pathway_closure g "
            + "WHERE g.pathway_id = p.id AND g.closed_on <= ?2 AND (g.reopened_on IS NULL OR g.reopened_on > ?2))";
    private static final String HELPED = "SELECT c.id FROM client c WHERE c.voided = FALSE AND " + TEAM + " "
            + "AND EXISTS (SELECT 1 FROM pathway p WHERE p.client_id = c.id AND " + ACTIVE + ") "
            + "AND (EXISTS (SELECT 1 FROM client_contact k WHERE k.client_id = c.id AND k.voided = FALSE "
            + "AND k.occurred_local >= ?1 AND k.occurred_local < ?3) "
            + "OR EXISTS (SELECT 1 FROM intake i JOIN pathway p2 ON p2.id = i.pathway_id WHERE p2.client_id = c.id "
            + "AND p2.voided = FALSE AND i.intake_date BETWEEN ?1 AND ?2))";
    private static final String PATHWAYS = "FROM pathway p JOIN client c ON c.id = p.client_id WHERE c.voided = FALSE "
            + "AND p.voided = FALSE AND " + TEAM + " ";
    private static final String AGE_BAND = "CASE WHEN TIMESTAMPDIFF(YEAR, c.date_of_birth, ?1) < 12 THEN 'UNDER_12' "
            + "WHEN TIMESTAMPDIFF(YEAR, c.date_of_birth, ?1) < 18 THEN 'AGE_12_17' "
            + "WHEN TIMESTAMPDIFF(YEAR, c.date_of_birth, ?1) < 25 THEN 'AGE_18_24' "
            + "WHEN TIMESTAMPDIFF(YEAR, c.date_of_birth, ?1) < 40 THEN 'AGE_25_39' "
            + "WHEN TIMESTAMPDIFF(YEAR, c.date_of_birth, ?1) < 55 THEN 'AGE_40_54' ELSE 'AGE_55_PLUS' END";
    /** Closures (kept after a reopening) of the team's pathways. */
    private static final String CLOSURES = "FROM pathway_closure g JOIN pathway p ON p.id = g.pathway_id "
            + "JOIN client c ON c.id = p.client_id WHERE c.voided = FALSE AND p.voided = FALSE AND " + TEAM + " ";
    /** Signals received in the period by the team (the area team a signal came in at), not about a voided client. */
    private static final String SIGNALS = "FROM signal_report s LEFT JOIN client c ON c.id = s.client_id "
            + "WHERE s.voided = FALSE AND (c.id IS NULL OR c.voided = FALSE) AND (?4 IS NULL OR s.area_team_id = ?4) "
            + "AND s.received_local >= ?1 AND s.received_local < ?3 ";
    private static final String BECAME_PATHWAY = "EXISTS (SELECT 1 FROM pathway p WHERE p.client_id = s.client_id "
            + "AND p.voided = FALSE AND p.start_date BETWEEN DATE(s.received_local) "
            + "AND DATE(s.received_local) + INTERVAL " + SIGNAL_TO_PATHWAY_DAYS + " DAY)";
    /** Referrals made in the period by the team's clients: waiting times are counted where they were made. */
    private static final String REFERRALS = "FROM referral r JOIN client c ON c.id = r.client_id WHERE c.voided = FALSE "
            + "AND r.voided = FALSE AND " + TEAM + " AND r.referred_on BETWEEN ?1 AND ?2 ";
    /** Measures of the team's clients; only counts per type ever leave the service (justice data). */
    private static final String MEASURES = "FROM coercion_measure m JOIN measure_type t ON t.id = m.measure_type_id "
            + "JOIN client c ON c.id = m.client_id WHERE c.voided = FALSE AND m.voided = FALSE AND " + TEAM + " ";
    /** The day a measure really ended: its outcome date when it was lifted (or ended otherwise) before its term. */
    private static final String MEASURE_END = "LEAST(m.end_date, COALESCE(m.outcome_date, m.end_date))";
    /** Dimension → the expression that gives a helped client (c) its category. */
    private static final Map<String, String> DIMENSIONS = new LinkedHashMap<>();

    static {
        DIMENSIONS.put("substance", "COALESCE((SELECT sp.primary_substance FROM substance_profile sp "
                + "WHERE sp.client_id = c.id), 'UNKNOWN')");
        DIMENSIONS.put("gender", "c.gender");
        DIMENSIONS.put("ageBand", AGE_BAND);
        DIMENSIONS.put("team", "(SELECT t.name FROM area_team t WHERE t.id = c.area_team_id)");
        DIMENSIONS.put("source", "COALESCE((SELECT s.source FROM signal_report s WHERE s.client_id = c.id "
                + "AND s.voided = FALSE ORDER BY s.received_local, s.id LIMIT 1), 'NONE')");
        DIMENSIONS.put("newOrKnown", "CASE WHEN (SELECT MIN(p.start_date) FROM pathway p WHERE p.client_id = c.id "
                + "AND p.voided = FALSE) >= ?1 THEN 'NEW' ELSE 'KNOWN' END");
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AccessLog accessLog;

    /**
     * The report for [from, to]. {@code teamId} null means all teams; a team lead always gets their
     * own team, and asking for another one is refused and logged.
     */
    public AnnualReport generate(LocalDate from, LocalDate to, Long teamId) {
        Long team = scope(teamId);
        if (from == null || to == null || to.isBefore(from) || from.plusYears(MAX_PERIOD_YEARS).isBefore(to)) {
            throw new CaseloadException("report.period.invalid");
        }
        LocalDate previousFrom = from.minusYears(1);
        LocalDate previousTo = to.minusYears(1);
        AreaTeam teamEntity = team == null ? null : em.find(AreaTeam.class, team);
        if (team != null && teamEntity == null) {
            throw new NotFoundException();
        }
        String helped = "SELECT COUNT(*) FROM (" + HELPED + ") h";
        String repeat = PATHWAYS + "AND p.start_date BETWEEN ?1 AND ?2 AND EXISTS (SELECT 1 FROM pathway e "
                + "WHERE e.client_id = p.client_id AND e.voided = FALSE "
                + "AND (e.start_date < p.start_date OR (e.start_date = p.start_date AND e.id < p.id)))";
        Flows pathways = flows("COUNT(*)", from, to, team);
        Flows persons = flows("COUNT(DISTINCT p.client_id)", from, to, team);
        AnnualReport report = new AnnualReport(from, to, teamEntity == null ? null : teamEntity.getName(),
                Times.nowUtc(), person(count(helped, from, to, team)), person(count(helped, previousFrom, previousTo, team)),
                person(count("SELECT COUNT(*) FROM client c WHERE c.voided = FALSE AND " + TEAM + " AND (SELECT "
                        + "MIN(p.start_date) FROM pathway p WHERE p.client_id = c.id AND p.voided = FALSE) BETWEEN ?1 AND ?2",
                        from, to, team)),
                person(count("SELECT COUNT(*) " + repeat, from, to, team)),
                person(count("SELECT COUNT(DISTINCT p.client_id) " + repeat, from, to, team)),
                pathways.stockAtStart(), persons.stockAtStart(), pathways, persons,
                breakdowns(from, to, previousFrom, previousTo, team),
                Statistic.of(days("SELECT DATEDIFF(g.closed_on, p.start_date) " + CLOSURES
                        + "AND g.closed_on BETWEEN ?1 AND ?2", from, to, team)),
                simple("closureOutcome", "SELECT COALESCE(g.closure_outcome, 'UNKNOWN'), COUNT(*) " + CLOSURES
                        + "AND g.closed_on BETWEEN ?1 AND ?2 GROUP BY 1", from, to, team),
                compared("signalSource", "SELECT s.source, COUNT(*) " + SIGNALS + "GROUP BY s.source",
                        from, to, previousFrom, previousTo, team),
                simple("signalsToPathway", "SELECT s.source, COUNT(*) " + SIGNALS + "AND " + BECAME_PATHWAY
                        + " GROUP BY s.source", from, to, team),
                Statistic.of(days("SELECT DATEDIFF((SELECT MIN(k.occurred_local) FROM client_contact k "
                        + "WHERE k.client_id = s.client_id AND k.voided = FALSE AND k.occurred_local >= s.received_local), "
                        + "s.received_local) AS d " + SIGNALS + "AND s.client_id IS NOT NULL HAVING d IS NOT NULL",
                        from, to, team)),
                Statistic.of(days("SELECT DATEDIFF(r.provider_intake_on, r.referred_on) " + REFERRALS
                        + "AND r.provider_intake_on IS NOT NULL", from, to, team)),
                Statistic.of(days("SELECT DATEDIFF(r.treatment_start_on, r.provider_intake_on) " + REFERRALS
                        + "AND r.treatment_start_on IS NOT NULL", from, to, team)),
                simple("personsWithMeasure", "SELECT t.code, COUNT(DISTINCT m.client_id) " + MEASURES
                        + "AND m.start_date <= ?2 AND " + MEASURE_END + " >= ?1 GROUP BY t.code", from, to, team),
                simple("newMeasures", "SELECT t.code, COUNT(*) " + MEASURES + "AND m.start_date BETWEEN ?1 AND ?2 "
                        + "GROUP BY t.code", from, to, team));
        accessLog.success(AccessEvent.REPORT, null, OBJECT, "report " + from + ".." + to + "; team="
                + (team == null ? "all" : team));
        return report;
    }

    /** Teams the caller may choose: all for policy and privacy officers, only their own for a team lead. */
    public List<nl.gebiedsteam.caseload.shared.Option> teams() {
        Caller caller = currentCaller.require();
        return em.createNamedQuery("AreaTeam.findActive", AreaTeam.class).getResultStream()
                .filter(t -> caller.has(Role.POLICY_OFFICER) || caller.has(Role.PRIVACY_OFFICER)
                        || t.getId().equals(caller.teamId()))
                .map(t -> new nl.gebiedsteam.caseload.shared.Option(t.getId(), t.getName())).toList();
    }

    /** Persons helped per calendar year for the given years (for the trend chart), suppressed. */
    public Map<Integer, Cell> helpedPerYear(int firstYear, int lastYear, Long teamId) {
        Long team = scope(teamId);
        Map<Integer, Cell> perYear = new LinkedHashMap<>();
        for (int year = firstYear; year <= lastYear; year++) {
            perYear.put(year, person(count("SELECT COUNT(*) FROM (" + HELPED + ") h", LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31), team)));
        }
        return perYear;
    }

    /** The team the caller may report on: any (or all) for policy and privacy officers, their own for a team lead. */
    private Long scope(Long requested) {
        Caller caller = currentCaller.require();
        if (caller.has(Role.POLICY_OFFICER) || caller.has(Role.PRIVACY_OFFICER)) {
            return requested;
        }
        if (caller.has(Role.TEAM_LEAD) && caller.teamId() != null
                && (requested == null || requested.equals(caller.teamId()))) {
            return caller.teamId();
        }
        accessLog.denied(AccessEvent.ACCESS_DENIED, null, OBJECT, "report for team " + requested);
        throw new AccessDeniedException();
    }

    private Flows flows(String counted, LocalDate from, LocalDate to, Long team) {
        return new Flows(
                person(count("SELECT " + counted + " " + PATHWAYS + "AND " + OPEN_AT_START, from, to, team)),
                person(count("SELECT " + counted + " FROM (SELECT p.client_id " + PATHWAYS
                        + "AND p.start_date BETWEEN ?1 AND ?2 UNION ALL SELECT p.client_id " + CLOSURES
                        + "AND g.reopened_on BETWEEN ?1 AND ?2) p", from, to, team)),
                person(count("SELECT " + counted + " " + CLOSURES + "AND g.closed_on BETWEEN ?1 AND ?2", from, to, team)),
                person(count("SELECT " + counted + " " + PATHWAYS + "AND " + OPEN_AT_END, from, to, team)),
                person(count("SELECT " + counted + " " + PATHWAYS + "AND " + ACTIVE, from, to, team)));
    }

    private List<Breakdown> breakdowns(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo,
            Long team) {
        List<Breakdown> breakdowns = new ArrayList<>();
        for (Map.Entry<String, String> dimension : DIMENSIONS.entrySet()) {
            breakdowns.add(compared(dimension.getKey(), "SELECT category, COUNT(*) FROM (SELECT " + dimension.getValue()
                    + " AS category FROM client c WHERE c.id IN (" + HELPED + ")) x GROUP BY category",
                    from, to, previousFrom, previousTo, team));
        }
        return breakdowns;
    }

    /** A count per code for this period and the one before, each suppressed on its own. */
    private Breakdown compared(String dimension, String sql, LocalDate from, LocalDate to, LocalDate previousFrom,
            LocalDate previousTo, Long team) {
        Map<String, Long> now = grouped(sql, from, to, team);
        Map<String, Long> before = grouped(sql, previousFrom, previousTo, team);
        Set<String> codes = new TreeSet<>(now.keySet());
        codes.addAll(before.keySet());
        List<String> ordered = new ArrayList<>(codes);
        long[] current = ordered.stream().mapToLong(c -> now.getOrDefault(c, 0L)).toArray();
        long[] previous = ordered.stream().mapToLong(c -> before.getOrDefault(c, 0L)).toArray();
        boolean[] hideNow = Suppression.ofRow(current);
        boolean[] hideBefore = Suppression.ofRow(previous);
        List<BreakdownRow> rows = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            rows.add(new BreakdownRow(ordered.get(i), hideNow[i] ? Cell.suppressed() : Cell.of(current[i]),
                    hideBefore[i] ? Cell.suppressed() : Cell.of(previous[i])));
        }
        return new Breakdown(dimension, rows, person(sum(current)), person(sum(previous)));
    }

    /** A count per code (one period, no comparison), suppressed like any breakdown. */
    private Breakdown simple(String dimension, String sql, LocalDate from, LocalDate to, Long team) {
        Map<String, Long> counts = grouped(sql, from, to, team);
        List<String> codes = new ArrayList<>(counts.keySet());
        long[] values = codes.stream().mapToLong(counts::get).toArray();
        boolean[] hidden = Suppression.ofRow(values);
        List<BreakdownRow> rows = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            rows.add(new BreakdownRow(codes.get(i), hidden[i] ? Cell.suppressed() : Cell.of(values[i]), null));
        }
        return new Breakdown(dimension, rows, person(sum(values)), null);
    }

    private long[] days(String sql, LocalDate from, LocalDate to, Long team) {
        Query query = em.createNativeQuery(sql);
        bind(query, from, to, team);
        return ((List<?>) query.getResultList()).stream().mapToLong(v -> ((Number) v).longValue()).toArray();
    }

    /** Code → count from a query that returns (code, count) rows, in code order. */
    private Map<String, Long> grouped(String sql, LocalDate from, LocalDate to, Long team) {
        Query query = em.createNativeQuery(sql);
        bind(query, from, to, team);
        Map<String, Long> counts = new TreeMap<>();
        for (Object row : query.getResultList()) {
            Object[] values = (Object[]) row;
            counts.put(String.valueOf(values[0]), ((Number) values[1]).longValue());
        }
        return counts;
    }

    private long count(String sql, LocalDate from, LocalDate to, Long team) {
        Query query = em.createNativeQuery(sql);
        bind(query, from, to, team);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static void bind(Query query, LocalDate from, LocalDate to, Long team) {
        query.setParameter(1, from);
        query.setParameter(2, to);
        query.setParameter(3, to.plusDays(1));
        query.setParameter(4, team);
    }

    /** A count of people (or pathways) on its own: shown only from the threshold up. */
    private static Cell person(long value) {
        return Suppression.isSmall(value) ? Cell.suppressed() : Cell.of(value);
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long value : values) {
            total += value;
        }
        return total;
    }
}
