package nl.gebiedsteam.caseload.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import nl.gebiedsteam.caseload.testsupport.Sql;
import nl.gebiedsteam.caseload.testsupport.TestLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An analyst with every report the service publishes tries to work out a count of one to four people.
 *
 * <p>The analyst asks for every period the report accepts (each year, half year and quarter from
 * two years back to now) for all teams and for every team, as a policy officer may, and knows how
 * the figures hang together:
 * <ul>
 * <li>the teams add up to all teams; a team's row in the all-teams breakdown is that team's count;</li>
 * <li>a breakdown's rows add up to its total, and every breakdown of the helped is the helped count;</li>
 * <li>pathways: stock at start + inflow - outflow = stock at end; continuing = stock at start; the
 * closures are the outflow; a stock at a period's end is the stock at the next one's start;</li>
 * <li>events (inflow, outflow, closures, signals, referrals, new measures, new clients, repeat
 * requests) in a year are those of its halves, and of its quarters;</li>
 * <li>people counted in a quarter (helped, active, with a measure, per substance, gender, team or
 * source) are counted in its half year and year too: the difference is a count of its own, the
 * people of the longer period who were not in the shorter one.</li>
 * </ul>
 * Every published number says where the truth can lie ({@link Perturbation}: "&lt;5" 0 to 6, a shown
 * v from max(5, v-2) to v+2). The analyst narrows those ranges through every relation at once until
 * nothing moves (interval constraint propagation, as disclosure audits do), and has found a person-
 * level count where a range closes on a single value from 1 to 4.
 *
 * <p>The same analyst, given exact numbers with only the cells below 5 hidden (what the report
 * published before), finds such counts at once: team sums, the flow identity, overlapping periods.
 * That shows the attack works; against the perturbed report it must find none.
 */
@ExtendWith(ArquillianExtension.class)
class ReportDisclosureIT {

    private static final Logger LOG = Logger.getLogger(ReportDisclosureIT.class.getName());
    private static final String ALL = "all";
    /** Counted per event: a longer period counts those of its parts. */
    private static final List<String> EVENTS = List.of("pathways.inflow", "pathways.outflow", "closedDuration.n",
            "closureOutcome.", "signalSource.", "signalsToPathway.", "signalToContact.n", "waitToIntake.n",
            "waitToTreatment.n", "newMeasures.", "newClients", "repeatPathways");
    /** Counted per person or pathway present in the period: a longer period counts at least the people of its parts. */
    private static final List<String> PRESENT = List.of("helped", "pathways.totalActive", "persons.totalActive",
            "b.substance.", "b.gender.", "b.source.", "b.team.", "personsWithMeasure.");
    private static final List<String> PERSON_BREAKDOWNS = List.of("substance", "gender", "ageBand", "team",
            "source", "newOrKnown");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestLogin().addClasses(ReportDisclosureIT.class);
    }

    @Inject
    TestLogin login;

    @Inject
    ReportService reports;

    @Inject
    ReportCalculation calculation;

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource db;

    /** One period the report accepts. */
    private record Period(int year, ReportPeriod period) {

        String name() {
            return year + "-" + period;
        }

        Period yearBefore() {
            return new Period(year - 1, period);
        }
    }

    @Test
    void noCombinationOfPublishedFigures_pinsACountOfOneToFour() {
        login.as("fatima.beleid");
        Map<Long, String> teams = new LinkedHashMap<>();
        Sql.rows(db, "SELECT id, name FROM area_team ORDER BY id", row -> teams.put(row.getLong(1), row.getString(2)));
        List<Period> periods = periods();
        long started = System.nanoTime();

        Observations seen = new Observations();
        for (Period p : periods) {
            observe(seen, p, ALL, reports.generate(p.period().from(p.year()), p.period().to(p.year()), null),
                    calculation.calculate(p.period().from(p.year()), p.period().to(p.year()), null, null,
                            Publication.EXACT));
            for (Map.Entry<Long, String> team : teams.entrySet()) {
                observe(seen, p, team.getKey().toString(), reports.generate(p.period().from(p.year()),
                        p.period().to(p.year()), team.getKey()), calculation.calculate(p.period().from(p.year()),
                                p.period().to(p.year()), team.getKey(), team.getValue(), Publication.EXACT));
            }
        }
        assertTrue(seen.inconsistent.isEmpty(), () -> "the same people published as different numbers: "
                + seen.inconsistent.stream().limit(10).toList());

        List<Relation> relations = relations(seen, periods, teams);
        List<String> wrong = relations.stream().filter(r -> r.sum(seen.exact) != 0).map(Relation::toString).toList();
        assertTrue(wrong.isEmpty(), () -> "relations the true numbers do not satisfy: " + wrong.stream().limit(10)
                .toList());

        List<String> perturbed = attack(seen, relations, (name, cell) -> cell.isSuppressed() ? new long[] {0, Perturbation.THRESHOLD + Perturbation.MAX_NOISE - 1}
                        : new long[] {Math.max(Perturbation.THRESHOLD, cell.value() - Perturbation.MAX_NOISE),
                                cell.value() + Perturbation.MAX_NOISE});
        List<String> exact = attack(seen, relations, (name, cell) -> {
            long n = seen.exact.get(name);
            return n < Perturbation.THRESHOLD ? new long[] {0, Perturbation.THRESHOLD - 1} : new long[] {n, n};
        });
        LOG.info(() -> "ReportDisclosureIT: " + periods.size() + " periods x " + (teams.size() + 1) + " scopes, "
                + seen.published.size() + " figures, " + relations.size() + " relations, "
                + (System.nanoTime() - started) / 1_000_000 + " ms; exact figures with <5 give away " + exact.size()
                + " counts, e.g. " + exact.stream().limit(5).toList());

        assertTrue(exact.size() > 0, "the attack finds small counts in exact figures with only <5 hidden");
        assertEquals(List.of(), perturbed, "counts of 1 to 4 pinned down from the published figures");
    }

    /** Every accepted period from two years back to the current one, as far as it has begun. */
    private static List<Period> periods() {
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        List<Period> periods = new ArrayList<>();
        for (int year = today.getYear() - 2; year <= today.getYear(); year++) {
            for (ReportPeriod period : ReportPeriod.values()) {
                if (!period.from(year).isAfter(today)) {
                    periods.add(new Period(year, period));
                }
            }
        }
        return periods;
    }

    // ---- what the analyst sees, and the truth beside it ----

    /** Every published figure by name (period|scope|figure), with its true value; the same name twice must agree. */
    private static final class Observations {
        final Map<String, Cell> published = new LinkedHashMap<>();
        final Map<String, Long> exact = new HashMap<>();
        final List<String> inconsistent = new ArrayList<>();

        void add(String name, Cell published, Cell exact) {
            Cell before = this.published.putIfAbsent(name, published);
            Long trueBefore = this.exact.putIfAbsent(name, exact.value());
            if (before != null && (!before.equals(published) || !trueBefore.equals(exact.value()))) {
                inconsistent.add(name + ": " + before.display() + " and " + published.display());
            }
        }
    }

    private static String name(Period p, String scope, String figure) {
        return p.name() + "|" + scope + "|" + figure;
    }

    /** One report and its true twin; the comparison columns are the same period a year before. */
    private static void observe(Observations seen, Period p, String scope, AnnualReport published, AnnualReport exact) {
        BiFunction<Period, String, String> at = (period, figure) -> name(period, scope, figure);
        keyFigures(seen, at.apply(p, ""), published.keyFigures(), exact.keyFigures());
        keyFigures(seen, at.apply(p.yearBefore(), ""), published.previousKeyFigures(), exact.previousKeyFigures());
        flows(seen, at.apply(p, "pathways."), published.pathways(), exact.pathways());
        flows(seen, at.apply(p, "persons."), published.persons(), exact.persons());
        for (int i = 0; i < published.breakdowns().size(); i++) {
            breakdown(seen, p, scope, "b.", published.breakdowns().get(i), exact.breakdowns().get(i));
        }
        breakdown(seen, p, scope, "", published.closureOutcomes(), exact.closureOutcomes());
        breakdown(seen, p, scope, "", published.signalSources(), exact.signalSources());
        breakdown(seen, p, scope, "", published.signalsToPathway(), exact.signalsToPathway());
        breakdown(seen, p, scope, "", published.personsWithMeasure(), exact.personsWithMeasure());
        breakdown(seen, p, scope, "", published.newMeasures(), exact.newMeasures());
        seen.add(at.apply(p, "closedDuration.n"), published.closedDuration().count(), exact.closedDuration().count());
        seen.add(at.apply(p, "signalToContact.n"), published.signalToContact().count(), exact.signalToContact().count());
        seen.add(at.apply(p, "waitToIntake.n"), published.waitToIntake().count(), exact.waitToIntake().count());
        seen.add(at.apply(p, "waitToTreatment.n"), published.waitToTreatment().count(), exact.waitToTreatment().count());
    }

    private static void keyFigures(Observations seen, String prefix, KeyFigures published, KeyFigures exact) {
        seen.add(prefix + "helped", published.helped(), exact.helped());
        seen.add(prefix + "newClients", published.newClients(), exact.newClients());
        seen.add(prefix + "repeatPathways", published.repeatPathways(), exact.repeatPathways());
        seen.add(prefix + "repeatPersons", published.repeatPersons(), exact.repeatPersons());
        seen.add(prefix + "continuingPathways", published.continuingPathways(), exact.continuingPathways());
        seen.add(prefix + "continuingPersons", published.continuingPersons(), exact.continuingPersons());
    }

    private static void flows(Observations seen, String prefix, Flows published, Flows exact) {
        seen.add(prefix + "stockAtStart", published.stockAtStart(), exact.stockAtStart());
        seen.add(prefix + "inflow", published.inflow(), exact.inflow());
        seen.add(prefix + "outflow", published.outflow(), exact.outflow());
        seen.add(prefix + "stockAtEnd", published.stockAtEnd(), exact.stockAtEnd());
        seen.add(prefix + "totalActive", published.totalActive(), exact.totalActive());
    }

    private static void breakdown(Observations seen, Period p, String scope, String prefix, Breakdown published,
            Breakdown exact) {
        String figure = prefix + published.dimension() + ".";
        for (int i = 0; i < published.rows().size(); i++) {
            BreakdownRow row = published.rows().get(i);
            BreakdownRow trueRow = exact.rows().get(i);
            assertEquals(trueRow.code(), row.code());
            seen.add(name(p, scope, figure + row.code()), row.count(), trueRow.count());
            if (row.previous() != null) {
                seen.add(name(p.yearBefore(), scope, figure + row.code()), row.previous(), trueRow.previous());
            }
        }
        seen.add(name(p, scope, figure + "total"), published.total(), exact.total());
        if (published.previousTotal() != null) {
            seen.add(name(p.yearBefore(), scope, figure + "total"), published.previousTotal(), exact.previousTotal());
        }
    }

    // ---- what the analyst knows about how the figures hang together ----

    /**
     * Σ plus - Σ minus = 0 over named figures. A relation with a {@code difference} also has an unknown
     * of its own that is 0 or more: the people in the longer period and not in the shorter one.
     */
    private record Relation(List<String> plus, List<String> minus, String difference) {

        long sum(Map<String, Long> values) {
            long sum = plus.stream().mapToLong(values::get).sum() - minus.stream().mapToLong(values::get).sum();
            return difference == null ? sum : (sum >= 0 ? 0 : sum);
        }
    }

    private static List<Relation> relations(Observations seen, List<Period> periods, Map<Long, String> teams) {
        Set<String> names = seen.published.keySet();
        List<Relation> relations = new ArrayList<>();
        for (String name : names) {
            String[] parts = name.split("\\|", 3);
            String period = parts[0];
            String figure = parts[2];
            // the teams add up to all teams
            if (parts[1].equals(ALL) && !figure.startsWith("b.team.")) {
                List<String> perTeam = teams.keySet().stream().map(t -> period + "|" + t + "|" + figure)
                        .filter(names::contains).toList();
                if (perTeam.size() == teams.size()) {
                    relations.add(new Relation(perTeam, List.of(name), null));
                }
            }
        }
        for (Period p : periods) {
            for (String scope : scopes(teams)) {
                String at = name(p, scope, "");
                // every breakdown adds up, and each of the helped is the helped count
                for (String total : names.stream().filter(n -> n.startsWith(at) && n.endsWith(".total")).toList()) {
                    String dimension = total.substring(0, total.length() - "total".length());
                    List<String> rows = names.stream().filter(n -> n.startsWith(dimension) && !n.equals(total)).toList();
                    relations.add(new Relation(rows, List.of(total), null));
                }
                for (String dimension : PERSON_BREAKDOWNS) {
                    equal(relations, names, at + "b." + dimension + ".total", at + "helped");
                }
                equal(relations, names, at + "pathways.stockAtStart", at + "continuingPathways");
                equal(relations, names, at + "persons.stockAtStart", at + "continuingPersons");
                equal(relations, names, at + "pathways.outflow", at + "closedDuration.n");
                equal(relations, names, at + "closureOutcome.total", at + "closedDuration.n");
                relations.add(new Relation(List.of(at + "pathways.stockAtStart", at + "pathways.inflow"),
                        List.of(at + "pathways.outflow", at + "pathways.stockAtEnd"), null));
                if (!scope.equals(ALL)) {
                    equal(relations, names, at + "b.team." + teams.get(Long.valueOf(scope)), at + "helped");
                    equal(relations, names, name(p, ALL, "b.team." + teams.get(Long.valueOf(scope))), at + "helped");
                }
            }
        }
        // periods: a year in halves and quarters, a half year in quarters, and the stock passed on
        for (int year : periods.stream().map(Period::year).distinct().toList()) {
            for (String scope : scopes(teams)) {
                Map<ReportPeriod, String> at = new LinkedHashMap<>();
                for (ReportPeriod period : ReportPeriod.values()) {
                    at.put(period, name(new Period(year, period), scope, ""));
                }
                List<List<ReportPeriod>> splits = List.of(
                        List.of(ReportPeriod.YEAR, ReportPeriod.FIRST_HALF, ReportPeriod.SECOND_HALF),
                        List.of(ReportPeriod.FIRST_HALF, ReportPeriod.Q1, ReportPeriod.Q2),
                        List.of(ReportPeriod.SECOND_HALF, ReportPeriod.Q3, ReportPeriod.Q4));
                for (List<ReportPeriod> split : splits) {
                    for (String whole : names.stream().filter(n -> n.startsWith(at.get(split.get(0)))).toList()) {
                        String figure = whole.substring(at.get(split.get(0)).length());
                        List<String> parts = split.subList(1, 3).stream().map(p -> at.get(p) + figure).toList();
                        if (!names.containsAll(parts)) {
                            continue;
                        }
                        if (EVENTS.stream().anyMatch(figure::startsWith)) {
                            relations.add(new Relation(parts, List.of(whole), null));
                        } else if (PRESENT.stream().anyMatch(figure::startsWith)) {
                            for (String part : parts) {
                                relations.add(new Relation(List.of(whole), List.of(part), "in " + whole
                                        + " and not in " + part));
                            }
                        }
                    }
                }
                for (String flow : List.of("pathways.", "persons.")) {
                    equal(relations, names, at.get(ReportPeriod.YEAR) + flow + "stockAtStart",
                            at.get(ReportPeriod.Q1) + flow + "stockAtStart");
                    equal(relations, names, at.get(ReportPeriod.FIRST_HALF) + flow + "stockAtStart",
                            at.get(ReportPeriod.Q1) + flow + "stockAtStart");
                    equal(relations, names, at.get(ReportPeriod.SECOND_HALF) + flow + "stockAtStart",
                            at.get(ReportPeriod.Q3) + flow + "stockAtStart");
                    equal(relations, names, at.get(ReportPeriod.YEAR) + flow + "stockAtEnd",
                            at.get(ReportPeriod.Q4) + flow + "stockAtEnd");
                    equal(relations, names, at.get(ReportPeriod.FIRST_HALF) + flow + "stockAtEnd",
                            at.get(ReportPeriod.Q2) + flow + "stockAtEnd");
                    equal(relations, names, at.get(ReportPeriod.SECOND_HALF) + flow + "stockAtEnd",
                            at.get(ReportPeriod.Q4) + flow + "stockAtEnd");
                    List<ReportPeriod> quarters = List.of(ReportPeriod.Q1, ReportPeriod.Q2, ReportPeriod.Q3,
                            ReportPeriod.Q4);
                    for (int q = 0; q < 3; q++) {
                        equal(relations, names, at.get(quarters.get(q)) + flow + "stockAtEnd",
                                at.get(quarters.get(q + 1)) + flow + "stockAtStart");
                    }
                    equal(relations, names, at.get(ReportPeriod.Q4) + flow + "stockAtEnd",
                            name(new Period(year + 1, ReportPeriod.Q1), scope, flow + "stockAtStart"));
                }
            }
        }
        return relations;
    }

    private static List<String> scopes(Map<Long, String> teams) {
        List<String> scopes = new ArrayList<>();
        scopes.add(ALL);
        teams.keySet().forEach(t -> scopes.add(t.toString()));
        return scopes;
    }

    private static void equal(List<Relation> relations, Set<String> names, String a, String b) {
        if (names.contains(a) && names.contains(b) && !a.equals(b)) {
            relations.add(new Relation(List.of(a), List.of(b), null));
        }
    }

    // ---- the attack ----

    /**
     * Narrows every figure's range through every relation until nothing moves, and returns the figures
     * and differences whose range closed on a single value from 1 to 4. {@code range} says what a
     * published figure tells the analyst: the lowest and highest true value it allows.
     */
    private static List<String> attack(Observations seen, List<Relation> relations,
            BiFunction<String, Cell, long[]> range) {
        Map<String, long[]> bounds = new HashMap<>();
        seen.published.forEach((name, cell) -> bounds.put(name, range.apply(name, cell)));
        for (Relation r : relations) {
            if (r.difference() != null) {
                bounds.putIfAbsent(r.difference(), new long[] {0, Long.MAX_VALUE / 4});
            }
        }
        boolean moved = true;
        for (int round = 0; moved && round < 200; round++) {
            moved = false;
            for (Relation r : relations) {
                moved |= narrow(r, bounds);
            }
        }
        List<String> pinned = new ArrayList<>();
        bounds.forEach((name, b) -> {
            if (b[0] == b[1] && b[0] >= 1 && b[0] < Perturbation.THRESHOLD) {
                pinned.add(name + " = " + b[0]);
            }
        });
        return pinned;
    }

    /** One pass of one relation: each term lies between what the others leave for it. */
    private static boolean narrow(Relation r, Map<String, long[]> bounds) {
        List<String> terms = new ArrayList<>(r.plus());
        List<Integer> signs = new ArrayList<>();
        r.plus().forEach(t -> signs.add(1));
        r.minus().forEach(t -> {
            terms.add(t);
            signs.add(-1);
        });
        if (r.difference() != null) {
            // plus - minus - difference = 0
            terms.add(r.difference());
            signs.add(-1);
        }
        long lo = 0;
        long hi = 0;
        for (int i = 0; i < terms.size(); i++) {
            long[] b = bounds.get(terms.get(i));
            lo += signs.get(i) > 0 ? b[0] : -b[1];
            hi += signs.get(i) > 0 ? b[1] : -b[0];
        }
        boolean moved = false;
        for (int i = 0; i < terms.size(); i++) {
            long[] b = bounds.get(terms.get(i));
            // the others' sum lies in [lo - own, hi - own]; own = -(others) / sign
            long othersLo = lo - (signs.get(i) > 0 ? b[0] : -b[1]);
            long othersHi = hi - (signs.get(i) > 0 ? b[1] : -b[0]);
            long newLo = signs.get(i) > 0 ? -othersHi : othersLo;
            long newHi = signs.get(i) > 0 ? -othersLo : othersHi;
            if (newLo > b[0] || newHi < b[1]) {
                b[0] = Math.max(b[0], newLo);
                b[1] = Math.min(b[1], newHi);
                moved = true;
            }
        }
        return moved;
    }
}
