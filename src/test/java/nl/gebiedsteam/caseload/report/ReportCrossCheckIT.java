package nl.gebiedsteam.caseload.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.signal.SignalSource;
import nl.gebiedsteam.caseload.substance.Substance;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import nl.gebiedsteam.caseload.testsupport.HelpedSql;
import nl.gebiedsteam.caseload.testsupport.Sql;
import nl.gebiedsteam.caseload.testsupport.TestLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The report against a second, independent computation on the whole (demo) database, and its
 * central figure (helped per year and team) against one plain SQL query as well.
 * {@link ReportIT} proves each definition on a small hand-counted team; this test guards the other
 * risk: that the aggregate SQL goes wrong only on data it was not written against (many clients,
 * repeat and reopened pathways, several signals per client, measure chains, three teams).
 *
 * <p>Independence is the point, so nothing here shares code with {@link ReportCalculation}: the raw
 * rows are read with one plain SELECT per table, and each definition of the calculation's javadoc
 * (and DOMAIN.md "Annual and periodic reporting") is written out in Java over those rows — a
 * pathway is asked day by day whether it is active, persons are sets of client ids. What is
 * compared are the true numbers, the calculation's {@link Publication#EXACT} publication: the
 * perturbed ones cannot be counted independently without repeating {@link Perturbation}'s
 * arithmetic. What the service publishes is then held against those true numbers: every count
 * within the noise, "&lt;5" where it must be, and the same people given the same number wherever
 * they are counted.
 *
 * <p>Readings taken where the definitions leave room (the calculation's javadoc decides):
 * <ul>
 * <li>a team's clients, pathways, closures, referrals and measures are those of clients whose
 * current area team it is; its signals are those received by the team;</li>
 * <li>continuing = open at the end of the day before the period (so a pathway reopened on the
 * first day is inflow, not continuing), as the javadoc says "= stock at start";</li>
 * <li>age band: whole years on the first day of the period being counted;</li>
 * <li>an "earlier" pathway for a repeat request: a start before it, or the same start and a
 * lower id (the one registered first);</li>
 * <li>a measure is active from its start to the day it really ended: its outcome date when that
 * lies before its planned end date (lifted early, converted, extended early), as the measures
 * register itself reads it ({@code MeasureRules.Period});</li>
 * <li>"new measures" counts every measure that starts in the period, an extension included.</li>
 * </ul>
 * The database also holds whatever other integration tests built; that is harmless, because both
 * sides read the same rows. The demo data voids nothing, so the voided-row rules stay
 * {@link ReportIT}'s to prove.
 */
@ExtendWith(ArquillianExtension.class)
class ReportCrossCheckIT {

    private static final Logger LOG = Logger.getLogger(ReportCrossCheckIT.class.getName());
    /** The reporting year: last calendar year, so the demo data (relative to today) fills it. */
    private static final int Y = LocalDate.now(Times.DISPLAY_ZONE).getYear() - 1;
    /** "Became a pathway": a pathway starting within this many days from receipt (calculation's javadoc). */
    private static final int SIGNAL_WINDOW_DAYS = 90;
    /** A count of at least this many is published as a number whatever its noise. */
    private static final int ALWAYS_SHOWN = Perturbation.THRESHOLD + Perturbation.MAX_NOISE;
    private static final List<String> DIMENSIONS = List.of("substance", "gender", "ageBand", "team", "source",
            "newOrKnown");
    private static final String PREVIOUS = "previous.";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestLogin().addClasses(ReportCrossCheckIT.class);
    }

    @Inject
    TestLogin login;

    @Inject
    ReportService reports;

    @Inject
    ReportCalculation calculation;

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource db;

    /** A reporting period as the service accepts it: a year, half year or quarter of a calendar year. */
    private record Period(ReportPeriod period, int year) {

        LocalDate from() {
            return period.from(year);
        }

        LocalDate to() {
            return period.to(year);
        }

        @Override
        public String toString() {
            return period + " " + year;
        }
    }

    /**
     * Last year, the year before and a half year, as the report is used; and this year, whole and
     * by quarter so far (the running one included), because the demo data reopens pathways only in
     * recent months. A closure and its reopening fall in one quarter only on some days of the year;
     * in this year (or last year, in January) they do on every day.
     */
    private static List<Period> periods() {
        List<Period> periods = new ArrayList<>(List.of(new Period(ReportPeriod.YEAR, Y),
                new Period(ReportPeriod.YEAR, Y - 1), new Period(ReportPeriod.FIRST_HALF, Y),
                new Period(ReportPeriod.YEAR, Y + 1)));
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        for (ReportPeriod quarter : List.of(ReportPeriod.Q1, ReportPeriod.Q2, ReportPeriod.Q3, ReportPeriod.Q4)) {
            if (!quarter.from(Y + 1).isAfter(today)) {
                periods.add(new Period(quarter, Y + 1));
            }
        }
        return periods;
    }

    /** All teams (null) and each demo team. */
    private static List<Long> scopes(RawData data) {
        List<Long> scopes = new ArrayList<>();
        scopes.add(null);
        scopes.addAll(data.demoTeams());
        return scopes;
    }

    private static String scopeName(RawData data, Long team) {
        return team == null ? "all teams" : data.teamNames().get(team);
    }

    /** The true numbers, from the calculation the service publishes from. */
    private AnnualReport exact(RawData data, Period period, Long team) {
        return calculation.calculate(period.from(), period.to(), team, team == null ? null : data.teamNames().get(team),
                Publication.EXACT);
    }

    @Test
    void everyNumber_equalsThePlainJavaCount_forAllTeamsAndEachDemoTeam() {
        RawData data = RawData.read(db);
        List<Executable> checks = new ArrayList<>();
        for (Period period : periods()) {
            for (Long team : scopes(data)) {
                String label = period + ", " + scopeName(data, team) + ": ";
                Map<String, String> expected = new PlainCount(data, period.from(), period.to(), team).numbers();
                Map<String, String> actual = shown(contents(exact(data, period, team)));
                checks.add(() -> assertEquals(expected.keySet(), actual.keySet(), label + "the same numbers"));
                for (Map.Entry<String, String> number : expected.entrySet()) {
                    checks.add(() -> assertEquals(number.getValue(), actual.get(number.getKey()),
                            label + number.getKey()));
                }
            }
        }
        // the count in the build log shows at a glance that the comparison was not empty
        LOG.info(() -> "ReportCrossCheckIT: " + checks.size() + " numbers compared");
        assertAll("report vs. plain Java on " + data.clients().size() + " clients", checks);
    }

    /**
     * What leaves the application, against the true numbers of the same calculation: each count
     * within the noise of its true value, "&lt;5" where that is below five, durations beside a
     * published count exactly as they are and none beside a "&lt;5" (see {@link Perturbation}). And
     * what the cell key is for: the same people get the same number wherever they are counted —
     * a team's row in the all-teams breakdown and that team's own report, a stock at the end of one
     * period and at the start of the next, a year as the year before of the next one.
     */
    @Test
    void everyPublishedNumber_isTheTrueOneWithinTheNoise_andTheSamePeopleGetTheSameNumber() {
        RawData data = RawData.read(db);
        login.as("fatima.beleid");
        Map<Period, Map<Long, Map<String, Object>>> publishedBy = new HashMap<>();
        List<Executable> checks = new ArrayList<>();
        int moved = 0;
        for (Period period : periods()) {
            for (Long team : scopes(data)) {
                String label = period + ", " + scopeName(data, team) + ": ";
                Map<String, Object> truth = contents(exact(data, period, team));
                Map<String, Object> shown = contents(reports.generate(period.from(), period.to(), team));
                publishedBy.computeIfAbsent(period, p -> new HashMap<>()).put(team, shown);
                checks.add(() -> assertEquals(truth.keySet(), shown.keySet(), label + "the same numbers"));
                for (Map.Entry<String, Object> number : truth.entrySet()) {
                    Object published = shown.get(number.getKey());
                    checks.add(() -> assertPublishedFrom(number.getValue(), published, label + number.getKey()));
                    if (number.getValue() instanceof Cell count && !count.isSuppressed()
                            && count.value() >= Perturbation.THRESHOLD && !count.equals(published)) {
                        moved++;
                    }
                }
            }
        }
        for (Period period : periods()) {
            for (Period next : periods()) {
                for (Long team : scopes(data)) {
                    Map<String, Object> one = publishedBy.get(period).get(team);
                    Map<String, Object> other = publishedBy.get(next).get(team);
                    String label = period + " and " + next + ", " + scopeName(data, team) + ": ";
                    if (next.from().equals(period.to().plusDays(1))) {
                        for (String flows : List.of("pathways", "persons")) {
                            checks.add(() -> assertEquals(show(one.get(flows + ".stockAtEnd")),
                                    show(other.get(flows + ".stockAtStart")), label + flows + ", the stock between"));
                        }
                    }
                    if (next.from().equals(period.from().minusYears(1))
                            && next.to().equals(period.to().minusYears(1))) {
                        // a category nobody was in the year before is not listed in that year's own report: "<5"
                        one.keySet().stream().filter(key -> key.startsWith(PREVIOUS)).forEach(key -> checks.add(() ->
                                assertEquals(show(other.getOrDefault(key.substring(PREVIOUS.length()), Cell.small())),
                                        show(one.get(key)), label + key)));
                    }
                }
            }
            for (Long team : data.demoTeams()) {
                Map<String, Object> all = publishedBy.get(period).get(null);
                Map<String, Object> own = publishedBy.get(period).get(team);
                String row = "breakdown.team." + data.teamNames().get(team);
                String label = period + ", " + scopeName(data, team) + ": ";
                checks.add(() -> assertEquals(show(own.get("helped")), show(all.get(row)),
                        label + "its row for all teams"));
                checks.add(() -> assertEquals(show(own.get(PREVIOUS + "helped")), show(all.get(PREVIOUS + row)),
                        label + "its row for all teams, the year before"));
            }
        }
        int numbersMoved = moved;
        checks.add(() -> assertTrue(numbersMoved > 0, "the noise is not zero everywhere"));
        LOG.info(() -> "ReportCrossCheckIT: " + checks.size() + " published numbers checked, " + numbersMoved
                + " of them moved by their noise");
        assertAll("published vs. exact report", checks);
    }

    /**
     * The central figure once more, against one plain SQL query (the report benchmark's floor):
     * helped per calendar year, for all teams and each demo team, in the report and in its trend.
     * The trend publishes each year exactly as that year's report publishes the figure: the same
     * people, so the same cell key and the same noise, and nothing to learn from setting one
     * against the other.
     */
    @Test
    void helpedPerYear_equalsOnePlainSqlQuery_andIsPublishedInTheTrendAsInTheReport() {
        RawData data = RawData.read(db);
        record Helped(int year, long team, long count) {
        }
        List<Helped> plain = Sql.rows(db, HelpedSql.perYearAndTeam(Y - 1, Y),
                row -> new Helped(row.getInt(1), row.getLong(2), row.getLong(3)));
        login.as("fatima.beleid");

        List<Executable> checks = new ArrayList<>();
        for (Long team : scopes(data)) {
            Map<Integer, Cell> exactPerYear = calculation.helpedPerYear(Y - 1, Y, team, Publication.EXACT);
            Map<Integer, Cell> trend = reports.trend(Y, team);
            for (int year = Y - 1; year <= Y; year++) {
                int y = year;
                String helped = Long.toString(plain.stream().filter(h -> h.year() == y && (team == null
                        || h.team() == team)).mapToLong(Helped::count).sum());
                String label = year + ", " + scopeName(data, team);
                Period whole = new Period(ReportPeriod.YEAR, year);
                Cell reported = exact(data, whole, team).keyFigures().helped();
                Cell published = reports.generate(whole.from(), whole.to(), team).keyFigures().helped();
                checks.add(() -> assertEquals(helped, reported.display(), label + ": the report"));
                checks.add(() -> assertEquals(helped, exactPerYear.get(y).display(), label + ": the trend's count"));
                checks.add(() -> assertEquals(published.display(), trend.get(y).display(),
                        label + ": the trend publishes what the report does"));
            }
        }
        assertAll("helped: report vs. one plain SQL query", checks);
    }

    /** Guards against a vacuous pass: the data must exercise what the definitions are about. */
    @Test
    void demoData_isRichEnoughThatTheCrossCheckMeansSomething() {
        RawData data = RawData.read(db);
        login.as("fatima.beleid");
        LocalDate from = LocalDate.of(Y, 1, 1);
        LocalDate to = LocalDate.of(Y, 12, 31);
        PlainCount year = new PlainCount(data, from, to, null);
        AnnualReport r = reports.generate(from, to, null);

        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(3, data.demoTeams().size(), "the three demo teams are there"));
        checks.add(() -> assertFalse(r.keyFigures().helped().isSuppressed(), "all-teams helped in " + Y + " is published"));
        checks.add(() -> assertTrue(r.keyFigures().helped().value() > 50, "more than 50 helped in " + Y + ": " + r.keyFigures().helped()));
        checks.add(() -> assertTrue(year.helped().size() > 50, "plain count > 50 too"));
        for (Long team : data.demoTeams()) {
            checks.add(() -> assertTrue(new PlainCount(data, from, to, team).helped().size() >= ALWAYS_SHOWN,
                    "team " + team + " has its helped count published whatever the noise, so its report is not "
                            + "all <5"));
        }
        // reopened pathways: the closure before a reopening must still count as outflow, and the
        // reopening as inflow, in a compared period (the demo data reopens only in recent months)
        List<RawClosure> reopened = data.closures().stream().filter(g -> g.reopenedOn() != null).toList();
        checks.add(() -> assertFalse(reopened.isEmpty(), "the demo data has reopened pathways"));
        checks.add(() -> assertTrue(periods().stream().anyMatch(p -> reopened.stream().anyMatch(g ->
                within(g.closedOn(), p.from(), p.to()) && within(g.reopenedOn(), p.from(), p.to()))),
                "a closure and its reopening both fall in a compared period"));
        checks.add(() -> assertTrue(periods().stream().map(p -> new PlainCount(data, p.from(), p.to(), null))
                .anyMatch(c -> c.inflow().size() > c.pathways().stream().filter(x -> within(x.start(), c.from, c.to))
                        .count()), "reopenings add to the inflow in a compared period"));
        checks.add(() -> assertTrue(year.repeatPathways().size() > 0, "repeat requests in " + Y));
        checks.add(() -> assertTrue(year.closuresInPeriod().size() >= ALWAYS_SHOWN,
                "the closed-pathway durations are published in " + Y + " whatever the noise"));
        checks.add(() -> assertTrue(year.signals().size() >= Perturbation.THRESHOLD, "signals in " + Y));
        checks.add(() -> assertTrue(data.measures().stream().anyMatch(m -> !m.voided() && m.start().getYear() == Y),
                "measures started in " + Y));
        assertAll(checks);
    }

    /**
     * Reports of any two periods, set against each other, would count the people of their
     * difference: 1 January to 1 March against 1 January to 2 March counts one day's. Only a
     * calendar year, half year or quarter is reported, so two reports differ by a quarter at least
     * and a period cannot be shifted a little; anything else is refused, with a message, and
     * nothing is logged as reported.
     */
    @Test
    void onlyAYearHalfYearOrQuarter_isReported_soNoTwoReportsDifferByADay() {
        login.as("fatima.beleid");
        long reportsBefore = Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE event = 'REPORT'");
        List<List<LocalDate>> refused = List.of(List.of(LocalDate.of(Y, 1, 1), LocalDate.of(Y, 3, 1)),
                List.of(LocalDate.of(Y, 1, 1), LocalDate.of(Y, 3, 2)),
                List.of(LocalDate.of(Y, 1, 2), LocalDate.of(Y, 3, 31)),
                List.of(LocalDate.of(Y, 2, 1), LocalDate.of(Y, 4, 30)),
                List.of(LocalDate.of(Y, 1, 1), LocalDate.of(Y + 1, 12, 31)));
        for (List<LocalDate> period : refused) {
            CaseloadException refusal = assertThrows(CaseloadException.class,
                    () -> reports.generate(period.get(0), period.get(1), null), period.toString());
            assertEquals("report.period.fixed", refusal.getMessageKey(), period.toString());
        }
        assertEquals(reportsBefore, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE event = 'REPORT'"),
                "nothing reported");
        for (ReportPeriod period : ReportPeriod.values()) {
            AnnualReport report = reports.generate(period.from(Y), period.to(Y), null);
            assertEquals(List.of(period.from(Y), period.to(Y)), List.of(report.from(), report.to()), period.name());
        }
    }

    // ---- the report, flattened to comparable values ----

    /**
     * Everything the report holds, under a stable key: its period, team and category codes as
     * text, its counts as cells and its durations as statistics; the year before under the same
     * key with {@value #PREVIOUS} in front.
     */
    private static Map<String, Object> contents(AnnualReport r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", String.valueOf(r.from()));
        out.put("to", String.valueOf(r.to()));
        out.put("teamName", String.valueOf(r.teamName()));
        keyFigures(out, "", r.keyFigures());
        keyFigures(out, PREVIOUS, r.previousKeyFigures());
        flows(out, "pathways", r.pathways());
        flows(out, "persons", r.persons());
        out.put("breakdowns", r.breakdowns().stream().map(Breakdown::dimension).collect(Collectors.joining(",")));
        for (Breakdown b : r.breakdowns()) {
            breakdown(out, "breakdown." + b.dimension(), b);
        }
        out.put("closedDuration", r.closedDuration());
        breakdown(out, "closureOutcomes", r.closureOutcomes());
        breakdown(out, "signalSources", r.signalSources());
        breakdown(out, "signalsToPathway", r.signalsToPathway());
        out.put("signalToContact", r.signalToContact());
        out.put("waitToIntake", r.waitToIntake());
        out.put("waitToTreatment", r.waitToTreatment());
        breakdown(out, "personsWithMeasure", r.personsWithMeasure());
        breakdown(out, "newMeasures", r.newMeasures());
        return out;
    }

    private static void keyFigures(Map<String, Object> out, String prefix, KeyFigures k) {
        out.put(prefix + "helped", k.helped());
        out.put(prefix + "newClients", k.newClients());
        out.put(prefix + "repeatPathways", k.repeatPathways());
        out.put(prefix + "repeatPersons", k.repeatPersons());
        out.put(prefix + "continuingPathways", k.continuingPathways());
        out.put(prefix + "continuingPersons", k.continuingPersons());
    }

    private static void flows(Map<String, Object> out, String key, Flows f) {
        out.put(key + ".stockAtStart", f.stockAtStart());
        out.put(key + ".inflow", f.inflow());
        out.put(key + ".outflow", f.outflow());
        out.put(key + ".stockAtEnd", f.stockAtEnd());
        out.put(key + ".totalActive", f.totalActive());
    }

    /** A breakdown's codes, a cell per code and the total; the year before only where it is compared. */
    private static void breakdown(Map<String, Object> out, String key, Breakdown b) {
        out.put(key + ".codes", b.rows().stream().map(BreakdownRow::code).collect(Collectors.joining(",")));
        for (BreakdownRow row : b.rows()) {
            out.put(key + "." + row.code(), row.count());
            if (row.previous() != null) {
                out.put(PREVIOUS + key + "." + row.code(), row.previous());
            }
        }
        out.put(key + ".total", b.total());
        if (b.previousTotal() != null) {
            out.put(PREVIOUS + key + ".total", b.previousTotal());
        }
    }

    /** Every value as a page or export shows it. */
    private static Map<String, String> shown(Map<String, Object> contents) {
        Map<String, String> out = new LinkedHashMap<>();
        contents.forEach((key, value) -> out.put(key, show(value)));
        return out;
    }

    private static String show(Object value) {
        if (value instanceof Cell cell) {
            return cell.display();
        }
        if (value instanceof Statistic s) {
            return "n=" + show(s.count()) + " mean=" + s.meanDays() + " median=" + s.medianDays() + " p90="
                    + s.p90Days();
        }
        return String.valueOf(value);
    }

    /** A published value against the true one: a count or a statistic as {@link Perturbation} allows, text as it is. */
    private static void assertPublishedFrom(Object truth, Object published, String label) {
        if (truth instanceof Cell count) {
            assertWithinNoise(count, assertInstanceOf(Cell.class, published, label), label);
        } else if (truth instanceof Statistic statistic) {
            Statistic shown = assertInstanceOf(Statistic.class, published, label);
            assertWithinNoise(statistic.count(), shown.count(), label + " count");
            assertEquals(shown.count().isSuppressed() ? new Statistic(shown.count(), null, null, null)
                    : new Statistic(shown.count(), statistic.meanDays(), statistic.medianDays(), statistic.p90Days()),
                    shown, label + ": durations only beside a number, and then the true ones");
        } else {
            assertEquals(truth, published, label);
        }
    }

    /**
     * "&lt;5" for a true count below five; otherwise a number within the noise, or "&lt;5" only where
     * the noise can take the count there.
     */
    private static void assertWithinNoise(Cell truth, Cell published, String label) {
        long count = truth.value();
        if (count < Perturbation.THRESHOLD) {
            assertTrue(published.isSuppressed(), label + ": " + count + " published as " + published.display());
        } else if (published.isSuppressed()) {
            assertTrue(count < ALWAYS_SHOWN, label + ": " + count + " published as " + published.display());
        } else {
            assertTrue(published.value() >= Perturbation.THRESHOLD
                    && Math.abs(published.value() - count) <= Perturbation.MAX_NOISE,
                    label + ": " + count + " published as " + published.display());
        }
    }

    // ---- the same numbers, counted in plain Java ----

    /** Count, mean (half up), nearest-rank median and 90th percentile of a list of durations. */
    private static String statistic(List<Long> days) {
        if (days.isEmpty()) {
            return "n=0 mean=null median=null p90=null";
        }
        List<Long> sorted = days.stream().sorted().toList();
        long n = sorted.size();
        long sum = sorted.stream().mapToLong(Long::longValue).sum();
        long mean = Math.floorDiv(2 * sum + n, 2 * n);
        return "n=" + n + " mean=" + mean + " median=" + nearestRank(sorted, 50) + " p90=" + nearestRank(sorted, 90);
    }

    /** The smallest value with at least p % of the cases at or below it. */
    private static long nearestRank(List<Long> sorted, int p) {
        for (int i = 0; i < sorted.size(); i++) {
            if ((i + 1) * 100L >= (long) p * sorted.size()) {
                return sorted.get(i);
            }
        }
        throw new IllegalStateException("empty");
    }

    /**
     * A breakdown: one count per category, empty ones included, and after them any other code that
     * occurs (in either period when compared) in code order; and the totals.
     */
    private static void breakdown(Map<String, String> out, String key, List<String> categories,
            Map<String, Long> now, Map<String, Long> before) {
        TreeSet<String> others = new TreeSet<>(now.keySet());
        if (before != null) {
            others.addAll(before.keySet());
        }
        others.removeAll(categories);
        List<String> ordered = new ArrayList<>(categories);
        ordered.addAll(others);
        out.put(key + ".codes", String.join(",", ordered));
        for (String code : ordered) {
            out.put(key + "." + code, Long.toString(now.getOrDefault(code, 0L)));
            if (before != null) {
                out.put(PREVIOUS + key + "." + code, Long.toString(before.getOrDefault(code, 0L)));
            }
        }
        out.put(key + ".total", Long.toString(now.values().stream().mapToLong(Long::longValue).sum()));
        if (before != null) {
            out.put(PREVIOUS + key + ".total",
                    Long.toString(before.values().stream().mapToLong(Long::longValue).sum()));
        }
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    private static <T> Map<String, Long> countBy(Collection<T> items, Function<T, String> category) {
        Map<String, Long> counts = new HashMap<>();
        for (T item : items) {
            counts.merge(category.apply(item), 1L, Long::sum);
        }
        return counts;
    }

    /** Every definition for one period and scope (null = all teams), over the raw rows. */
    private static final class PlainCount {

        private final RawData data;
        private final LocalDate from;
        private final LocalDate to;
        private final Long team;

        PlainCount(RawData data, LocalDate from, LocalDate to, Long team) {
            this.data = data;
            this.from = from;
            this.to = to;
            this.team = team;
        }

        /** The same period one year earlier, same scope. */
        PlainCount previous() {
            return new PlainCount(data, from.minusYears(1), to.minusYears(1), team);
        }

        /** Every true number of the report, under the keys of {@link ReportCrossCheckIT#contents}, shown as text. */
        Map<String, String> numbers() {
            Map<String, String> out = new LinkedHashMap<>();
            out.put("from", from.toString());
            out.put("to", to.toString());
            out.put("teamName", team == null ? "null" : data.teamNames().get(team));
            PlainCount before = previous();
            Set<Long> helped = helped();
            Set<Long> helpedBefore = before.helped();
            keyFigures(out, "");
            before.keyFigures(out, PREVIOUS);
            out.put("pathways.stockAtStart", String.valueOf(openAtEndOf(from.minusDays(1)).size()));
            out.put("pathways.inflow", String.valueOf(inflow().size()));
            out.put("pathways.outflow", String.valueOf(closuresInPeriod().size()));
            out.put("pathways.stockAtEnd", String.valueOf(openAtEndOf(to).size()));
            out.put("pathways.totalActive", String.valueOf(activeInPeriod().size()));
            out.put("persons.stockAtStart", String.valueOf(persons(openAtEndOf(from.minusDays(1)))));
            out.put("persons.inflow", String.valueOf(inflow().stream().map(RawPathway::clientId).distinct().count()));
            out.put("persons.outflow", String.valueOf(closuresInPeriod().stream()
                    .map(g -> data.pathways().get(g.pathwayId()).clientId()).distinct().count()));
            out.put("persons.stockAtEnd", String.valueOf(persons(openAtEndOf(to))));
            out.put("persons.totalActive", String.valueOf(persons(activeInPeriod())));
            out.put("breakdowns", String.join(",", DIMENSIONS));
            for (String dimension : DIMENSIONS) {
                breakdown(out, "breakdown." + dimension, categories(dimension), countBy(helped,
                        id -> category(dimension, id)), countBy(helpedBefore, id -> before.category(dimension, id)));
            }
            out.put("closedDuration", statistic(closuresInPeriod().stream()
                    .map(g -> ChronoUnit.DAYS.between(data.pathways().get(g.pathwayId()).start(), g.closedOn()))
                    .toList()));
            breakdown(out, "closureOutcomes", categories("closureOutcome"), countBy(closuresInPeriod(),
                    g -> g.outcome() == null ? "UNKNOWN" : g.outcome()), null);
            breakdown(out, "signalSources", categories("signalSource"), countBy(signals(), RawSignal::source),
                    countBy(before.signals(), RawSignal::source));
            breakdown(out, "signalsToPathway", categories("signalSource"), countBy(signals().stream().filter(this::becamePathway).toList(),
                    RawSignal::source), null);
            out.put("signalToContact", statistic(signals().stream().map(this::daysToFirstContact)
                    .filter(d -> d != null).toList()));
            List<RawReferral> referrals = referrals();
            out.put("waitToIntake", statistic(referrals.stream().filter(f -> f.intakeOn() != null)
                    .map(f -> ChronoUnit.DAYS.between(f.referredOn(), f.intakeOn())).toList()));
            out.put("waitToTreatment", statistic(referrals.stream().filter(f -> f.treatmentOn() != null)
                    .map(f -> ChronoUnit.DAYS.between(f.intakeOn(), f.treatmentOn())).toList()));
            breakdown(out, "personsWithMeasure", data.activeMeasureTypes(), personsWithMeasure(), null);
            breakdown(out, "newMeasures", data.activeMeasureTypes(), countBy(measures().stream().filter(m -> within(m.start(), from, to)).toList(),
                    RawMeasure::typeCode), null);
            return out;
        }

        /** The key figures of this period, under {@code prefix}. */
        void keyFigures(Map<String, String> out, String prefix) {
            out.put(prefix + "helped", String.valueOf(helped().size()));
            out.put(prefix + "newClients", String.valueOf(newClients().size()));
            out.put(prefix + "repeatPathways", String.valueOf(repeatPathways().size()));
            out.put(prefix + "repeatPersons", String.valueOf(persons(repeatPathways())));
            out.put(prefix + "continuingPathways", String.valueOf(continuing().size()));
            out.put(prefix + "continuingPersons", String.valueOf(persons(continuing())));
        }

        /** The categories every breakdown lists, in order, even when nobody is in them. */
        private List<String> categories(String dimension) {
            return switch (dimension) {
                case "substance" -> names(Substance.values(), "UNKNOWN");
                case "gender" -> List.of("MALE", "FEMALE", "OTHER", "UNKNOWN");
                case "ageBand" -> List.of("UNDER_12", "AGE_12_17", "AGE_18_24", "AGE_25_39", "AGE_40_54", "AGE_55_PLUS");
                case "team" -> team == null ? data.activeTeamNames() : List.of(data.teamNames().get(team));
                case "source" -> names(SignalSource.values(), "NONE");
                case "newOrKnown" -> List.of("NEW", "KNOWN");
                case "closureOutcome" -> List.of("COMPLETED_AS_PLANNED", "ENDED_EARLY", "UNKNOWN");
                case "signalSource" -> names(SignalSource.values());
                default -> throw new IllegalArgumentException(dimension);
            };
        }

        private static List<String> names(Enum<?>[] values, String... more) {
            List<String> names = new ArrayList<>(Arrays.stream(values).map(Enum::name).toList());
            names.addAll(List.of(more));
            return names;
        }

        private boolean inScope(long clientId) {
            RawClient c = data.clients().get(clientId);
            return c != null && !c.voided() && (team == null || c.teamId() == team);
        }

        /** Pathways that count at all: not voided, of a not voided client in scope. */
        List<RawPathway> pathways() {
            return data.pathways().values().stream().filter(p -> !p.voided() && inScope(p.clientId())).toList();
        }

        private List<RawClosure> closuresOf(RawPathway p) {
            return data.closuresByPathway().getOrDefault(p.id(), List.of());
        }

        /** Closed on day d: after a closure's day and before its reopening's day. */
        private boolean activeOn(RawPathway p, LocalDate d) {
            return !p.start().isAfter(d) && closuresOf(p).stream().noneMatch(g -> g.closedOn().isBefore(d)
                    && (g.reopenedOn() == null || g.reopenedOn().isAfter(d)));
        }

        /** Walks the period day by day. */
        private boolean activeSomeDay(RawPathway p) {
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                if (activeOn(p, d)) {
                    return true;
                }
            }
            return false;
        }

        /** Open when day d is over: started by then, and every closure so far followed by a reopening. */
        private boolean openAtEndOfDay(RawPathway p, LocalDate d) {
            return !p.start().isAfter(d) && closuresOf(p).stream().noneMatch(g -> !g.closedOn().isAfter(d)
                    && (g.reopenedOn() == null || g.reopenedOn().isAfter(d)));
        }

        private List<RawPathway> openAtEndOf(LocalDate d) {
            return pathways().stream().filter(p -> openAtEndOfDay(p, d)).toList();
        }

        private List<RawPathway> activeInPeriod() {
            return pathways().stream().filter(this::activeSomeDay).toList();
        }

        /** Each start and each reopening in the period is one event (a pathway may occur twice). */
        List<RawPathway> inflow() {
            List<RawPathway> events = new ArrayList<>();
            for (RawPathway p : pathways()) {
                if (within(p.start(), from, to)) {
                    events.add(p);
                }
                closuresOf(p).stream().filter(g -> within(g.reopenedOn(), from, to)).forEach(g -> events.add(p));
            }
            return events;
        }

        List<RawClosure> closuresInPeriod() {
            List<RawClosure> closures = new ArrayList<>();
            for (RawPathway p : pathways()) {
                closuresOf(p).stream().filter(g -> within(g.closedOn(), from, to)).forEach(closures::add);
            }
            return closures;
        }

        private List<RawPathway> continuing() {
            return pathways().stream().filter(p -> p.start().isBefore(from) && openAtEndOfDay(p, from.minusDays(1)))
                    .toList();
        }

        private static long persons(List<RawPathway> pathways) {
            return pathways.stream().map(RawPathway::clientId).distinct().count();
        }

        /** A pathway active on some day, and an intake (of a not voided pathway) or a contact in the period. */
        Set<Long> helped() {
            Set<Long> withActivePathway = activeInPeriod().stream().map(RawPathway::clientId)
                    .collect(Collectors.toSet());
            Set<Long> met = new HashSet<>();
            for (RawContact k : data.contacts()) {
                if (!k.voided() && within(k.at().toLocalDate(), from, to)) {
                    met.add(k.clientId());
                }
            }
            for (RawIntake i : data.intakes()) {
                RawPathway p = data.pathways().get(i.pathwayId());
                if (!p.voided() && within(i.on(), from, to)) {
                    met.add(p.clientId());
                }
            }
            Set<Long> helped = new HashSet<>(withActivePathway);
            helped.retainAll(met);
            return helped;
        }

        /** The first day of the client's first pathway that counts, or null. */
        private LocalDate firstStart(long clientId) {
            return data.pathways().values().stream().filter(p -> p.clientId() == clientId && !p.voided())
                    .map(RawPathway::start).min(LocalDate::compareTo).orElse(null);
        }

        private List<Long> newClients() {
            return data.clients().keySet().stream().filter(this::inScope)
                    .filter(id -> within(firstStart(id), from, to)).toList();
        }

        List<RawPathway> repeatPathways() {
            return pathways().stream().filter(p -> within(p.start(), from, to))
                    .filter(p -> data.pathways().values().stream().anyMatch(e -> e.clientId() == p.clientId()
                            && !e.voided() && (e.start().isBefore(p.start())
                                    || (e.start().equals(p.start()) && e.id() < p.id()))))
                    .toList();
        }

        /** The category of a helped client in one dimension, as of this period. */
        private String category(String dimension, long clientId) {
            RawClient c = data.clients().get(clientId);
            return switch (dimension) {
                case "substance" -> data.substances().getOrDefault(clientId, "UNKNOWN");
                case "gender" -> c.gender();
                case "ageBand" -> ageBand(ChronoUnit.YEARS.between(c.born(), from));
                case "team" -> data.teamNames().get(c.teamId());
                case "source" -> data.signals().stream().filter(s -> !s.voided() && s.clientId() != null
                        && s.clientId() == clientId)
                        .min((a, b) -> a.received().equals(b.received()) ? Long.compare(a.id(), b.id())
                                : a.received().compareTo(b.received()))
                        .map(RawSignal::source).orElse("NONE");
                case "newOrKnown" -> firstStart(clientId).isBefore(from) ? "KNOWN" : "NEW";
                default -> throw new IllegalArgumentException(dimension);
            };
        }

        private static String ageBand(long years) {
            if (years < 12) {
                return "UNDER_12";
            }
            if (years <= 17) {
                return "AGE_12_17";
            }
            if (years <= 24) {
                return "AGE_18_24";
            }
            if (years <= 39) {
                return "AGE_25_39";
            }
            return years <= 54 ? "AGE_40_54" : "AGE_55_PLUS";
        }

        /** Not voided signals received by the team in the period, unless about a voided client. */
        List<RawSignal> signals() {
            return data.signals().stream().filter(s -> !s.voided() && within(s.received().toLocalDate(), from, to))
                    .filter(s -> team == null || s.teamId() == team)
                    .filter(s -> s.clientId() == null || !data.clients().get(s.clientId()).voided()).toList();
        }

        private boolean becamePathway(RawSignal s) {
            LocalDate received = s.received().toLocalDate();
            return s.clientId() != null && data.pathways().values().stream().anyMatch(p -> p.clientId() == s.clientId()
                    && !p.voided() && within(p.start(), received, received.plusDays(SIGNAL_WINDOW_DAYS)));
        }

        /** Calendar days from receipt to the first contact at or after it; null when there is none. */
        private Long daysToFirstContact(RawSignal s) {
            if (s.clientId() == null) {
                return null;
            }
            return data.contacts().stream().filter(k -> !k.voided() && k.clientId() == s.clientId()
                    && !k.at().isBefore(s.received())).map(RawContact::at).min(LocalDateTime::compareTo)
                    .map(first -> ChronoUnit.DAYS.between(s.received().toLocalDate(), first.toLocalDate()))
                    .orElse(null);
        }

        private List<RawReferral> referrals() {
            return data.referrals().stream().filter(f -> !f.voided() && inScope(f.clientId())
                    && within(f.referredOn(), from, to)).toList();
        }

        private List<RawMeasure> measures() {
            return data.measures().stream().filter(m -> !m.voided() && inScope(m.clientId())).toList();
        }

        /** Distinct persons per type with a measure running on some day of the period. */
        private Map<String, Long> personsWithMeasure() {
            Map<String, Set<Long>> persons = new HashMap<>();
            for (RawMeasure m : measures()) {
                if (!m.start().isAfter(to) && !m.realEnd().isBefore(from)) {
                    persons.computeIfAbsent(m.typeCode(), code -> new HashSet<>()).add(m.clientId());
                }
            }
            Map<String, Long> counts = new HashMap<>();
            persons.forEach((code, ids) -> counts.put(code, (long) ids.size()));
            return counts;
        }
    }

    // ---- the raw rows ----

    private record RawClient(long id, long teamId, boolean voided, LocalDate born, String gender) {
    }

    private record RawPathway(long id, long clientId, LocalDate start, boolean voided) {
    }

    private record RawClosure(long pathwayId, LocalDate closedOn, LocalDate reopenedOn, String outcome) {
    }

    private record RawContact(long clientId, LocalDateTime at, boolean voided) {
    }

    private record RawIntake(long pathwayId, LocalDate on) {
    }

    private record RawSignal(long id, long teamId, String source, LocalDateTime received, Long clientId,
            boolean voided) {
    }

    private record RawReferral(long clientId, LocalDate referredOn, LocalDate intakeOn, LocalDate treatmentOn,
            boolean voided) {
    }

    private record RawMeasure(long clientId, String typeCode, LocalDate start, LocalDate end, LocalDate outcomeDate,
            boolean voided) {

        /** The day it really ended: a measure lifted, converted or extended before its end date ends then. */
        LocalDate realEnd() {
            return outcomeDate != null && outcomeDate.isBefore(end) ? outcomeDate : end;
        }
    }

    /** Every row the report is about, read with one plain SELECT per table. */
    private record RawData(Map<Long, String> teamNames, List<String> activeTeamNames, List<String> activeMeasureTypes,
            Map<Long, RawClient> clients, Map<Long, String> substances,
            Map<Long, RawPathway> pathways, List<RawClosure> closures, Map<Long, List<RawClosure>> closuresByPathway,
            List<RawContact> contacts, List<RawIntake> intakes, List<RawSignal> signals, List<RawReferral> referrals,
            List<RawMeasure> measures) {

        static RawData read(DataSource db) {
            Map<Long, String> teams = new TreeMap<>(pairs(db, "SELECT id, name FROM area_team"));
            Map<Long, RawClient> clients = Sql.rows(db, "SELECT id, area_team_id, voided, date_of_birth, gender "
                    + "FROM client", r -> new RawClient(r.getLong(1), r.getLong(2), r.getBoolean(3), date(r, 4),
                            r.getString(5))).stream().collect(Collectors.toMap(RawClient::id, c -> c));
            Map<Long, String> substances = pairs(db, "SELECT client_id, primary_substance FROM substance_profile");
            Map<Long, RawPathway> pathways = Sql.rows(db, "SELECT id, client_id, start_date, voided FROM pathway",
                    r -> new RawPathway(r.getLong(1), r.getLong(2), date(r, 3), r.getBoolean(4))).stream()
                    .collect(Collectors.toMap(RawPathway::id, p -> p));
            List<RawClosure> closures = Sql.rows(db, "SELECT pathway_id, closed_on, reopened_on, closure_outcome "
                    + "FROM pathway_closure", r -> new RawClosure(r.getLong(1), date(r, 2), date(r, 3), r.getString(4)));
            List<RawContact> contacts = Sql.rows(db, "SELECT client_id, occurred_local, voided FROM client_contact",
                    r -> new RawContact(r.getLong(1), r.getObject(2, LocalDateTime.class), r.getBoolean(3)));
            List<RawIntake> intakes = Sql.rows(db, "SELECT pathway_id, intake_date FROM intake",
                    r -> new RawIntake(r.getLong(1), date(r, 2)));
            List<RawSignal> signals = Sql.rows(db, "SELECT id, area_team_id, source, received_local, client_id, voided "
                    + "FROM signal_report", r -> new RawSignal(r.getLong(1), r.getLong(2), r.getString(3),
                            r.getObject(4, LocalDateTime.class), r.getObject(5, Long.class), r.getBoolean(6)));
            List<RawReferral> referrals = Sql.rows(db, "SELECT client_id, referred_on, provider_intake_on, "
                    + "treatment_start_on, voided FROM referral", r -> new RawReferral(r.getLong(1), date(r, 2),
                            date(r, 3), date(r, 4), r.getBoolean(5)));
            Map<Long, String> typeCodes = pairs(db, "SELECT id, code FROM measure_type");
            List<RawMeasure> measures = Sql.rows(db, "SELECT client_id, measure_type_id, start_date, end_date, "
                    + "outcome_date, voided FROM coercion_measure", r -> new RawMeasure(r.getLong(1),
                            typeCodes.get(r.getLong(2)), date(r, 3), date(r, 4), date(r, 5), r.getBoolean(6)));
            return new RawData(teams, Sql.rows(db, "SELECT name FROM area_team WHERE active = TRUE ORDER BY name",
                    r -> r.getString(1)), Sql.rows(db, "SELECT code FROM measure_type WHERE active = TRUE ORDER BY id",
                    r -> r.getString(1)), clients, substances, pathways, closures,
                    closures.stream().collect(Collectors.groupingBy(RawClosure::pathwayId)), contacts, intakes,
                    signals, referrals, measures);
        }

        /** A two-column query (id, text) as a map. */
        private static Map<Long, String> pairs(DataSource db, String sql) {
            Map<Long, String> pairs = new HashMap<>();
            Sql.rows(db, sql, r -> Map.entry(r.getLong(1), r.getString(2)))
                    .forEach(e -> pairs.put(e.getKey(), e.getValue()));
            return pairs;
        }

        private static LocalDate date(ResultSet r, int column) throws SQLException {
            return r.getObject(column, LocalDate.class);
        }

        /** The seeded teams ("Gebiedsteam …"), not the ones other integration tests build. */
        List<Long> demoTeams() {
            return teamNames.entrySet().stream().filter(t -> t.getValue().startsWith("Gebiedsteam "))
                    .map(Map.Entry::getKey).toList();
        }
    }
}
