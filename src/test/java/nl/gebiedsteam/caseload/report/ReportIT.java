package nl.gebiedsteam.caseload.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.client.Gender;
import nl.gebiedsteam.caseload.pathway.ClosureOutcome;
import nl.gebiedsteam.caseload.report.export.ExportFile;
import nl.gebiedsteam.caseload.report.export.ExportFormat;
import nl.gebiedsteam.caseload.report.export.ReportExportService;
import nl.gebiedsteam.caseload.shared.AccessDeniedException;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.signal.SignalSource;
import nl.gebiedsteam.caseload.substance.Substance;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import nl.gebiedsteam.caseload.testsupport.Fixtures;
import nl.gebiedsteam.caseload.testsupport.Sql;
import nl.gebiedsteam.caseload.testsupport.TestData;
import nl.gebiedsteam.caseload.testsupport.TestLogin;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The annual report against a team built in the test, with every number of two consecutive years
 * written out by hand as the calculation counts it (the true numbers, {@link Publication#EXACT}),
 * and the published report checked against them: every count within the noise of
 * {@link Perturbation}, or "&lt;5". Y is last calendar year, Y-1 the one before; Y-2 only holds
 * history. The report is always asked for this team, so the demo data in the same database cannot
 * move a number.
 *
 * <p>The clients (pathway [start, end], C = contact, I = intake, S = signal; "-" = open):
 * <pre>
 * client           gender age@1Jan Y  substance  pathways                         C / I in Y-2 | Y-1 | Y         first signal
 * Span             M  25 (born 1 Jan)  CANNABIS  [Y-1 09-01, -]                   C Y-1 09-10, C Y 03-10      POLICE (Y-1)
 * Twice            F  29               ALCOHOL   [Y 02-01, Y 05-31] + [Y 09-01, -] C Y 02-10, C Y 09-05       -
 * SignalOnly       F  34               CANNABIS  [Y-1 03-01, Y-1 10-31]           C Y-1 03-15; in Y a signal  GP (Y-1)
 * Voided (void)    M  29               OPIATES   [Y-1 06-01, Y 02-28] + [Y 04-01, -] C both years, I Y        SCHOOL
 * Dec31            M  44               COCAINE   [Y 11-01, -]                     C Y 12-31 23:59:59 only     GP
 * Jan1             M  59               (none)    [Y-1 12-01, -]                   C Y 01-01 00:00 only        -
 * Turns18          F  17 (18 on 1 Jul) CANNABIS  [Y-1 06-01, -]                   C Y-1 06-10, C Y 06-10      POLICE
 * IntakeOnly       F  19               ALCOHOL   [Y 03-01, -]                     I Y 03-10, no contact       GP
 * Idle             M  49               ALCOHOL   [Y-1 05-01, -]                   I+C Y-1; voided C in Y      -
 * Repeat           M  44               COCAINE   [Y-2 03-01, Y-2 09-30] + [Y 05-01, -] C Y-2 03-10, C Y 05-10 POLICE
 * StartsJan1       M  21               (none)    [Y 01-01, -]                     C Y 06-01                   -
 * EndsDec31        F  31               CANNABIS  [Y-1 10-01, Y 12-31]             C Y-1 10-05, C Y 12-01      GP
 * EndedDec31Before O  27               COCAINE   [Y-1 02-01, Y-1 12-31]           C Y-1 02-10                 -
 * EndsJan1         M  21               (none)    [Y-1 04-01, Y 01-01]             C Y-1 04-10                 POLICE
 * VoidedPathway    F  39               OPIATES   voided [Y 03-01, -]              C Y 03-05                   -
 * Jan1Before       F  26               CANNABIS  [Y-1 01-01, Y-1 06-30]           C Y-1 01-01 09:00 only      -
 * F1               M  47               (none)    [Y-2 06-01, -]                   C Y-1 07-01, C Y 07-01      POLICE (Y-2)
 * F2               M  69               ALCOHOL   [Y-1 03-01, -]                   C Y-1 03-05, C Y 03-05      -
 * F3               F  20               COCAINE   [Y-1 02-01, -]                   C Y-1 02-05, C Y 02-05      POLICE
 * F4               M  14               CANNABIS  [Y 01-15, -]                     C Y 01-20                   POLICE
 * F5               M  23               CANNABIS  [Y 02-15, -]                     C Y 02-20                   voided SCHOOL, then GP
 * F6               F  34               COCAINE   [Y 04-01, -]                     C Y 04-10                   POLICE, then GP
 * F7               M  49               (none)    [Y 05-01, Y 10-31]               C Y 05-10                   -
 * F8               F  19               (none)    [Y 06-01, -]                     C Y 06-10                   POLICE
 * F9               M  29               ALCOHOL   [Y 07-01, Y 11-30]               C Y 07-10                   GP
 * F10              F  59               COCAINE   [Y 08-01, -]                     C Y 08-10                   POLICE
 * F11              M  41               (none)    [Y 09-01, -]                     C Y 09-10                   -
 * Reopened         M  61               (none)    [Y-1 03-01, -], closed Y-1 08-31 C Y-1 03-10, C Y 04-01      -
 *                                                 and reopened Y 03-01
 * </pre>
 *
 * <p>What they count for (H = helped, N = new client, R = repeat pathway, C = continuing, S/E =
 * pathway active on the first/last day, O = closed in the period, A = active in the period):
 * <pre>
 * client            Y-2   Y-1                     Y
 * Span              -     H N E A                 H C S E A (known)
 * Twice             -     -                       H N R(2nd) O(1st) E A - 2 pathways, 1 person
 * SignalOnly        -     H N O A                 nothing: only a signal in Y
 * Voided            counts nowhere (client voided)
 * Dec31             -     -                       H N E A (contact 31 Dec 23:59:59)
 * Jan1              -     N E A, not helped       H C S E A (contact 1 Jan 00:00, the first instant of Y)
 * Turns18           -     H N E A (age 16)        H C S E A (age 17 on 1 Jan: 12-17)
 * IntakeOnly        -     -                       H N E A (via the intake)
 * Idle              -     H N E A                 C S E A, not helped (only a voided contact)
 * Repeat            H     -                       H R(known) E A
 * StartsJan1        -     -                       H N S(!) E A - both "active on the first day" and inflow
 * EndsDec31         -     H N E A                 H C S O E(!) A - both outflow and "active on the last day"
 * EndedDec31Before  -     H N O E A               nothing
 * EndsJan1          -     H N E A                 C S O A, not helped
 * VoidedPathway     counts nowhere (its only pathway is voided)
 * Jan1Before        -     H N S(!) O A            nothing - helped in Y-1 by its contact on 1 Jan only
 * F1                A     H C S E A (known)       H C S E A
 * F2, F3            -     H N E A                 H C S E A
 * F4-F11            -     -                       H N E A (F7, F9: O, not E)
 * Reopened          -     H N O A (not E)         H E A (known), inflow by its reopening, not continuing (closed on 1 Jan)
 * </pre>
 * Helped: Y = 21, Y-1 = 12, Y-2 = 1.
 */
@ExtendWith(ArquillianExtension.class)
class ReportIT {

    private static final List<String> DIMENSIONS = List.of("substance", "gender", "ageBand", "team", "source",
            "newOrKnown");

    /** The reporting year: last calendar year, so every date of the data set lies in the past. */
    private static final int Y = LocalDate.now(Times.DISPLAY_ZONE).getYear() - 1;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestLogin().addClasses(ReportIT.class);
    }

    @Inject
    TestLogin login;

    @Inject
    ReportService reports;

    @Inject
    ReportExportService exports;

    /** The same computation as the service's, for the true numbers behind the published ones. */
    @Inject
    ReportCalculation calculation;

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource db;

    /** Ids of one built team. */
    private record Team(long id, String name, String lead) {
    }

    @Test
    void yearY_everyNumberMatchesTheHandCountedTeam() {
        Team t = buildTeam();
        int b = Y - 1;
        login.as("fatima.beleid");
        AnnualReport r = reports.generate(day(Y, 1, 1), day(Y, 12, 31), t.id());
        AnnualReport raw = exact(day(Y, 1, 1), day(Y, 12, 31), t);

        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(day(Y, 1, 1), r.from()));
        checks.add(() -> assertEquals(day(Y, 12, 31), r.to()));
        checks.add(() -> assertEquals(t.name(), r.teamName()));
        // helped: 21, see the tables above; in Y-1 12 (Jan1Before's only contact is on 1 Jan Y-1).
        // new: Twice, Dec31, IntakeOnly, StartsJan1, F4-F11; repeat: Twice's 2nd and Repeat's 2nd;
        // continuing: Span, Jan1, Turns18, Idle, EndsDec31, EndsJan1, F1, F2, F3.
        // stock at start: the 9 continuing (StartsJan1 is inflow; Reopened is closed); inflow: 14 pathways of
        // 13 persons started, and Reopened's reopening; outflow: Twice's 1st, EndsDec31, EndsJan1, F7, F9; stock
        // at end: the 19 still open after 31 Dec (EndsDec31 is outflow), so start + inflow - outflow = end.
        // substance: Alcohol 4, Cannabis 5, Cocaine 5, unknown 7 (Y-1: 2, 5, 2, 3); ages on 1 Jan Y: Span is 25
        // exactly, Turns18 and F4 12-17; source: F6's first signal is POLICE, F5's earlier voided SCHOOL signal
        // does not count. Closed in Y: Twice's 1st, EndsDec31, EndsJan1, F7, F9 (the voided client's closure does
        // not count). Signals received in Y: GP Dec31, IntakeOnly, F5, F6 (2nd), F9 | POLICE SignalOnly, F4, F6,
        // F8, F10; in Y-1: GP SignalOnly, EndsDec31 | POLICE Span, Turns18, EndsJan1, F3 (voided ones never count).
        // A pathway within 90 days: all but SignalOnly's POLICE signal (its pathway started in Y-1). Days to the
        // first contact: Dec31 77, F4 14, F5 23, F6 40 and 26, F8 21, F9 20, F10 21 (SignalOnly and IntakeOnly
        // have no contact after their signal).
        checks.add(() -> assertEquals(List.of(
                "helped 21 | 12",
                "new 12 | 12; repeat 2 | 0 pathways, 2 | 0 persons; continuing 9 | 1 pathways, 9 | 1 persons",
                "pathways: start 9 in 15 out 5 end 19 active 24",
                "persons: start 9 in 14 out 5 end 19 active 23",
                "substance 21 | 12: ALCOHOL 4 | 2, CANNABIS 5 | 5, COCAINE 5 | 2, UNKNOWN 7 | 3",
                "gender 21 | 12: MALE 13 | 6, FEMALE 8 | 5, OTHER 0 | 1",
                "ageBand 21 | 12: AGE_12_17 2 | 1, AGE_18_24 5 | 3, AGE_25_39 5 | 4, AGE_40_54 5 | 2, AGE_55_PLUS 4 | 2",
                "team 21 | 12: " + t.name() + " 21 | 12",
                "source 21 | 12: POLICE 9 | 5, GP 5 | 2, NONE 7 | 5",
                "newOrKnown 21 | 12: NEW 12 | 11, KNOWN 9 | 1",
                "closedDuration: " + numbers(statistic(days(day(Y, 2, 1), day(Y, 5, 31)),
                        days(day(b, 10, 1), day(Y, 12, 31)), 275, 183, 152)),
                "closureOutcome 5: COMPLETED_AS_PLANNED 5",
                "signalSource 10 | 6: POLICE 5 | 4, GP 5 | 2",
                "signalsToPathway 9: POLICE 4, GP 5",
                "signalToContact: n 8 mean 30 median 21 p90 77",
                "waitToIntake: n 0 mean - median - p90 -",
                "waitToTreatment: n 0 mean - median - p90 -",
                "personsWithMeasure 0:",
                "newMeasures 0:"), numbers(raw, false), "every true number (empty categories left out)"));
        everyCategoryListed(checks, r);
        checks.add(() -> publishedWithinTheNoise(numbers(raw, true), numbers(r, true)));
        // the trend counts the same persons as the key figure, year by year, so it publishes the same numbers
        checks.add(() -> assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 12L, 21L),
                calculation.helpedPerYear(Y - 9, Y, t.id(), Publication.EXACT).values().stream()
                        .map(Cell::value).toList(), "helped per year, Y-9 to Y"));
        checks.add(() -> assertEquals(Y - 9, reports.trend(Y, t.id()).keySet().iterator().next()));
        checks.add(() -> assertEquals(r.keyFigures().helped(), reports.trend(Y, t.id()).get(Y), "trend in Y"));
        checks.add(() -> assertEquals(r.previousKeyFigures().helped(), reports.trend(Y, t.id()).get(b),
                "trend in Y-1 = the year before in Y's report"));
        checks.add(() -> assertEquals(1, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE event = 'REPORT' "
                + "AND outcome = 'SUCCESS' AND object_type = 'report' AND client_id IS NULL AND worker_login = ? "
                + "AND detail = ?", "fatima.beleid", "report " + day(Y, 1, 1) + ".." + day(Y, 12, 31) + "; team="
                + t.id()), "the report is logged once, without a client"));
        assertAll("report " + Y + " (previous: " + (Y - 1) + ")", checks);
    }

    @Test
    void yearBefore_everyNumberMatchesTheHandCountedTeam() {
        Team t = buildTeam();
        int b = Y - 1;
        login.as("fatima.beleid");
        AnnualReport r = reports.generate(day(b, 1, 1), day(b, 12, 31), t.id());
        AnnualReport raw = exact(day(b, 1, 1), day(b, 12, 31), t);

        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(day(b, 1, 1), r.from()));
        checks.add(() -> assertEquals(day(b, 12, 31), r.to()));
        checks.add(() -> assertEquals(t.name(), r.teamName()));
        // helped: Span, SignalOnly, Turns18, Idle, EndsDec31, EndedDec31Before, EndsJan1, Jan1Before, F1, F2, F3,
        // Reopened (not Jan1: its contact is 1 Jan Y 00:00); in Y-2 Repeat. New: all twelve first pathways of Y-1,
        // Jan1 included, not F1; continuing: F1. Stock at start: F1 (Jan1Before starts on 1 Jan: inflow); outflow:
        // SignalOnly, EndedDec31Before, Jan1Before, Reopened (its closure stays after the reopening); stock at end 9
        // (EndedDec31Before is outflow, Reopened closed until Y); one pathway per person. Span is 24 on 1 Jan Y-1;
        // SignalOnly's first signal is GP, its POLICE one is in Y. All six signals became a pathway; days to the
        // first contact: Span 21, SignalOnly 15 Feb - 15 Mar, Turns18 21, EndsDec31 20, EndsJan1 21, F3 16.
        checks.add(() -> assertEquals(List.of(
                "helped 12 | 1",
                "new 12 | 2; repeat 0 | 0 pathways, 0 | 0 persons; continuing 1 | 0 pathways, 1 | 0 persons",
                "pathways: start 1 in 12 out 4 end 9 active 13",
                "persons: start 1 in 12 out 4 end 9 active 13",
                "substance 12 | 1: ALCOHOL 2 | 0, CANNABIS 5 | 0, COCAINE 2 | 1, UNKNOWN 3 | 0",
                "gender 12 | 1: MALE 6 | 1, FEMALE 5 | 0, OTHER 1 | 0",
                "ageBand 12 | 1: AGE_12_17 1 | 0, AGE_18_24 3 | 0, AGE_25_39 4 | 0, AGE_40_54 2 | 1, AGE_55_PLUS 2 | 0",
                "team 12 | 1: " + t.name() + " 12 | 1",
                "source 12 | 1: POLICE 5 | 1, GP 2 | 0, NONE 5 | 0",
                "newOrKnown 12 | 1: NEW 11 | 1, KNOWN 1 | 0",
                "closedDuration: " + numbers(statistic(days(day(b, 3, 1), day(b, 10, 31)),
                        days(day(b, 2, 1), day(b, 12, 31)), days(day(b, 1, 1), day(b, 6, 30)),
                        days(day(b, 3, 1), day(b, 8, 31)))),
                "closureOutcome 4: COMPLETED_AS_PLANNED 3, ENDED_EARLY 1",
                "signalSource 6 | 2: POLICE 4 | 2, GP 2 | 0",
                "signalsToPathway 6: POLICE 4, GP 2",
                "signalToContact: " + numbers(statistic(21, days(day(b, 2, 15), day(b, 3, 15)), 21, 20, 21, 16)),
                "waitToIntake: n 0 mean - median - p90 -",
                "waitToTreatment: n 0 mean - median - p90 -",
                "personsWithMeasure 0:",
                "newMeasures 0:"), numbers(raw, false), "every true number (empty categories left out)"));
        everyCategoryListed(checks, r);
        checks.add(() -> publishedWithinTheNoise(numbers(raw, true), numbers(r, true)));
        // four closures: the closed-pathway statistic publishes nothing but <5
        checks.add(() -> assertEquals(new Statistic(Cell.small(), null, null, null), r.closedDuration()));
        assertAll("report " + b + " (previous: " + (b - 1) + ")", checks);
    }

    @Test
    void scope_teamLeadOwnTeamOnly_policyAndPrivacyAnyTeam_othersNone_everyRunLogged() {
        Team t = buildTeam();
        LocalDate from = day(Y, 1, 1);
        LocalDate to = day(Y, 12, 31);

        login.as("carla.noord");
        long searches = searches("carla.noord");
        AnnualReport own = reports.generate(from, to, null);
        assertEquals("Gebiedsteam Noord", own.teamName(), "null means the lead's own team");
        assertEquals("Gebiedsteam Noord", reports.generate(from, to, 1L).teamName());
        assertEquals(searches + 2, searches("carla.noord"), "every report run is logged");
        assertEquals(0, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE object_type = 'report' "
                + "AND client_id IS NOT NULL"), "a report is never logged against a client");
        assertTrue(own.breakdowns().stream().filter(d -> d.dimension().equals("team"))
                .flatMap(d -> d.rows().stream()).allMatch(row -> row.code().equals("Gebiedsteam Noord")),
                "nothing of another team");

        long denied = Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE worker_login = 'carla.noord' "
                + "AND outcome = 'DENIED' AND object_type = 'report' AND client_id IS NULL AND detail LIKE '%team 2'");
        assertThrows(AccessDeniedException.class, () -> reports.generate(from, to, 2L));
        assertEquals(denied + 1, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE worker_login = 'carla.noord' "
                + "AND outcome = 'DENIED' AND object_type = 'report' AND client_id IS NULL AND detail LIKE '%team 2'"),
                "refused and logged");
        assertEquals(searches + 2, searches("carla.noord"), "a refused request is no report");
        assertThrows(AccessDeniedException.class, () -> reports.generate(from, to, t.id()));

        login.as("fatima.beleid");
        Cell helped = reports.generate(from, to, t.id()).keyFigures().helped();
        login.as(t.lead());
        AnnualReport ours = reports.generate(from, to, null);
        assertEquals(t.name(), ours.teamName());
        assertEquals(helped, ours.keyFigures().helped(), "the lead of the built team gets that team's numbers");
        assertThrows(AccessDeniedException.class, () -> reports.generate(from, to, 1L));

        login.as("hanna.privacy");
        assertEquals(helped, reports.generate(from, to, t.id()).keyFigures().helped(), "the privacy officer may report");

        for (String worker : List.of("anna.noord", "gerrit.beheer")) {
            login.as(worker);
            assertThrows(EJBAccessException.class, () -> reports.generate(from, to, null), worker);
            assertThrows(EJBAccessException.class, () -> reports.generate(from, to, 1L), worker);
        }

        // only aggregate numbers leave the service: no names, ids or dates of birth anywhere in the record
        assertEquals(List.of("from", "to", "teamName", "generatedAtUtc", "keyFigures", "previousKeyFigures",
                "pathways", "persons", "breakdowns", "closedDuration", "closureOutcomes", "signalSources", "signalsToPathway", "signalToContact",
                "waitToIntake", "waitToTreatment",
                "personsWithMeasure", "newMeasures"), components(AnnualReport.class));
        assertEquals(List.of("count", "meanDays", "medianDays", "p90Days"), components(Statistic.class));
        assertEquals(List.of("stockAtStart", "inflow", "outflow", "stockAtEnd", "totalActive"),
                components(Flows.class));
        assertEquals(List.of("dimension", "rows", "total", "previousTotal"), components(Breakdown.class));
        assertEquals(List.of("code", "count", "previous"), components(BreakdownRow.class));
        assertEquals(List.of("value"), components(Cell.class));
        assertEquals(List.of("helped", "newClients", "repeatPathways", "repeatPersons", "continuingPathways",
                "continuingPersons"), components(KeyFigures.class));
        Set<Class<?>> allowed = Set.of(LocalDate.class, LocalDateTime.class, String.class, Cell.class, Flows.class,
                List.class, Long.class, Statistic.class, Breakdown.class, KeyFigures.class, boolean.class);
        for (Class<?> type : List.of(AnnualReport.class, Flows.class, Breakdown.class, BreakdownRow.class, Cell.class,
                Statistic.class, KeyFigures.class)) {
            for (RecordComponent c : type.getRecordComponents()) {
                assertTrue(allowed.contains(c.getType()), type.getSimpleName() + "." + c.getName());
            }
        }
        for (Breakdown d : ours.breakdowns()) {
            for (BreakdownRow row : d.rows()) {
                assertTrue(d.dimension().equals("team") ? row.code().equals(t.name())
                        : row.code().matches("[A-Z0-9_]+"), d.dimension() + ": " + row.code() + " is a category");
            }
        }
    }

    /**
     * Closed-pathway durations, waiting times and measures, on a small team of its own: five
     * pathways closed in Y after 10, 20, 40, 60 and 100 days; six referrals waiting 7, 14, 21, 28, 35
     * and 70 days for the provider's intake, four of them then 30–60 days for treatment; measures
     * HALT for five people, ISD for one and PREMISES_CLOSURE for six; a conditional sentence lifted
     * early in Y-1 (its term ran into Y) counts for nobody in Y.
     */
    @Test
    void sections_closedDurationsWaitingTimesAndMeasures_matchTheHandCount() {
        String u = TestData.unique("s").toLowerCase(Locale.ROOT);
        long team = Fixtures.team(db, "Team " + u);
        long w = Fixtures.worker(db, "cw." + u, team, "CASEWORKER");
        long provider = Sql.number(db, "SELECT MIN(id) FROM referral_provider");
        int[] durations = {10, 20, 40, 60, 100};
        int[] toIntake = {7, 14, 21, 28, 35, 70};
        int[] toTreatment = {30, 40, 50, 60};
        long[] clients = new long[6];
        for (int i = 0; i < clients.length; i++) {
            clients[i] = client(team, w, "S" + i, "OTHER", born(30, 1, 1), null, false);
            if (i < durations.length) {
                LocalDate start = day(Y, 1 + i, 1);
                pathway(clients[i], team, w, start, start.plusDays(durations[i]), false);
            }
            LocalDate referred = day(Y, 3, 1);
            LocalDate intake = referred.plusDays(toIntake[i]);
            Sql.insert(db, "INSERT INTO referral (client_id, provider_id, referred_on, provider_intake_on, "
                    + "treatment_start_on, status, shares_data, version, created_at, created_by, modified_at, modified_by) "
                    + "VALUES (?, ?, ?, ?, ?, 'ACCEPTED', FALSE, 1, NOW(), 't', NOW(), 't')", clients[i], provider, referred,
                    intake, i < toTreatment.length ? intake.plusDays(toTreatment[i]) : null);
            measure(clients[i], "PREMISES_CLOSURE");
            measure(clients[i], i < 5 ? "HALT" : "ISD");
        }
        // a sentence running on paper into Y but lifted early in Y-1 is no measure of Y
        long lifted = client(team, w, "S6", "OTHER", born(30, 1, 1), null, false);
        Sql.insert(db, "INSERT INTO coercion_measure (client_id, measure_type_id, kind, legal_basis, deciding_authority, "
                + "decision_date, start_date, end_date, outcome, outcome_date, learned_via, purpose, legal_ground, version, "
                + "created_at, created_by, modified_at, modified_by) SELECT ?, id, kind, 'x', 'x', ?, ?, ?, 'LIFTED_EARLY', ?, "
                + "'CLIENT', 'ADDICTION_SUPPORT', 'WMO_2015', 1, NOW(), 't', NOW(), 't' FROM measure_type "
                + "WHERE code = 'CONDITIONAL_SENTENCE'", lifted, day(Y - 1, 3, 1), day(Y - 1, 3, 1), day(Y, 3, 1),
                day(Y - 1, 6, 1));
        login.as("fatima.beleid");
        AnnualReport r = reports.generate(day(Y, 1, 1), day(Y, 12, 31), team);
        AnnualReport raw = calculation.calculate(day(Y, 1, 1), day(Y, 12, 31), team, "Team " + u, Publication.EXACT);

        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(new Statistic(Cell.of(5), 46L, 40L, 100L), raw.closedDuration(),
                "mean 46, median 40, p90 100"));
        simple(checks, raw.closureOutcomes(), "5", "COMPLETED_AS_PLANNED=5");
        checks.add(() -> assertEquals(new Statistic(Cell.of(6), 29L, 21L, 70L), raw.waitToIntake(),
                "175/6 = 29, median 21, p90 70"));
        checks.add(() -> assertEquals(new Statistic(Cell.of(4), 45L, 40L, 60L), raw.waitToTreatment(),
                "180/4 = 45, median 40, p90 60"));
        checks.add(() -> assertEquals(new Statistic(Cell.small(), null, null, null), r.waitToTreatment(),
                "four cases: nothing but <5 is published"));
        List<String> types = Sql.rows(db, "SELECT code FROM measure_type WHERE active = TRUE ORDER BY id",
                row -> row.getString(1));
        for (Breakdown measures : List.of(raw.personsWithMeasure(), raw.newMeasures())) {
            checks.add(() -> assertEquals(types, measures.rows().stream().map(BreakdownRow::code).toList(),
                    "every active measure type is listed"));
            simple(checks, measures, "12", "ISD=1", "HALT=5", "PREMISES_CLOSURE=6");
        }
        checks.add(() -> publishedWithinTheNoise(numbers(raw, true), numbers(r, true)));
        assertAll(checks);
    }

    /**
     * Every download format carries the numbers the service publishes, and the same ones: the small
     * cells of Y (Alcohol 4 | 2) read "&lt;5", the others what the page shows, in CSV, XLSX and PDF
     * alike, next to the period, the generation time, the definitions and the note on perturbation;
     * no client appears; each export is logged; a team lead cannot export another team by asking for it.
     */
    @Test
    void exports_everyFormatPublishesOnlySuppressedNumbers_withDefinitions_andIsLoggedAndScoped() throws IOException {
        Team t = buildTeam();
        LocalDate from = day(Y, 1, 1);
        LocalDate to = day(Y, 12, 31);
        login.as("fatima.beleid");
        AnnualReport r = reports.generate(from, to, t.id());
        Breakdown substance = r.breakdowns().get(0);
        Breakdown gender = r.breakdowns().get(1);
        for (ExportFormat format : ExportFormat.values()) {
            long logged = exportsLogged("fatima.beleid", format + " report " + from + ".." + to + "; team=" + t.name());
            ExportFile file = exports.export(from, to, t.id(), format, Locale.forLanguageTag("nl"));
            String text = text(format, file.content());
            String flat = text.replaceAll("\\s+", "");
            assertEquals(format.contentType(), file.contentType());
            assertTrue(file.name().startsWith("caseload-jaarrapportage-" + from + "-" + to + "-team-")
                    && file.name().endsWith("." + format.extension()), file.name());
            assertAll(format.name(),
                    () -> assertTrue(text.contains("Periode 01-01-" + Y + " tot en met 31-12-" + Y + " – " + t.name()),
                            "the period and team"),
                    () -> assertTrue(text.contains("Gemaakt op "), "the generation time"),
                    () -> assertTrue(text.contains("Geen enkel aantal is tot op de persoon te herleiden."),
                            "the note on perturbation"),
                    () -> assertTrue(flat.contains("Eencliënt(ontdubbeld)meteentrajectdatopeendagindeperiodeactief"),
                            "the definitions"),
                    () -> assertTrue(flat.contains("Alcohol<5<5"), "Alcohol: 4 | 2, both small"),
                    () -> assertTrue(flat.contains("Opiaten<5<5"), "an empty substance is listed as small"),
                    () -> assertTrue(flat.contains("Cannabis" + shown(substance, "CANNABIS")), "Cannabis: 5 | 5"),
                    () -> assertTrue(flat.contains("Cocaïne" + shown(substance, "COCAINE")), "Cocaine: 5 | 2"),
                    () -> assertTrue(flat.contains("Onbekend" + shown(substance, "UNKNOWN")), "Unknown: 7 | 3"),
                    () -> assertTrue(flat.contains("Vrouw" + shown(gender, "FEMALE")), "women: 8 | 5"),
                    () -> assertTrue(flat.contains("Geholpencliënten" + r.keyFigures().helped().display()
                            + r.previousKeyFigures().helped().display()), "helped 21 | 12"),
                    () -> assertTrue(!text.contains("SignalOnly") && !text.contains("Dec31") && !text.contains("Reopened"),
                            "no client"),
                    () -> assertEquals(logged + 1, exportsLogged("fatima.beleid", format + " report " + from + ".." + to
                            + "; team=" + t.name()), "logged once as an export"));
        }

        login.as(t.lead());
        assertTrue(text(ExportFormat.CSV, exports.export(from, to, null, ExportFormat.CSV, Locale.ENGLISH).content())
                .contains("Period 01-01-" + Y + " to 31-12-" + Y + " – " + t.name()), "a lead exports their own team, in English");
        long refused = Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE event = 'EXPORT'");
        assertThrows(AccessDeniedException.class, () -> exports.export(from, to, 1L, ExportFormat.XLSX, Locale.ENGLISH));
        assertEquals(refused, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE event = 'EXPORT'"),
                "a refused export writes no file and no export entry");
        login.as("anna.noord");
        assertThrows(EJBAccessException.class, () -> exports.export(from, to, null, ExportFormat.PDF, Locale.ENGLISH));
    }

    /** A breakdown row as an export lays it out without spaces: this period, then the one before. */
    private static String shown(Breakdown breakdown, String code) {
        BreakdownRow row = breakdown.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
        return row.count().display() + row.previous().display();
    }

    /** A team name an admin typed as a formula stays text in the CSV and in the workbook. */
    @Test
    void csvAndXlsx_neutraliseFormulas() throws IOException {
        String name = "=HYPERLINK(\"http://evil.example\";\"x\")" + TestData.unique("");
        long team = Fixtures.team(db, name);
        long w = Fixtures.worker(db, "cw." + TestData.unique("f").toLowerCase(Locale.ROOT), team, "CASEWORKER");
        long client = client(team, w, "Formula", "MALE", born(30, 1, 1), null, false);
        pathway(client, team, w, day(Y, 2, 1), null, false);
        contact(client, day(Y, 2, 2).atTime(10, 0), false); // so the team is a category of the team breakdown
        login.as("fatima.beleid");
        String csv = new String(exports.export(day(Y, 1, 1), day(Y, 12, 31), team, ExportFormat.CSV,
                Locale.forLanguageTag("nl")).content(), StandardCharsets.UTF_8);
        for (String line : csv.split("\r\n")) {
            for (String field : line.split(";", -1)) {
                // a negative number is a number, not a formula; any other text must not start like one
                assertTrue(field.isEmpty() || field.matches("-\\d+") || "=+-@\t\r".indexOf(field.charAt(0)) < 0,
                        "field starts a formula: " + field);
            }
        }
        assertTrue(csv.contains("\r\n\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"x\"\")"), () -> "the team's row "
                + "starts with an apostrophe, quoted:\n" + csv);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exports.export(day(Y, 1, 1),
                day(Y, 12, 31), team, ExportFormat.XLSX, Locale.forLanguageTag("nl")).content()))) {
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> assertTrue(cell.getCellType() != CellType.FORMULA,
                    "no formula cell at " + cell.getAddress())));
        }
    }

    private long exportsLogged(String worker, String detail) {
        return Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE event = 'EXPORT' AND outcome = 'SUCCESS' "
                + "AND object_type = 'report' AND client_id IS NULL AND worker_login = ? AND detail = ?", worker, detail);
    }

    /** The text a reader sees in a file, cell by cell (tab-separated for CSV and the workbook). */
    private static String text(ExportFormat format, byte[] content) throws IOException {
        switch (format) {
            case CSV:
                // as a spreadsheet shows it: fields apart, without the apostrophe that marks text
                return new String(content, StandardCharsets.UTF_8).replace(";'", ";").replace(';', '\t');
            case XLSX:
                StringBuilder sheetText = new StringBuilder();
                DataFormatter formatter = new DataFormatter();
                try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
                    workbook.forEach(sheet -> sheet.forEach(row -> {
                        row.forEach(cell -> sheetText.append(formatter.formatCellValue(cell)).append('\t'));
                        sheetText.append('\n');
                    }));
                }
                return sheetText.toString();
            default:
                StringBuilder pdfText = new StringBuilder();
                PdfReader reader = new PdfReader(content);
                try {
                    PdfTextExtractor extractor = new PdfTextExtractor(reader);
                    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                        pdfText.append(extractor.getTextFromPage(page)).append('\n');
                    }
                } finally {
                    reader.close();
                }
                return pdfText.toString();
        }
    }

    private void measure(long client, String type) {
        Sql.insert(db, "INSERT INTO coercion_measure (client_id, measure_type_id, kind, legal_basis, deciding_authority, "
                + "decision_date, start_date, end_date, learned_via, purpose, legal_ground, version, created_at, "
                + "created_by, modified_at, modified_by) SELECT ?, id, kind, 'x', 'x', ?, ?, ?, 'CLIENT', "
                + "'ADDICTION_SUPPORT', 'WMO_2015', 1, NOW(), 't', NOW(), 't' FROM measure_type WHERE code = ?", client,
                day(Y, 4, 1), day(Y, 4, 1), day(Y, 5, 1), type);
    }

    private long searches(String worker) {
        return Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE worker_login = ? AND event = 'REPORT' "
                + "AND outcome = 'SUCCESS' AND object_type = 'report' AND client_id IS NULL", worker);
    }

    private static List<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    // ---- expectations ----

    /** Every breakdown, in order, lists every category in order, the empty ones too (a team's is its name). */
    private static void everyCategoryListed(List<Executable> checks, AnnualReport report) {
        checks.add(() -> assertEquals(DIMENSIONS, report.breakdowns().stream().map(Breakdown::dimension).toList()));
        List<Breakdown> listed = new ArrayList<>(report.breakdowns());
        listed.addAll(List.of(report.closureOutcomes(), report.signalSources(), report.signalsToPathway()));
        for (Breakdown breakdown : listed) {
            List<String> categories = categories(breakdown.dimension());
            if (categories != null) {
                checks.add(() -> assertEquals(categories, breakdown.rows().stream().map(BreakdownRow::code).toList(),
                        breakdown.dimension() + ": every category, in order"));
            }
        }
    }

    private static List<String> categories(String dimension) {
        return switch (dimension) {
            case "substance" -> names(Substance.values(), "UNKNOWN");
            case "gender" -> names(Gender.values());
            case "ageBand" -> names(AgeBand.values());
            case "source" -> names(SignalSource.values(), "NONE");
            case "signalSource", "signalsToPathway" -> names(SignalSource.values());
            case "newOrKnown" -> List.of("NEW", "KNOWN");
            case "closureOutcome" -> names(ClosureOutcome.values(), "UNKNOWN");
            default -> null;
        };
    }

    private static List<String> names(Enum<?>[] values, String... more) {
        List<String> names = new ArrayList<>(Arrays.stream(values).map(Enum::name).toList());
        names.addAll(List.of(more));
        return names;
    }

    /** A breakdown of true numbers without comparison: its total and its non-empty rows as code=count. */
    private static void simple(List<Executable> checks, Breakdown actual, String total, String... rows) {
        checks.add(() -> assertEquals(total, actual.total().display(), actual.dimension() + ".total"));
        checks.add(() -> assertEquals(List.of(rows), actual.rows().stream()
                .map(row -> row.code() + "=" + row.count().display()).filter(row -> !row.endsWith("=0")).toList(),
                actual.dimension() + ", the other rows 0"));
    }

    /** The report with every true value: what the service computes before it perturbs. */
    private AnnualReport exact(LocalDate from, LocalDate to, Team t) {
        return calculation.calculate(from, to, t.id(), t.name(), Publication.EXACT);
    }

    /** Every number of a report, a line per figure, in the form the expectations are written in. */
    private static List<String> numbers(AnnualReport r, boolean emptyRows) {
        List<String> lines = new ArrayList<>();
        lines.add("helped " + r.keyFigures().helped().display() + " | " + r.previousKeyFigures().helped().display());
        lines.add("new " + both(r, KeyFigures::newClients) + "; repeat " + both(r, KeyFigures::repeatPathways)
                + " pathways, " + both(r, KeyFigures::repeatPersons) + " persons; continuing "
                + both(r, KeyFigures::continuingPathways) + " pathways, " + both(r, KeyFigures::continuingPersons)
                + " persons");
        lines.add("pathways: " + numbers(r.pathways()));
        lines.add("persons: " + numbers(r.persons()));
        r.breakdowns().forEach(b -> lines.add(numbers(b, emptyRows)));
        lines.add("closedDuration: " + numbers(r.closedDuration()));
        lines.add(numbers(r.closureOutcomes(), emptyRows));
        lines.add(numbers(r.signalSources(), emptyRows));
        lines.add(numbers(r.signalsToPathway(), emptyRows));
        lines.add("signalToContact: " + numbers(r.signalToContact()));
        lines.add("waitToIntake: " + numbers(r.waitToIntake()));
        lines.add("waitToTreatment: " + numbers(r.waitToTreatment()));
        lines.add(numbers(r.personsWithMeasure(), emptyRows));
        lines.add(numbers(r.newMeasures(), emptyRows));
        return lines;
    }

    /** A key figure of the period and of the one before, "this | before". */
    private static String both(AnnualReport r, Function<KeyFigures, Cell> figure) {
        return figure.apply(r.keyFigures()).display() + " | " + figure.apply(r.previousKeyFigures()).display();
    }

    private static String numbers(Flows f) {
        return "start " + f.stockAtStart().display() + " in " + f.inflow().display() + " out " + f.outflow().display()
                + " end " + f.stockAtEnd().display() + " active " + f.totalActive().display();
    }

    /** A breakdown on one line; {@code emptyRows} false leaves out the rows that are 0 in every period. */
    private static String numbers(Breakdown b, boolean emptyRows) {
        return b.dimension() + " " + b.total().display() + (b.previousTotal() == null ? "" : " | "
                + b.previousTotal().display()) + ":" + b.rows().stream()
                .filter(row -> emptyRows || !(row.count().display().equals("0")
                        && (row.previous() == null || row.previous().display().equals("0"))))
                .map(row -> " " + row.code() + " " + row.count().display()
                        + (row.previous() == null ? "" : " | " + row.previous().display()))
                .collect(Collectors.joining(","));
    }

    private static String numbers(Statistic s) {
        return "n " + s.count().display() + " mean " + orDash(s.meanDays()) + " median " + orDash(s.medianDays())
                + " p90 " + orDash(s.p90Days());
    }

    private static String orDash(Long value) {
        return value == null ? "-" : value.toString();
    }

    /**
     * The published report is the true one with every count moved by the noise: word for word the same,
     * except that a count of 5 or more may be up to {@value Perturbation#MAX_NOISE} off, or "&lt;5" when
     * that takes it below 5; a count below 5 is always "&lt;5"; a duration is "-" exactly where the number
     * of cases is published as "&lt;5", and otherwise the true one.
     */
    private static void publishedWithinTheNoise(List<String> exact, List<String> published) {
        assertEquals(exact.size(), published.size());
        for (int line = 0; line < published.size(); line++) {
            String[] truth = exact.get(line).split(" ");
            String[] shown = published.get(line).split(" ");
            String message = "published '" + published.get(line) + "' against the true '" + exact.get(line) + "'";
            assertEquals(truth.length, shown.length, message);
            boolean durationsHidden = false;
            for (int i = 0; i < shown.length; i++) {
                String word = shown[i].replaceAll("[,:;]$", "");
                String trueWord = truth[i].replaceAll("[,:;]$", "");
                if (!trueWord.matches("\\d+")) {
                    assertEquals(trueWord, word, message);
                } else if (i > 0 && shown[i - 1].matches("mean|median|p90")) {
                    assertEquals(durationsHidden ? "-" : trueWord, word, message);
                } else {
                    long n = Long.parseLong(trueWord);
                    boolean small = word.equals("<" + Perturbation.THRESHOLD);
                    assertTrue(small ? n < Perturbation.THRESHOLD + Perturbation.MAX_NOISE
                            : n >= Perturbation.THRESHOLD && Math.abs(Long.parseLong(word) - n) <= Perturbation.MAX_NOISE,
                            message + ": " + word + " for " + n);
                    durationsHidden = small;
                }
            }
        }
    }

    private static long days(LocalDate from, LocalDate to) {
        return java.time.temporal.ChronoUnit.DAYS.between(from, to);
    }

    /** The expected statistic of these durations, worked out by hand rules: mean rounded, nearest-rank median and p90. */
    private static Statistic statistic(long... days) {
        long[] sorted = days.clone();
        Arrays.sort(sorted);
        long sum = Arrays.stream(sorted).sum();
        return new Statistic(Cell.of(sorted.length), Math.round((double) sum / sorted.length),
                sorted[(int) Math.ceil(sorted.length * 0.5) - 1], sorted[(int) Math.ceil(sorted.length * 0.9) - 1]);
    }

    // ---- the team ----

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** Born {@code yearsBeforeY} years before Y on the given day. */
    private static LocalDate born(int yearsBeforeY, int month, int day) {
        return LocalDate.of(Y - yearsBeforeY, month, day);
    }

    /** A fresh team with the clients described in the class comment, built with plain SQL. */
    private Team buildTeam() {
        String u = TestData.unique("r").toLowerCase(Locale.ROOT);
        String name = "Team " + u;
        long team = Fixtures.team(db, name);
        String lead = "lead." + u;
        Fixtures.worker(db, lead, team, "TEAM_LEAD");
        long w = Fixtures.worker(db, "cw." + u, team, "CASEWORKER");
        int a = Y - 2;
        int b = Y - 1;

        long span = client(team, w, "Span", "MALE", born(25, 1, 1), "CANNABIS", false);
        signal(team, span, "POLICE", day(b, 8, 20), false);
        pathway(span, team, w, day(b, 9, 1), null, false);
        contact(span, day(b, 9, 10).atTime(10, 0), false);
        contact(span, day(Y, 3, 10).atTime(10, 0), false);

        long twice = client(team, w, "Twice", "FEMALE", born(30, 5, 10), "ALCOHOL", false);
        pathway(twice, team, w, day(Y, 2, 1), day(Y, 5, 31), false);
        pathway(twice, team, w, day(Y, 9, 1), null, false);
        contact(twice, day(Y, 2, 10).atTime(10, 0), false);
        contact(twice, day(Y, 9, 5).atTime(10, 0), false);

        long signalOnly = client(team, w, "SignalOnly", "FEMALE", born(35, 3, 3), "CANNABIS", false);
        signal(team, signalOnly, "GP", day(b, 2, 15), false);
        pathway(signalOnly, team, w, day(b, 3, 1), day(b, 10, 31), false);
        contact(signalOnly, day(b, 3, 15).atTime(10, 0), false);
        signal(team, signalOnly, "POLICE", day(Y, 6, 1), false);

        long voided = client(team, w, "Voided", "MALE", born(30, 7, 7), "OPIATES", true);
        signal(team, voided, "SCHOOL", day(b, 5, 20), false);
        pathway(voided, team, w, day(b, 6, 1), day(Y, 2, 28), false);
        long voidedSecond = pathway(voided, team, w, day(Y, 4, 1), null, false);
        intake(voidedSecond, day(Y, 4, 3));
        contact(voided, day(b, 6, 5).atTime(10, 0), false);
        contact(voided, day(Y, 4, 5).atTime(10, 0), false);

        long dec31 = client(team, w, "Dec31", "MALE", born(45, 8, 8), "COCAINE", false);
        signal(team, dec31, "GP", day(Y, 10, 15), false);
        pathway(dec31, team, w, day(Y, 11, 1), null, false);
        contact(dec31, day(Y, 12, 31).atTime(23, 59, 59), false);

        long jan1 = client(team, w, "Jan1", "MALE", born(60, 4, 4), null, false);
        pathway(jan1, team, w, day(b, 12, 1), null, false);
        contact(jan1, day(Y, 1, 1).atTime(0, 0), false);

        long turns18 = client(team, w, "Turns18", "FEMALE", born(18, 7, 1), "CANNABIS", false);
        signal(team, turns18, "POLICE", day(b, 5, 20), false);
        pathway(turns18, team, w, day(b, 6, 1), null, false);
        contact(turns18, day(b, 6, 10).atTime(10, 0), false);
        contact(turns18, day(Y, 6, 10).atTime(10, 0), false);

        long intakeOnly = client(team, w, "IntakeOnly", "FEMALE", born(20, 9, 9), "ALCOHOL", false);
        signal(team, intakeOnly, "GP", day(Y, 2, 20), false);
        long intakeOnlyPathway = pathway(intakeOnly, team, w, day(Y, 3, 1), null, false);
        intake(intakeOnlyPathway, day(Y, 3, 10));

        long idle = client(team, w, "Idle", "MALE", born(50, 2, 2), "ALCOHOL", false);
        long idlePathway = pathway(idle, team, w, day(b, 5, 1), null, false);
        intake(idlePathway, day(b, 5, 5));
        contact(idle, day(b, 5, 10).atTime(10, 0), false);
        contact(idle, day(Y, 2, 1).atTime(10, 0), true);

        long repeat = client(team, w, "Repeat", "MALE", born(45, 6, 6), "COCAINE", false);
        signal(team, repeat, "POLICE", day(a, 2, 1), false);
        pathway(repeat, team, w, day(a, 3, 1), day(a, 9, 30), false);
        contact(repeat, day(a, 3, 10).atTime(10, 0), false);
        pathway(repeat, team, w, day(Y, 5, 1), null, false);
        contact(repeat, day(Y, 5, 10).atTime(10, 0), false);

        long startsJan1 = client(team, w, "StartsJan1", "MALE", born(22, 10, 10), null, false);
        pathway(startsJan1, team, w, day(Y, 1, 1), null, false);
        contact(startsJan1, day(Y, 6, 1).atTime(10, 0), false);

        long endsDec31 = client(team, w, "EndsDec31", "FEMALE", born(32, 3, 3), "CANNABIS", false);
        signal(team, endsDec31, "GP", day(b, 9, 15), false);
        pathway(endsDec31, team, w, day(b, 10, 1), day(Y, 12, 31), false);
        contact(endsDec31, day(b, 10, 5).atTime(10, 0), false);
        contact(endsDec31, day(Y, 12, 1).atTime(10, 0), false);

        long endedDec31Before = client(team, w, "EndedDec31Before", "OTHER", born(28, 6, 6), "COCAINE", false);
        pathway(endedDec31Before, team, w, day(b, 2, 1), day(b, 12, 31), false);
        contact(endedDec31Before, day(b, 2, 10).atTime(10, 0), false);

        long endsJan1 = client(team, w, "EndsJan1", "MALE", born(22, 12, 12), null, false);
        signal(team, endsJan1, "POLICE", day(b, 3, 20), false);
        pathway(endsJan1, team, w, day(b, 4, 1), day(Y, 1, 1), false);
        contact(endsJan1, day(b, 4, 10).atTime(10, 0), false);

        long voidedPathway = client(team, w, "VoidedPathway", "FEMALE", born(40, 8, 8), "OPIATES", false);
        pathway(voidedPathway, team, w, day(Y, 3, 1), null, true);
        contact(voidedPathway, day(Y, 3, 5).atTime(10, 0), false);

        long jan1Before = client(team, w, "Jan1Before", "FEMALE", born(27, 5, 5), "CANNABIS", false);
        pathway(jan1Before, team, w, day(b, 1, 1), day(b, 6, 30), false);
        contact(jan1Before, day(b, 1, 1).atTime(9, 0), false);

        long f1 = client(team, w, "F1", "MALE", born(48, 5, 5), null, false);
        signal(team, f1, "POLICE", day(a, 5, 20), false);
        pathway(f1, team, w, day(a, 6, 1), null, false);
        contact(f1, day(b, 7, 1).atTime(10, 0), false);
        contact(f1, day(Y, 7, 1).atTime(10, 0), false);

        long f2 = client(team, w, "F2", "MALE", born(70, 5, 5), "ALCOHOL", false);
        pathway(f2, team, w, day(b, 3, 1), null, false);
        contact(f2, day(b, 3, 5).atTime(10, 0), false);
        contact(f2, day(Y, 3, 5).atTime(10, 0), false);

        long f3 = client(team, w, "F3", "FEMALE", born(21, 5, 5), "COCAINE", false);
        signal(team, f3, "POLICE", day(b, 1, 20), false);
        pathway(f3, team, w, day(b, 2, 1), null, false);
        contact(f3, day(b, 2, 5).atTime(10, 0), false);
        contact(f3, day(Y, 2, 5).atTime(10, 0), false);

        long reopened = client(team, w, "Reopened", "MALE", born(62, 2, 2), null, false);
        long reopenedPathway = pathway(reopened, team, w, day(b, 3, 1), null, false);
        closure(reopenedPathway, day(b, 8, 31), day(Y, 3, 1), "ENDED_EARLY");
        contact(reopened, day(b, 3, 10).atTime(10, 0), false);
        contact(reopened, day(Y, 4, 1).atTime(10, 0), false);

        newInY(team, w, "F4", "MALE", born(15, 5, 5), "CANNABIS", day(Y, 1, 15), null, "POLICE", day(Y, 1, 10));
        long f5 = newInY(team, w, "F5", "MALE", born(24, 5, 5), "CANNABIS", day(Y, 2, 15), null, "GP", day(Y, 2, 1));
        signal(team, f5, "SCHOOL", day(Y, 1, 5), true);
        long f6 = newInY(team, w, "F6", "FEMALE", born(35, 5, 5), "COCAINE", day(Y, 4, 1), null, "POLICE",
                day(Y, 3, 1));
        signal(team, f6, "GP", day(Y, 3, 15), false);
        newInY(team, w, "F7", "MALE", born(50, 5, 5), null, day(Y, 5, 1), day(Y, 10, 31), null, null);
        newInY(team, w, "F8", "FEMALE", born(20, 5, 5), null, day(Y, 6, 1), null, "POLICE", day(Y, 5, 20));
        newInY(team, w, "F9", "MALE", born(30, 5, 5), "ALCOHOL", day(Y, 7, 1), day(Y, 11, 30), "GP", day(Y, 6, 20));
        newInY(team, w, "F10", "FEMALE", born(60, 5, 5), "COCAINE", day(Y, 8, 1), null, "POLICE", day(Y, 7, 20));
        newInY(team, w, "F11", "MALE", born(42, 5, 5), null, day(Y, 9, 1), null, null, null);
        return new Team(team, name, lead);
    }

    /** A client whose only pathway starts in Y, with one contact nine days after its start. */
    private long newInY(long team, long w, String name, String gender, LocalDate born, String substance,
            LocalDate start, LocalDate end, String source, LocalDate signalled) {
        long client = client(team, w, name, gender, born, substance, false);
        if (source != null) {
            signal(team, client, source, signalled, false);
        }
        pathway(client, team, w, start, end, false);
        contact(client, start.plusDays(9).atTime(10, 0), false);
        return client;
    }


    private long client(long team, long responsible, String name, String gender, LocalDate born, String substance,
            boolean voided) {
        long id = Sql.insert(db, "INSERT INTO client (given_names, surname, date_of_birth, gender, postcode, area, "
                + "area_team_id, responsible_worker_id, status, purpose, legal_ground, voided, voided_at, void_reason, "
                + "version, created_at, created_by, modified_at, modified_by) VALUES (?, ?, ?, ?, '3861 AB', 'Testwijk', "
                + "?, ?, 'ACTIVE', 'ADDICTION_SUPPORT', 'WMO_2015', ?, ?, ?, 1, NOW(), 't', NOW(), 't')",
                name, TestData.unique("Test"), born, gender, team, responsible, voided,
                voided ? LocalDateTime.now() : null, voided ? "dubbel" : null);
        if (substance != null) {
            Sql.insert(db, "INSERT INTO substance_profile (client_id, primary_substance, frequency, route, "
                    + "information_source, version, created_at, created_by, modified_at, modified_by) VALUES (?, ?, "
                    + "'UNKNOWN', 'UNKNOWN', 'SELF_REPORT', 1, NOW(), 't', NOW(), 't')", id, substance);
        }
        return id;
    }

    /** A pathway; with an end date it is CLOSED (completed as planned), without one ACTIVE. */
    private long pathway(long client, long team, long responsible, LocalDate start, LocalDate end, boolean voided) {
        boolean closed = end != null;
        long id = Sql.insert(db, "INSERT INTO pathway (client_id, area_team_id, responsible_worker_id, start_date, end_date, "
                + "status, repeat_request, purpose, legal_ground, closure_outcome, closure_detail, voided, voided_at, "
                + "void_reason, version, created_at, created_by, modified_at, modified_by) VALUES (?, ?, ?, ?, ?, ?, FALSE, "
                + "'ADDICTION_SUPPORT', 'WMO_2015', ?, ?, ?, ?, ?, 1, NOW(), 't', NOW(), 't')", client, team, responsible,
                start, end, closed ? "CLOSED" : "ACTIVE", closed ? "COMPLETED_AS_PLANNED" : null,
                closed ? "GOALS_MET" : null, voided, voided ? LocalDateTime.now() : null, voided ? "vergissing" : null);
        if (closed) {
            closure(id, end, null, "COMPLETED_AS_PLANNED");
        }
        Fixtures.refreshClientFirsts(db, client);
        return id;
    }

    /** A closure on record; with a reopening date the pathway is open again from that day. */
    private void closure(long pathway, LocalDate closedOn, LocalDate reopenedOn, String outcome) {
        Sql.insert(db, "INSERT INTO pathway_closure (pathway_id, closed_on, reopened_on, closure_outcome) "
                + "VALUES (?, ?, ?, ?)", pathway, closedOn, reopenedOn, outcome);
    }

    private void contact(long client, LocalDateTime when, boolean voided) {
        Sql.insert(db, "INSERT INTO client_contact (client_id, occurred_local, kind, duration_minutes, voided, voided_at, "
                + "void_reason, version, created_at, created_by, modified_at, modified_by) VALUES (?, ?, 'PHONE', 10, ?, ?, "
                + "?, 1, NOW(), 't', NOW(), 't')", client, when, voided, voided ? LocalDateTime.now() : null,
                voided ? "verkeerde client" : null);
    }

    private void intake(long pathway, LocalDate when) {
        Sql.insert(db, "INSERT INTO intake (pathway_id, intake_date, place, version, created_at, created_by, "
                + "modified_at, modified_by) VALUES (?, ?, 'Kantoor', 1, NOW(), 't', NOW(), 't')", pathway, when);
    }

    private void signal(long team, long client, String source, LocalDate received, boolean voided) {
        Sql.insert(db, "INSERT INTO signal_report (area_team_id, source, received_local, summary, concern_level, purpose, "
                + "legal_ground, client_id, status, status_changed_at, status_changed_by, voided, voided_at, void_reason, "
                + "version, created_at, created_by, modified_at, modified_by) VALUES (?, ?, ?, 'Zorgen', 'LOW', "
                + "'SIGNAL_FOLLOW_UP', 'WMO_2015', ?, 'LINKED', NOW(), 't', ?, ?, ?, 1, NOW(), 't', NOW(), 't')", team,
                source, received.atTime(10, 0), client, voided, voided ? LocalDateTime.now() : null,
                voided ? "dubbel" : null);
        Fixtures.refreshClientFirsts(db, client);
    }
}
