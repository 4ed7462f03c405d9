package nl.gebiedsteam.caseload.report;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.client.Gender;
import nl.gebiedsteam.caseload.measure.MeasureConditions;
import nl.gebiedsteam.caseload.pathway.ClosureOutcome;
import nl.gebiedsteam.caseload.shared.DataSourceConfiguration;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.signal.SignalSource;
import nl.gebiedsteam.caseload.substance.Substance;

/**
 * Computes the client-count report with the definitions of DOMAIN.md in aggregate SQL, and
 * publishes it as {@link Publication} says: perturbed for {@link ReportService}, the only way a
 * report leaves the application; exact only for the tests in this package that assert the
 * true numbers too. Who may see which team is ReportService's to decide.
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
@Dependent
class ReportCalculation {

    /** Parameters: ?1 first day, ?2 last day, ?3 day after the last, ?4 team id or NULL for all teams. */
    private static final String TEAM = "(?4 IS NULL OR c.area_team_id = ?4)";
    static final int SIGNAL_TO_PATHWAY_DAYS = 90;
    /** A pathway closed on every day of [a, b]: closed before a and not reopened by b. */
    private static final String CLOSED_THROUGH = """
            EXISTS (SELECT 1 FROM pathway_closure g WHERE g.pathway_id = p.id
            AND g.closed_on < %s AND (g.reopened_on IS NULL OR g.reopened_on > %s))""";
    /** A contact or an intake of client c in a period: %1$s its first day, %2$s its last, %3$s the day after. */
    private static final String SEEN = """
            (EXISTS (SELECT 1 FROM client_contact k WHERE k.client_id = c.id
            AND k.voided = FALSE AND k.occurred_local >= %1$s AND k.occurred_local < %3$s)
            OR EXISTS (SELECT 1 FROM intake i JOIN pathway p2 ON p2.id = i.pathway_id WHERE p2.client_id = c.id
            AND p2.voided = FALSE AND i.intake_date BETWEEN %1$s AND %2$s))""";
    /**
     * Helped per calendar year of [?1, ?2] (whole years): every client seen (a contact or an intake) in
     * a year, once per year, who had a pathway active on some day of that year. Starting from what
     * happened in the years reads the contacts once for all years, instead of once per year.
     */
    private static final String HELPED_PER_YEAR = """
            SELECT y.year, COUNT(*), SUM(c.record_key) FROM (SELECT k.client_id,
            YEAR(k.occurred_local) AS year FROM client_contact k WHERE k.voided = FALSE AND k.occurred_local >= ?1
            AND k.occurred_local < ?3 UNION SELECT p2.client_id, YEAR(i.intake_date) FROM intake i
            JOIN pathway p2 ON p2.id = i.pathway_id WHERE p2.voided = FALSE AND i.intake_date BETWEEN ?1 AND ?2) y
            JOIN client c ON c.id = y.client_id WHERE c.voided = FALSE AND %s AND EXISTS (SELECT 1
            FROM pathway p WHERE p.client_id = c.id AND p.voided = FALSE AND p.start_date <=
            MAKEDATE(y.year + 1, 1) - INTERVAL 1 DAY AND NOT %s) GROUP BY y.year"""
            .formatted(TEAM, CLOSED_THROUGH.formatted("MAKEDATE(y.year, 1)",
                    "MAKEDATE(y.year + 1, 1) - INTERVAL 1 DAY"));
    private static final String PATHWAYS = """
            FROM pathway p JOIN client c ON c.id = p.client_id WHERE c.voided = FALSE
            AND p.voided = FALSE AND\s""" + TEAM + " ";
    /** Closures (kept after a reopening) of the team's pathways. */
    private static final String CLOSURES = """
            FROM pathway_closure g JOIN pathway p ON p.id = g.pathway_id
            JOIN client c ON c.id = p.client_id WHERE c.voided = FALSE AND p.voided = FALSE
            AND\s""" + TEAM + " ";
    /** Signals received in the period by the team (the area team a signal came in at), not about a voided client. */
    private static final String SIGNALS = """
            FROM signal_report s LEFT JOIN client c ON c.id = s.client_id
            WHERE s.voided = FALSE AND (c.id IS NULL OR c.voided = FALSE) AND (?4 IS NULL OR s.area_team_id = ?4)
            AND s.received_local >= ?1 AND s.received_local < ?3
            """;
    private static final String BECAME_PATHWAY = """
            EXISTS (SELECT 1 FROM pathway p WHERE p.client_id = s.client_id
            AND p.voided = FALSE AND p.start_date BETWEEN DATE(s.received_local)
            AND DATE(s.received_local) + INTERVAL\s""" + SIGNAL_TO_PATHWAY_DAYS + " DAY)";
    /** Referrals made in the period by the team's clients: waiting times are counted where they were made. */
    private static final String REFERRALS = """
            FROM referral r JOIN client c ON c.id = r.client_id WHERE c.voided = FALSE
            AND r.voided = FALSE AND\s""" + TEAM + " AND r.referred_on BETWEEN ?1 AND ?2 ";
    /** Measures of the team's clients; only counts per type ever leave the service (justice data). */
    private static final String MEASURES = """
            FROM coercion_measure m JOIN measure_type t ON t.id = m.measure_type_id
            JOIN client c ON c.id = m.client_id WHERE c.voided = FALSE AND m.voided = FALSE
            AND\s""" + TEAM + " ";

    /*
     * Every pathway figure and both helped counts depend on the state of all pathways on the period's
     * edges, and that state needs every closure on record. Computing it once per report, per client,
     * replaces some thirty passes over the pathways and their closures with one; it comes with the
     * client's categories and whether they were helped, and the figures are counted from those rows
     * in Java with their own definitions.
     */
    /**
     * Bits of a pathway's closures (see CLOSED_THROUGH and the flows): ?1, ?2 the period, ?5, ?6 the one before.
     * <ul>
     * <li>1: closed on every day of the period;</li>
     * <li>2: closed at the end of the day before the period;</li>
     * <li>4: closed at the end of the period's last day;</li>
     * <li>8: closed on every day of the period before;</li>
     * <li>16: closed at the end of the day before the period before.</li>
     * </ul>
     */
    private static final String CLOSURE_BITS = """
            BIT_OR(IF(g.closed_on < ?1 AND (g.reopened_on IS NULL OR g.reopened_on > ?2), 1, 0)
            | IF(g.closed_on < ?1 AND (g.reopened_on IS NULL OR g.reopened_on >= ?1), 2, 0)
            | IF(g.closed_on <= ?2 AND (g.reopened_on IS NULL OR g.reopened_on > ?2), 4, 0)
            | IF(g.closed_on < ?5 AND (g.reopened_on IS NULL OR g.reopened_on > ?6), 8, 0)
            | IF(g.closed_on < ?5 AND (g.reopened_on IS NULL OR g.reopened_on >= ?5), 16, 0))""";
    /**
     * Per client, over their pathways that are not voided and started by the period's end: how many
     * started in the period, were open at its start, open at its end, active in it, and started in,
     * were open at the start of and active in the period before. A later pathway changes none of these
     * for a client that counts, and a pathway open at the start or at the end is active, so a client
     * without a started or active pathway counts for nothing and is left out. Only the team's clients (all for an all-teams report); voided clients
     * are filtered by the query that reads it.
     *
     * <p>Most pathways of a long history were closed for good before the period before: CLOSED with an
     * end date (its last closure) before ?5 changes none of these numbers, so only the others are
     * read, with just the closures that can still matter (not reopened before the period before).
     */
    private static final String STATE = """
            SELECT x.client_id,
            SUM(x.start_date BETWEEN ?1 AND ?2) AS started,
            SUM(x.start_date < ?1 AND x.closed & 2 = 0) AS open_at_start,
            SUM(x.closed & 4 = 0) AS open_at_end,
            SUM(x.closed & 1 = 0) AS active,
            SUM(x.start_date BETWEEN ?5 AND ?6) AS started_before,
            SUM(x.start_date < ?5 AND x.closed & 16 = 0) AS open_at_start_before,
            SUM(x.start_date <= ?6 AND x.closed & 8 = 0) AS active_before
            FROM (SELECT p.client_id, p.start_date,
            """ + CLOSURE_BITS + " AS closed " + """
            FROM pathway p LEFT JOIN pathway_closure g ON g.pathway_id = p.id
            AND g.closed_on <= ?2 AND (g.reopened_on IS NULL OR g.reopened_on >= ?5)
            """
            // the team as a condition rather than a join: for all teams it then costs nothing
            + """
            WHERE p.voided = FALSE AND p.start_date <= ?2 AND (?4 IS NULL OR EXISTS (SELECT 1 FROM client c
            WHERE c.id = p.client_id AND c.area_team_id = ?4))
            AND (p.status <> 'CLOSED' OR p.end_date IS NULL OR p.end_date >= ?5)
            GROUP BY p.id, p.client_id, p.start_date) x
            GROUP BY x.client_id HAVING started > 0 OR active > 0 OR active_before > 0""";
    /** The breakdowns of the clients helped, in the report's order. */
    private static final List<String> DIMENSIONS = List.of("substance", "gender", "ageBand", "team", "source",
            "newOrKnown");
    /**
     * Every client of the team (not voided) with a pathway that counts in the period or in the one
     * before: what their categories are made of (primary substance, gender, date of birth, team, the
     * source of their first signal and the start of their first pathway, both kept on the client row,
     * see ClientFirsts), whether they were helped in the period and in the one before (?1-?3 the
     * period, ?5-?7 the one before) and the state of their pathways (STATE). One pass for both periods
     * and every pathway figure; the age band and new-or-known follow from the period in Java.
     */
    private static final String CLIENTS = """
            SELECT COALESCE(sp.primary_substance, 'UNKNOWN'), c.gender,
            c.date_of_birth, t.name, COALESCE(c.first_signal_source, 'NONE'), c.first_pathway_start,
            r.active > 0 AND %s,
            r.active_before > 0 AND %s,
            r.started, r.open_at_start, r.open_at_end, r.active, r.started_before, r.open_at_start_before,
            c.record_key
            FROM (%s) r
            JOIN client c ON c.id = r.client_id JOIN area_team t ON t.id = c.area_team_id
            LEFT JOIN substance_profile sp ON sp.client_id = c.id WHERE c.voided = FALSE AND %s"""
            .formatted(SEEN.formatted("?1", "?2", "?3"), SEEN.formatted("?5", "?6", "?7"), STATE, TEAM);

    /**
     * Plain JDBC rather than JPA native queries: the report reads tens of thousands of rows of a few
     * columns, which the driver hands over several times faster without a persistence layer in
     * between.
     */
    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    /** The report for [from, to] of one team ({@code team} not null) or of all teams. */
    AnnualReport calculate(LocalDate from, LocalDate to, Long team, String teamName, Publication publication) {
        Parameters period = new Parameters(from, to, team);
        // The figures that do not need the pathway state are independent of it: counted on a connection of
        // their own meanwhile, a report takes the time of the longer half instead of the sum of both.
        CompletableFuture<Events> events = CompletableFuture.supplyAsync(() -> events(period), executor);
        try (Connection c = dataSource.getConnection()) {
            Clients clients = clients(c, period);
            return report(period, teamName, clients, await(events), publication);
        } catch (SQLException e) {
            throw new IllegalStateException("annual report " + from + ".." + to, e);
        }
    }

    /**
     * Rows and counts from the second connection: flows that are events, closures, signals, referrals,
     * measures, and the teams and measure types a breakdown lists even when nobody is in them.
     */
    private record Events(List<Object[]> inflow, List<Object[]> closures, List<Object[]> signals,
            Map<String, Tally> signalsBefore, List<Object[]> referrals, Map<String, Tally> personsWithMeasure,
            Map<String, Tally> newMeasures, List<String> teams, List<String> measureTypes) {
    }

    /** Runs in the executor, outside the caller's transaction: only reads, on a connection of its own. */
    private Events events(Parameters period) {
        try (Connection c = dataSource.getConnection()) {
            return new Events(
                    // pathways started or reopened in the period, one row each: the inflow
                    rows(c, """
                            SELECT p.client_id, c.record_key
                            """ + PATHWAYS + """
                            AND p.start_date BETWEEN ?1 AND ?2 UNION ALL SELECT p.client_id, c.record_key
                            """ + CLOSURES + "AND g.reopened_on BETWEEN ?1 AND ?2", period),
                    // closures in the period: outflow, their durations and their outcomes
                    rows(c, """
                            SELECT DATEDIFF(g.closed_on, p.start_date), COALESCE(g.closure_outcome, 'UNKNOWN'),
                            p.client_id, c.record_key
                            """ + CLOSURES + "AND g.closed_on BETWEEN ?1 AND ?2", period),
                    // signals received in the period: source, whether a pathway followed, days to the next contact
                    rows(c, "SELECT s.source, " + BECAME_PATHWAY + """
                            , DATEDIFF((SELECT MIN(k.occurred_local)
                            FROM client_contact k WHERE k.client_id = s.client_id AND k.voided = FALSE
                            AND k.occurred_local >= s.received_local), s.received_local), s.record_key
                            """ + SIGNALS, period),
                    tallies(c, "SELECT s.source, COUNT(*), SUM(s.record_key) " + SIGNALS + "GROUP BY s.source",
                            period.yearBefore()),
                    rows(c, """
                            SELECT DATEDIFF(r.provider_intake_on, r.referred_on),
                            DATEDIFF(r.treatment_start_on, r.provider_intake_on), c.record_key
                            """ + REFERRALS, period),
                    tallies(c, "SELECT x.code, COUNT(*), SUM(x.record_key) FROM (SELECT DISTINCT t.code, c.id, "
                            + "c.record_key " + MEASURES + "AND " + MeasureConditions.inForceDuring("?1", "?2")
                            + ") x GROUP BY x.code", period),
                    tallies(c, "SELECT t.code, COUNT(*), SUM(c.record_key) " + MEASURES + """
                            AND m.start_date BETWEEN ?1 AND ?2 GROUP BY t.code""", period),
                    firstColumn(c, """
                            SELECT name FROM area_team WHERE id = ?4 OR (?4 IS NULL AND active = TRUE)
                            ORDER BY name""", period),
                    firstColumn(c, "SELECT code FROM measure_type WHERE active = TRUE ORDER BY id", period));
        } catch (SQLException e) {
            throw new IllegalStateException("annual report " + period.from() + ".." + period.to(), e);
        }
    }

    private static Events await(CompletableFuture<Events> events) {
        try {
            return events.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    private static AnnualReport report(Parameters period, String teamName, Clients clients, Events events,
            Publication publication) {
        List<Object[]> closures = events.closures();
        Tally closed = tally(closures, 3, row -> true);
        Flows pathways = new Flows(publication.count(clients.now.openAtStart),
                publication.count(tally(events.inflow(), 1, row -> true)), publication.count(closed),
                publication.count(clients.openAtEnd), publication.count(clients.active));
        Flows persons = new Flows(publication.count(clients.now.personsOpenAtStart),
                publication.count(persons(events.inflow(), 0, 1)), publication.count(persons(closures, 2, 3)),
                publication.count(clients.personsOpenAtEnd), publication.count(clients.personsActive));
        List<Breakdown> breakdowns = new ArrayList<>();
        for (int dimension = 0; dimension < DIMENSIONS.size(); dimension++) {
            String name = DIMENSIONS.get(dimension);
            breakdowns.add(compared(name, categories(name, events), clients.helpedNow.get(dimension),
                    clients.helpedBefore.get(dimension), publication));
        }
        List<Object[]> signals = events.signals();
        List<String> sources = categories("signalSource", events);
        List<Object[]> referrals = events.referrals();
        return new AnnualReport(period.from(), period.to(), teamName, Times.nowUtc(),
                keyFigures(clients.now, publication), keyFigures(clients.before, publication), pathways, persons,
                breakdowns,
                publication.statistic(column(closures, 0), closed),
                simple("closureOutcome", categories("closureOutcome", events), counted(closures, 1, 3, row -> true),
                        publication),
                compared("signalSource", sources, counted(signals, 0, 3, row -> true), events.signalsBefore(),
                        publication),
                simple("signalsToPathway", sources, counted(signals, 0, 3, row -> number(row[1]) == 1), publication),
                publication.statistic(column(signals, 2), tally(signals, 3, row -> row[2] != null)),
                publication.statistic(column(referrals, 0), tally(referrals, 2, row -> row[0] != null)),
                publication.statistic(column(referrals, 1), tally(referrals, 2, row -> row[1] != null)),
                simple("personsWithMeasure", events.measureTypes(), events.personsWithMeasure(), publication),
                simple("newMeasures", events.measureTypes(), events.newMeasures(), publication));
    }

    /** One period's key figures; repeat pathways are the pathways started that were not a first one. */
    private static KeyFigures keyFigures(KeyCounts counts, Publication publication) {
        return new KeyFigures(publication.count(counts.helped), publication.count(counts.newClients),
                publication.count(counts.repeatPathways), publication.count(counts.personsRepeating),
                publication.count(counts.openAtStart), publication.count(counts.personsOpenAtStart));
    }

    /**
     * Persons helped in each calendar year from {@code firstYear} to {@code lastYear}, for the trend:
     * the same people as the key figure of that year's report, so the same published number.
     */
    Map<Integer, Cell> helpedPerYear(int firstYear, int lastYear, Long team, Publication publication) {
        Map<Integer, Tally> counted = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (Object[] row : rows(c, HELPED_PER_YEAR, new Parameters(LocalDate.of(firstYear, 1, 1),
                    LocalDate.of(lastYear, 12, 31), team))) {
                counted.put(((Number) row[0]).intValue(), tally(row[1], row[2]));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("helped per year " + firstYear + ".." + lastYear, e);
        }
        Map<Integer, Cell> perYear = new TreeMap<>();
        for (int year = firstYear; year <= lastYear; year++) {
            perYear.put(year, publication.count(counted.getOrDefault(year, new Tally())));
        }
        return perYear;
    }

    /**
     * What the clients of CLIENTS add up to: the key figures of the period and of the one before,
     * pathways and persons open at the period's end and active in it, and the clients helped in the
     * period and in the one before per category of each dimension (in DIMENSIONS order). Each count
     * carries the record keys of its clients, a client with two pathways twice in a count of pathways.
     */
    private static final class Clients {
        final KeyCounts now = new KeyCounts();
        final KeyCounts before = new KeyCounts();
        final Tally openAtEnd = new Tally();
        final Tally personsOpenAtEnd = new Tally();
        final Tally active = new Tally();
        final Tally personsActive = new Tally();
        final List<Map<String, Tally>> helpedNow = categoryCounts();
        final List<Map<String, Tally>> helpedBefore = categoryCounts();

        /** One CLIENTS row. */
        void add(Object[] client, Parameters period) {
            long key = number(client[14]);
            long openHereAtEnd = number(client[10]);
            long activeHere = number(client[11]);
            openAtEnd.add(key, openHereAtEnd);
            personsOpenAtEnd.add(key, openHereAtEnd > 0 ? 1 : 0);
            active.add(key, activeHere);
            personsActive.add(key, activeHere > 0 ? 1 : 0);
            now.add(key, isTrue(client[6]), number(client[8]), number(client[9]), isNew(client, period));
            before.add(key, isTrue(client[7]), number(client[12]), number(client[13]),
                    isNew(client, period.yearBefore()));
            if (isTrue(client[6])) {
                countCategories(helpedNow, client, key, period);
            }
            if (isTrue(client[7])) {
                countCategories(helpedBefore, client, key, period.yearBefore());
            }
        }
    }

    /** The counts behind one period's key figures; pathways open at the start are the continuing ones. */
    private static final class KeyCounts {
        final Tally helped = new Tally();
        final Tally newClients = new Tally();
        final Tally repeatPathways = new Tally();
        final Tally personsRepeating = new Tally();
        final Tally openAtStart = new Tally();
        final Tally personsOpenAtStart = new Tally();

        void add(long key, boolean helpedHere, long startedHere, long openHereAtStart, boolean isNew) {
            helped.add(key, helpedHere ? 1 : 0);
            newClients.add(key, isNew ? 1 : 0);
            // a pathway started in the period that is not the client's first ever is a repeat request
            long repeats = startedHere - (isNew ? 1 : 0);
            repeatPathways.add(key, repeats);
            personsRepeating.add(key, repeats > 0 ? 1 : 0);
            openAtStart.add(key, openHereAtStart);
            personsOpenAtStart.add(key, openHereAtStart > 0 ? 1 : 0);
        }
    }

    private static Clients clients(Connection c, Parameters period) throws SQLException {
        Clients clients = new Clients();
        for (Object[] client : rows(c, CLIENTS, period)) {
            clients.add(client, period);
        }
        return clients;
    }

    /** New in the period: the client's first pathway ever starts in it. */
    private static boolean isNew(Object[] client, Parameters period) {
        LocalDate firstStart = Times.dateColumn(client[5]);
        return firstStart != null && !firstStart.isBefore(period.from()) && !firstStart.isAfter(period.to());
    }

    private static List<Map<String, Tally>> categoryCounts() {
        List<Map<String, Tally>> counts = new ArrayList<>();
        for (int i = 0; i < DIMENSIONS.size(); i++) {
            counts.add(new TreeMap<>());
        }
        return counts;
    }

    /** One helped client (a CLIENTS row) in each dimension, for the period in which they were helped. */
    private static void countCategories(List<Map<String, Tally>> counts, Object[] client, long key,
            Parameters period) {
        List<String> categories = List.of(String.valueOf(client[0]), String.valueOf(client[1]),
                AgeBand.on(Times.dateColumn(client[2]), period.from()).name(), String.valueOf(client[3]),
                String.valueOf(client[4]), isNew(client, period) ? "NEW" : "KNOWN");
        for (int i = 0; i < categories.size(); i++) {
            counts.get(i).computeIfAbsent(categories.get(i), code -> new Tally()).add(key);
        }
    }

    /**
     * Every category of a breakdown in the order it is published, the empty ones too: an empty
     * category is shown as "&lt;5" like a small one, so that a reader cannot tell zero from one to four.
     */
    private static List<String> categories(String dimension, Events events) {
        return switch (dimension) {
            case "substance" -> codes(Substance.values(), "UNKNOWN");
            case "gender" -> codes(Gender.values());
            case "ageBand" -> codes(AgeBand.values());
            case "team" -> events.teams();
            case "source" -> codes(SignalSource.values(), "NONE");
            case "newOrKnown" -> List.of("NEW", "KNOWN");
            case "closureOutcome" -> codes(ClosureOutcome.values(), "UNKNOWN");
            case "signalSource" -> codes(SignalSource.values());
            default -> throw new IllegalArgumentException(dimension);
        };
    }

    private static List<String> codes(Enum<?>[] values, String... more) {
        List<String> codes = new ArrayList<>();
        for (Enum<?> value : values) {
            codes.add(value.name());
        }
        codes.addAll(List.of(more));
        return codes;
    }

    /** The categories, followed by any other code the counts hold (an inactive team, say) in code order. */
    @SafeVarargs
    private static List<String> ordered(List<String> categories, Map<String, Tally>... counts) {
        Set<String> others = new TreeSet<>();
        for (Map<String, Tally> count : counts) {
            others.addAll(count.keySet());
        }
        others.removeAll(categories);
        List<String> codes = new ArrayList<>(categories);
        codes.addAll(others);
        return codes;
    }

    /** A count per category for this period and the one before, with their totals, each published on its own. */
    private static Breakdown compared(String dimension, List<String> categories, Map<String, Tally> now,
            Map<String, Tally> before, Publication publication) {
        List<BreakdownRow> rows = new ArrayList<>();
        for (String code : ordered(categories, now, before)) {
            rows.add(new BreakdownRow(code, publication.count(now.getOrDefault(code, new Tally())),
                    publication.count(before.getOrDefault(code, new Tally()))));
        }
        return new Breakdown(dimension, rows, publication.count(total(now)), publication.count(total(before)));
    }

    /** A count per category (one period, no comparison) with its total. */
    private static Breakdown simple(String dimension, List<String> categories, Map<String, Tally> counts,
            Publication publication) {
        List<BreakdownRow> rows = new ArrayList<>();
        for (String code : ordered(categories, counts)) {
            rows.add(new BreakdownRow(code, publication.count(counts.getOrDefault(code, new Tally())), null));
        }
        return new Breakdown(dimension, rows, publication.count(total(counts)), null);
    }

    private static Tally total(Map<String, Tally> counts) {
        Tally total = new Tally();
        counts.values().forEach(total::add);
        return total;
    }

    /** Code (in column {@code code}) → the rows that match, with the record keys in column {@code key}. */
    private static Map<String, Tally> counted(List<Object[]> rows, int code, int key, Predicate<Object[]> matches) {
        Map<String, Tally> counts = new TreeMap<>();
        rows.stream().filter(matches).forEach(row -> counts.computeIfAbsent(String.valueOf(row[code]),
                c -> new Tally()).add(number(row[key])));
        return counts;
    }

    /** The rows that match, with the record keys in column {@code key}. */
    private static Tally tally(List<Object[]> rows, int key, Predicate<Object[]> matches) {
        Tally tally = new Tally();
        rows.stream().filter(matches).forEach(row -> tally.add(number(row[key])));
        return tally;
    }

    /** The distinct clients (in column {@code client}) of the rows, with their record keys (column {@code key}). */
    private static Tally persons(List<Object[]> rows, int client, int key) {
        Tally tally = new Tally();
        Set<Long> seen = new HashSet<>();
        rows.stream().filter(row -> seen.add(number(row[client]))).forEach(row -> tally.add(number(row[key])));
        return tally;
    }

    /** The values of one column of day counts, without the empty ones. */
    private static long[] column(List<Object[]> rows, int index) {
        return rows.stream().filter(row -> row[index] != null).mapToLong(row -> number(row[index])).toArray();
    }

    /**
     * The numbered parameters of the report's SQL: ?1 the first day, ?2 the last day, ?3 the day after
     * it, ?4 the team (null: all teams); ?5, ?6 and ?7 the same days a year earlier.
     */
    private record Parameters(LocalDate from, LocalDate to, Long team) {

        private static final Pattern NUMBERED = Pattern.compile("\\?(\\d)");

        Object get(int number) {
            return switch (number) {
                case 1 -> from;
                case 2 -> to;
                case 3 -> to.plusDays(1);
                case 4 -> team;
                case 5, 6, 7 -> yearBefore().get(number - 4);
                default -> throw new IllegalArgumentException("?" + number);
            };
        }

        Parameters yearBefore() {
            return new Parameters(from.minusYears(1), to.minusYears(1), team);
        }

        /** The statement with JDBC's plain placeholders, each bound to the value its number stands for. */
        PreparedStatement prepare(Connection c, String sql) throws SQLException {
            List<Object> values = new ArrayList<>();
            StringBuilder plain = new StringBuilder();
            Matcher numbered = NUMBERED.matcher(sql);
            while (numbered.find()) {
                values.add(get(Integer.parseInt(numbered.group(1))));
                numbered.appendReplacement(plain, "?");
            }
            numbered.appendTail(plain);
            PreparedStatement statement = c.prepareStatement(plain.toString());
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null) {
                    statement.setNull(i + 1, Types.BIGINT);
                } else {
                    statement.setObject(i + 1, values.get(i));
                }
            }
            return statement;
        }
    }

    private static List<Object[]> rows(Connection c, String sql, Parameters parameters) throws SQLException {
        try (PreparedStatement statement = parameters.prepare(c, sql); ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            List<Object[]> rows = new ArrayList<>();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = result.getObject(i + 1);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** Code → count from a query that returns (code, count, sum of record keys) rows, in code order. */
    private static Map<String, Tally> tallies(Connection c, String sql, Parameters parameters) throws SQLException {
        Map<String, Tally> counts = new TreeMap<>();
        for (Object[] row : rows(c, sql, parameters)) {
            counts.put(String.valueOf(row[0]), tally(row[1], row[2]));
        }
        return counts;
    }

    /** A count and the sum of its record keys, as a GROUP BY returns them (SUM over no rows is NULL: 0). */
    private static Tally tally(Object count, Object keys) {
        return Tally.of(number(count), number(keys));
    }

    /** The first column of every row, in order. */
    private static List<String> firstColumn(Connection c, String sql, Parameters parameters) throws SQLException {
        return rows(c, sql, parameters).stream().map(row -> String.valueOf(row[0])).toList();
    }

    /** A truth value from the database: a BOOLEAN column or a 0/1 number, depending on the expression. */
    private static boolean isTrue(Object value) {
        return value instanceof Boolean truth ? truth : number(value) != 0;
    }

    /** A number from the database; SUM over no rows is NULL, which counts as zero. */
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
