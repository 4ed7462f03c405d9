package nl.gebiedsteam.caseload.benchmark;

import static nl.gebiedsteam.caseload.benchmark.Benchmarks.AUDIT;
import static nl.gebiedsteam.caseload.benchmark.Benchmarks.AUDIT_COLUMNS;
import static nl.gebiedsteam.caseload.benchmark.Benchmarks.DIGITS;
import static nl.gebiedsteam.caseload.benchmark.Benchmarks.ms;
import static nl.gebiedsteam.caseload.benchmark.Benchmarks.quietMachine;
import static nl.gebiedsteam.caseload.benchmark.Benchmarks.single;
import static nl.gebiedsteam.caseload.benchmark.Benchmarks.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.report.AnnualReport;
import nl.gebiedsteam.caseload.report.Cell;
import nl.gebiedsteam.caseload.report.ReportService;
import nl.gebiedsteam.caseload.benchmark.Benchmarks.Run;
import nl.gebiedsteam.caseload.client.ClientFirsts;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import nl.gebiedsteam.caseload.testsupport.HelpedSql;
import nl.gebiedsteam.caseload.testsupport.TestLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The annual report at scale: four teams of their own with 100,000 clients over the ten calendar
 * years up to last year, about 130,000 pathways (repeat requests, closures, closures followed by a
 * reopening), 1,000,000 contacts, intakes, signals of every source, substance profiles, referrals
 * and measures, seeded with set-based SQL in the container. It then times
 * {@link ReportService#generate} for last calendar year, for all teams and for one team, against
 * the floor: one plain SQL query that counts the helped clients (the report's central definition)
 * per calendar year and team over all ten years. Run with
 * {@code mvn -Pbenchmark verify -Dit.test=ReportBenchmarkIT} (README, "Report benchmark"); every
 * figure is printed as a line starting with {@code BENCHMARK}.
 *
 * <p>The report must take at most 1.5 times the floor plus 200 ms (p50 against p50), and less than
 * 2 seconds, or the benchmark fails. Comparing with the floor, measured in the same run on the same
 * data, keeps the target meaningful on a slower or busier machine; the absolute limit keeps a slow
 * floor from excusing a slow report.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportBenchmarkIT {

    static final String TEAM_PREFIX = "Rapportage ";
    static final int TEAMS = 4;
    static final int CLIENTS = 100_000;
    static final int CONTACTS = 1_000_000;
    static final int YEARS = 10;
    /** A policy officer of the demo data: may report on all teams. */
    static final String POLICY_OFFICER = "fatima.beleid";
    static final double FLOOR_FACTOR = 1.5;
    static final double FLOOR_MARGIN_MS = 200;
    static final double LIMIT_MS = 2_000;

    private static final int WARM_UP = 3;
    private static final int RUNS = 10;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestLogin().addClasses(ReportBenchmarkIT.class, Benchmarks.class);
    }

    @Inject
    TestLogin login;

    @Inject
    ReportService reports;

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource dataSource;

    // ---------------------------------------------------------------------------------------------
    // 1. seeding (in the container, plain JDBC, set-based, deterministic)
    // ---------------------------------------------------------------------------------------------

    private static final String SOURCES = "'POLICE', 'SCHOOL', 'GP', 'PARENT_FAMILY', 'NEIGHBOURHOOD', "
            + "'CARE_AND_NUISANCE_DESK', 'DOMESTIC_VIOLENCE_DESK', 'HALT', 'PROBATION', 'RISK_YOUTH_INDEX', 'CORE_GROUP', "
            + "'SELF'";
    private static final String DETAILS = "'GOALS_MET', 'REFERRED_TO_SPECIALISED_CARE', 'TRANSFERRED', "
            + "'CLIENT_WITHDREW', 'MOVED_AWAY', 'DECEASED', 'LOST_CONTACT'";
    /** A closure reason from a hash: a quarter ended early. */
    private static final String OUTCOME = "IF(MOD(%s, 4) = 0, 'ENDED_EARLY', 'COMPLETED_AS_PLANNED')";
    private static final String DETAIL = "ELT(1 + MOD(%s, 7), " + DETAILS + ")";

    /**
     * Per client number n (bench_c), from three CRC32 hashes of n: the first pathway starts on any
     * day of the ten years and lasts 20-620 days (open when that runs past the last day); one in ten
     * closures is followed by a reopening 15-215 days later, half of those closed again; four in ten
     * clients whose first pathway ended come back 30-530 days later with a repeat request. Nothing
     * is dated after the last day of last year. Hashes are of client numbers, never of generated ids,
     * so the data is the same whatever the database held before. None of the tables written has
     * triggers (MariaDB 11.4.5 fails a multi-row INSERT ... SELECT with a column list into a table with
     * triggers).
     */
    private static final List<String> SEED = List.of(
            "CREATE TEMPORARY TABLE bench_n (n INT NOT NULL PRIMARY KEY)",
            "INSERT INTO bench_n (n) SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d FROM "
                    + DIGITS + " a, " + DIGITS + " b, " + DIGITS + " c, " + DIGITS + " e, " + DIGITS + " f, " + DIGITS
                    + " g",
            "INSERT INTO area_team (name, area, active, " + AUDIT_COLUMNS + ") SELECT CONCAT('" + TEAM_PREFIX
                    + "', n + 1), CONCAT('Rapportagewijk ', n + 1), TRUE, " + AUDIT + " FROM bench_n WHERE n < " + TEAMS,
            "CREATE TEMPORARY TABLE bench_t (k INT NOT NULL PRIMARY KEY, id BIGINT NOT NULL)",
            "INSERT INTO bench_t (k, id) SELECT ROW_NUMBER() OVER (ORDER BY name) - 1, id FROM area_team "
                    + "WHERE name LIKE '" + TEAM_PREFIX + "%'",
            "INSERT INTO referral_provider (name, kind, active, " + AUDIT_COLUMNS + ") SELECT CONCAT('Rapportage "
                    + "zorgaanbieder ', n + 1), ELT(1 + n, 'ADDICTION_CARE', 'MENTAL_HEALTH', 'SOCIAL_SERVICES'), TRUE, "
                    + AUDIT + " FROM bench_n WHERE n < 3",
            "CREATE TEMPORARY TABLE bench_c (n INT NOT NULL PRIMARY KEY, id BIGINT NULL, team BIGINT NOT NULL, "
                    + "ha BIGINT NOT NULL, hb BIGINT NOT NULL, hc BIGINT NOT NULL, s1 DATE NOT NULL, c1 DATE NULL, "
                    + "r1 DATE NULL, c1b DATE NULL, open1 BOOLEAN NULL, s2 DATE NULL, c2 DATE NULL, last_day DATE NULL)",
            // teams of 40, 30, 20 and 10 %
            "INSERT INTO bench_c (n, team, ha, hb, hc, s1, c1) SELECT x.n, t.id, x.ha, x.hb, x.hc, x.s1, "
                    + "IF(x.s1 + INTERVAL 20 + MOD(x.hb, 600) DAY <= @last, x.s1 + INTERVAL 20 + MOD(x.hb, 600) DAY, NULL) "
                    + "FROM (SELECT n, ha, hb, hc, @first + INTERVAL MOD(ha, DATEDIFF(@last, @first) + 1) DAY AS s1 "
                    + "FROM (SELECT n, CRC32(CONCAT('a', n)) ha, CRC32(CONCAT('b', n)) hb, CRC32(CONCAT('c', n)) hc "
                    + "FROM bench_n WHERE n < " + CLIENTS + ") h) x "
                    + "JOIN bench_t t ON t.k = ELT(1 + MOD(x.ha DIV 7, 10), 0, 0, 0, 0, 1, 1, 1, 2, 2, 3)",
            "UPDATE bench_c SET r1 = c1 + INTERVAL 15 + MOD(hb DIV 1000, 200) DAY WHERE MOD(hc, 20) < 2 "
                    + "AND c1 + INTERVAL 15 + MOD(hb DIV 1000, 200) DAY <= @last",
            "UPDATE bench_c SET c1b = r1 + INTERVAL 30 + MOD(hc DIV 100, 300) DAY WHERE MOD(hc, 20) = 1 "
                    + "AND r1 + INTERVAL 30 + MOD(hc DIV 100, 300) DAY <= @last",
            "UPDATE bench_c SET open1 = (c1 IS NULL OR (r1 IS NOT NULL AND c1b IS NULL))",
            "UPDATE bench_c SET s2 = COALESCE(c1b, c1) + INTERVAL 30 + MOD(ha DIV 10000, 500) DAY WHERE NOT open1 "
                    + "AND MOD(hc DIV 20, 10) < 4 AND COALESCE(c1b, c1) + INTERVAL 30 + MOD(ha DIV 10000, 500) DAY <= @last",
            "UPDATE bench_c SET c2 = s2 + INTERVAL 20 + MOD(hc DIV 7, 500) DAY WHERE s2 + INTERVAL 20 + MOD(hc DIV 7, 500) "
                    + "DAY <= @last",
            // the last day of the client's care: contacts run on into 60 days of aftercare
            "UPDATE bench_c SET last_day = LEAST(@last, COALESCE(c2, IF(s2 IS NULL AND NOT open1, COALESCE(c1b, c1), @last))"
                    + " + INTERVAL 60 DAY)",
            // aged 10-74 at the first pathway; one in 200 voided (a duplicate)
            "INSERT INTO client (given_names, surname, date_of_birth, gender, postcode, area, area_team_id, status, purpose, "
                    + "legal_ground, voided, voided_at, void_reason, " + AUDIT_COLUMNS + ") "
                    + "SELECT 'Rapport', CONCAT('Persoon', LPAD(b.n, 6, '0')), b.s1 - INTERVAL 3650 + MOD(b.hb DIV 13, 23725) DAY, "
                    + "CASE WHEN MOD(b.ha DIV 7, 100) < 52 THEN 'MALE' WHEN MOD(b.ha DIV 7, 100) < 95 THEN 'FEMALE' "
                    + "WHEN MOD(b.ha DIV 7, 100) < 98 THEN 'OTHER' ELSE 'UNKNOWN' END, '3861 AB', "
                    + "CONCAT('Rapportagewijk ', t.k + 1), b.team, "
                    + "IF(b.open1 OR (b.s2 IS NOT NULL AND b.c2 IS NULL), 'ACTIVE', 'CLOSED'), 'ADDICTION_SUPPORT', 'WMO_2015', "
                    + "MOD(b.hc DIV 1000, 200) = 0, IF(MOD(b.hc DIV 1000, 200) = 0, @now, NULL), "
                    + "IF(MOD(b.hc DIV 1000, 200) = 0, 'dubbel ingevoerd', NULL), " + AUDIT
                    + " FROM bench_c b JOIN bench_t t ON t.id = b.team ORDER BY b.n",
            "UPDATE bench_c b JOIN (SELECT id, CAST(SUBSTRING(surname, 8) AS INT) AS n FROM client WHERE area_team_id IN "
                    + "(SELECT id FROM bench_t)) c ON c.n = b.n SET b.id = c.id",
            // first pathways: closed, open, or open again after a reopening; one in 200 voided
            "INSERT INTO pathway (client_id, area_team_id, start_date, end_date, status, repeat_request, purpose, "
                    + "legal_ground, closure_outcome, closure_detail, voided, voided_at, void_reason, " + AUDIT_COLUMNS + ") "
                    + "SELECT b.id, b.team, b.s1, IF(b.open1, NULL, COALESCE(b.c1b, b.c1)), "
                    + "CASE WHEN NOT b.open1 THEN 'CLOSED' WHEN b.r1 IS NOT NULL THEN 'REOPENED' "
                    + "ELSE ELT(1 + MOD(b.hc DIV 3, 6), 'REGISTERED', 'INTAKE', 'PLAN_DRAFT', 'PLAN_AGREED', 'ACTIVE', "
                    + "'AFTERCARE') END, FALSE, 'ADDICTION_SUPPORT', 'WMO_2015', "
                    + "IF(b.open1, NULL, " + OUTCOME.formatted("b.hb DIV 100") + "), IF(b.open1, NULL, "
                    + DETAIL.formatted("b.hb DIV 400") + "), MOD(b.ha DIV 1000, 200) = 1, "
                    + "IF(MOD(b.ha DIV 1000, 200) = 1, @now, NULL), IF(MOD(b.ha DIV 1000, 200) = 1, 'vergissing', NULL), "
                    + AUDIT + " FROM bench_c b",
            "INSERT INTO pathway (client_id, area_team_id, start_date, end_date, status, repeat_request, purpose, "
                    + "legal_ground, closure_outcome, closure_detail, " + AUDIT_COLUMNS + ") "
                    + "SELECT b.id, b.team, b.s2, b.c2, IF(b.c2 IS NULL, 'ACTIVE', 'CLOSED'), TRUE, 'ADDICTION_SUPPORT', "
                    + "'WMO_2015', IF(b.c2 IS NULL, NULL, " + OUTCOME.formatted("b.hc DIV 100") + "), IF(b.c2 IS NULL, NULL, "
                    + DETAIL.formatted("b.hc DIV 400") + "), " + AUDIT + " FROM bench_c b WHERE b.s2 IS NOT NULL",
            "CREATE TEMPORARY TABLE bench_p (id BIGINT NOT NULL PRIMARY KEY, n INT NOT NULL, client BIGINT NOT NULL, "
                    + "start_date DATE NOT NULL, first_closure DATE NULL, h BIGINT NOT NULL)",
            "INSERT INTO bench_p (id, n, client, start_date, first_closure, h) SELECT p.id, b.n, b.id, p.start_date, "
                    + "IF(p.repeat_request, b.c2, b.c1), CRC32(CONCAT('p', b.n, '-', p.repeat_request)) "
                    + "FROM pathway p JOIN bench_c b ON b.id = p.client_id",
            // every closure on record, the pathway's own reason on the one not reopened
            "INSERT INTO pathway_closure (pathway_id, closed_on, reopened_on, closure_outcome, closure_detail) "
                    + "SELECT p.id, b.c1, b.r1, IF(b.r1 IS NULL, " + OUTCOME.formatted("b.hb DIV 100") + ", "
                    + OUTCOME.formatted("b.ha DIV 100") + "), IF(b.r1 IS NULL, " + DETAIL.formatted("b.hb DIV 400") + ", "
                    + DETAIL.formatted("b.ha DIV 400") + ") FROM bench_c b JOIN pathway p ON p.client_id = b.id "
                    + "AND NOT p.repeat_request WHERE b.c1 IS NOT NULL",
            "INSERT INTO pathway_closure (pathway_id, closed_on, reopened_on, closure_outcome, closure_detail) "
                    + "SELECT p.id, b.c1b, NULL, " + OUTCOME.formatted("b.hb DIV 100") + ", " + DETAIL.formatted("b.hb DIV 400")
                    + " FROM bench_c b JOIN pathway p ON p.client_id = b.id AND NOT p.repeat_request WHERE b.c1b IS NOT NULL",
            "INSERT INTO pathway_closure (pathway_id, closed_on, reopened_on, closure_outcome, closure_detail) "
                    + "SELECT p.id, b.c2, NULL, " + OUTCOME.formatted("b.hc DIV 100") + ", " + DETAIL.formatted("b.hc DIV 400")
                    + " FROM bench_c b JOIN pathway p ON p.client_id = b.id AND p.repeat_request WHERE b.c2 IS NOT NULL",
            // an intake for 85 % of the pathways, within three weeks of the start (and before a closure)
            "INSERT INTO intake (pathway_id, intake_date, place, " + AUDIT_COLUMNS + ") "
                    + "SELECT p.id, LEAST(p.start_date + INTERVAL MOD(p.h DIV 20, 21) DAY, COALESCE(p.first_closure, @last)), "
                    + "'Kantoor', " + AUDIT + " FROM bench_p p WHERE MOD(p.h, 20) < 17",
            // 1,000,000 contacts, ten per client, anywhere in the client's care (also between two pathways); 1 % voided
            "INSERT INTO client_contact (client_id, occurred_local, kind, duration_minutes, voided, voided_at, void_reason, "
                    + AUDIT_COLUMNS + ") SELECT b.id, b.s1 + INTERVAL MOD(x.h, DATEDIFF(b.last_day, b.s1) + 1) DAY "
                    + "+ INTERVAL 8 + MOD(x.n, 10) HOUR + INTERVAL MOD(x.h DIV 7, 60) MINUTE, "
                    + "ELT(1 + MOD(x.n, 4), 'CONVERSATION', 'HOME_VISIT', 'PHONE', 'PARTNER_CONSULTATION'), 15 + MOD(x.h, 76), "
                    + "MOD(x.h DIV 100, 100) = 0, IF(MOD(x.h DIV 100, 100) = 0, @now, NULL), "
                    + "IF(MOD(x.h DIV 100, 100) = 0, 'verkeerde client', NULL), " + AUDIT + " "
                    + "FROM (SELECT n, CRC32(CONCAT('k', n)) h FROM bench_n) x JOIN bench_c b ON b.n = MOD(x.n, " + CLIENTS + ")",
            // a signal before seven in ten first pathways and before half the repeat requests, every source;
            // a later one for one in five clients; one in a hundred voided
            "INSERT INTO signal_report (area_team_id, source, received_local, summary, concern_level, purpose, legal_ground, "
                    + "client_id, status, status_changed_at, status_changed_by, voided, voided_at, void_reason, "
                    + AUDIT_COLUMNS + ") "
                    + "SELECT b.team, ELT(1 + MOD(p.h DIV 11, 12), " + SOURCES + "), p.start_date - INTERVAL 1 + MOD(p.h DIV 3, 120) "
                    + "DAY + INTERVAL 9 + MOD(p.h, 8) HOUR, 'Zorgen', 'MODERATE', 'SIGNAL_FOLLOW_UP', 'WMO_2015', b.id, "
                    + "'LINKED', @now, 'benchmark', MOD(p.h DIV 13, 100) = 0, IF(MOD(p.h DIV 13, 100) = 0, @now, NULL), "
                    + "IF(MOD(p.h DIV 13, 100) = 0, 'dubbel', NULL), " + AUDIT + " FROM bench_p p JOIN bench_c b ON b.n = p.n "
                    + "WHERE MOD(p.h DIV 50, 10) < IF(p.start_date = b.s1, 7, 5)",
            "INSERT INTO signal_report (area_team_id, source, received_local, summary, concern_level, purpose, legal_ground, "
                    + "client_id, status, status_changed_at, status_changed_by, " + AUDIT_COLUMNS + ") "
                    + "SELECT b.team, ELT(1 + MOD(b.hb DIV 11, 12), " + SOURCES + "), LEAST(@last, b.s1 + INTERVAL 30 "
                    + "+ MOD(b.hb DIV 3, 700) DAY) + INTERVAL 10 HOUR, 'Opnieuw zorgen', 'HIGH', 'SIGNAL_FOLLOW_UP', "
                    + "'WMO_2015', b.id, 'LINKED', @now, 'benchmark', " + AUDIT + " FROM bench_c b WHERE MOD(b.ha DIV 100, 5) = 0",
            // 20,000 signals about someone not (yet) known
            "INSERT INTO signal_report (area_team_id, source, received_local, summary, concern_level, purpose, legal_ground, "
                    + "person_area, status, status_changed_at, status_changed_by, " + AUDIT_COLUMNS + ") "
                    + "SELECT t.id, ELT(1 + MOD(x.h DIV 11, 12), " + SOURCES + "), @first + INTERVAL MOD(x.h, "
                    + "DATEDIFF(@last, @first) + 1) DAY + INTERVAL 11 HOUR, 'Zorgen over onbekende', 'LOW', "
                    + "'SIGNAL_FOLLOW_UP', 'WMO_2015', CONCAT('Rapportagewijk ', t.k + 1), 'NEW', @now, 'benchmark', "
                    + AUDIT + " FROM (SELECT n, CRC32(CONCAT('s', n)) h FROM bench_n WHERE n < 20000) x "
                    + "JOIN bench_t t ON t.k = MOD(x.n, " + TEAMS + ")",
            // a substance profile for eight in ten clients, every substance
            "INSERT INTO substance_profile (client_id, primary_substance, frequency, route, information_source, "
                    + AUDIT_COLUMNS + ") SELECT b.id, ELT(1 + MOD(b.hb DIV 17, 17), 'ALCOHOL', 'OPIATES', 'CANNABIS', "
                    + "'SEDATIVES_MEDICATION', 'COCAINE', 'AMPHETAMINE', 'ECSTASY', 'GHB', 'KETAMINE', 'NEW_PSYCHOACTIVE', "
                    + "'NITROUS_OXIDE', 'TOBACCO', 'VOLATILE', 'POLY', 'GAMBLING', 'GAMING', 'OTHER'), 'WEEKLY', 'UNKNOWN', "
                    + "'SELF_REPORT', " + AUDIT + " FROM bench_c b WHERE MOD(b.hc DIV 30, 10) < 8",
            // a referral from one in five pathways; eight in ten had their intake at the provider, six of those started
            "INSERT INTO referral (client_id, pathway_id, provider_id, referred_on, provider_intake_on, treatment_start_on, "
                    + "status, shares_data, " + AUDIT_COLUMNS + ") "
                    + "SELECT r.client, r.id, pr.id, r.referred_on, r.intake_on, "
                    + "IF(r.intake_on IS NOT NULL AND MOD(r.h DIV 1000, 10) < 6, LEAST(@last, r.intake_on + INTERVAL "
                    + "MOD(r.h DIV 10000, 50) DAY), NULL), CASE WHEN r.intake_on IS NULL THEN 'IN_PROGRESS' "
                    + "WHEN MOD(r.h DIV 1000, 10) < 6 THEN 'DONE' ELSE 'ACCEPTED' END, FALSE, " + AUDIT + " FROM ("
                    + "SELECT q.*, IF(MOD(q.h DIV 10, 10) < 8, LEAST(@last, q.referred_on + INTERVAL MOD(q.h DIV 100, 70) "
                    + "DAY), NULL) AS intake_on FROM (SELECT id, client, h, LEAST(@last, start_date + INTERVAL 10 "
                    + "+ MOD(h DIV 7, 60) DAY) AS referred_on FROM bench_p WHERE MOD(h DIV 5, 5) = 0) q) r "
                    + "JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM referral_provider "
                    + "WHERE name LIKE 'Rapportage zorgaanbieder %') pr ON pr.k = MOD(r.h, 3)",
            // a measure for one in twenty clients, every type
            "INSERT INTO coercion_measure (client_id, measure_type_id, kind, legal_basis, deciding_authority, decision_date, "
                    + "start_date, end_date, learned_via, verified, duration_confirmed, outcome, outcome_date, purpose, "
                    + "legal_ground, " + AUDIT_COLUMNS + ") "
                    + "SELECT m.id, t.id, t.kind, t.legal_basis, t.deciding_authority, m.start_date, m.start_date, "
                    + "m.start_date + INTERVAL COALESCE(t.typical_max_days, 180) DAY, 'DECISION_DOCUMENT', TRUE, TRUE, "
                    + "IF(m.start_date + INTERVAL COALESCE(t.typical_max_days, 180) DAY <= @last, 'ENDED_BY_TERM', NULL), "
                    + "IF(m.start_date + INTERVAL COALESCE(t.typical_max_days, 180) DAY <= @last, m.start_date "
                    + "+ INTERVAL COALESCE(t.typical_max_days, 180) DAY, NULL), 'ADDICTION_SUPPORT', 'WMO_2015', " + AUDIT
                    + " FROM (SELECT id, hb, LEAST(@last - INTERVAL 1 DAY, s1 + INTERVAL MOD(hb DIV 7, 200) DAY) AS start_date "
                    + "FROM bench_c WHERE MOD(hc DIV 5000, 20) = 0) m JOIN (SELECT id, kind, legal_basis, deciding_authority, "
                    + "typical_max_days, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, COUNT(*) OVER () AS cnt "
                    + "FROM measure_type WHERE active) t ON t.k = MOD(m.hb, t.cnt)",
            "DROP TEMPORARY TABLE bench_n, bench_t, bench_c, bench_p",
            // written with plain SQL: each client's first pathway start and signal source, as the services keep them
            ClientFirsts.REFRESH_ALL,
            // fresh statistics, as a production database has them (the bulk load outran auto-recalculation)
            "ANALYZE TABLE client, pathway, pathway_closure, client_contact, intake, signal_report, substance_profile, "
                    + "referral, coercion_measure");

    private static final String BENCH_TEAMS = "(SELECT id FROM area_team WHERE name LIKE '" + TEAM_PREFIX + "%')";

    private static Map<String, String> counts() {
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put("clients", "SELECT COUNT(*) FROM client WHERE area_team_id IN " + BENCH_TEAMS);
        counts.put("pathways", "SELECT COUNT(*) FROM pathway WHERE area_team_id IN " + BENCH_TEAMS);
        counts.put("repeatPathways", "SELECT COUNT(*) FROM pathway WHERE repeat_request AND area_team_id IN " + BENCH_TEAMS);
        counts.put("openPathways", "SELECT COUNT(*) FROM pathway WHERE status <> 'CLOSED' AND area_team_id IN "
                + BENCH_TEAMS);
        counts.put("closures", "SELECT COUNT(*) FROM pathway_closure g JOIN pathway p ON p.id = g.pathway_id "
                + "WHERE p.area_team_id IN " + BENCH_TEAMS);
        counts.put("reopenings", "SELECT COUNT(*) FROM pathway_closure g JOIN pathway p ON p.id = g.pathway_id "
                + "WHERE g.reopened_on IS NOT NULL AND p.area_team_id IN " + BENCH_TEAMS);
        counts.put("contacts", "SELECT COUNT(*) FROM client_contact k JOIN client c ON c.id = k.client_id "
                + "WHERE c.area_team_id IN " + BENCH_TEAMS);
        counts.put("intakes", "SELECT COUNT(*) FROM intake i JOIN pathway p ON p.id = i.pathway_id "
                + "WHERE p.area_team_id IN " + BENCH_TEAMS);
        counts.put("signals", "SELECT COUNT(*) FROM signal_report WHERE area_team_id IN " + BENCH_TEAMS);
        counts.put("substanceProfiles", "SELECT COUNT(*) FROM substance_profile s JOIN client c ON c.id = s.client_id "
                + "WHERE c.area_team_id IN " + BENCH_TEAMS);
        counts.put("referrals", "SELECT COUNT(*) FROM referral r JOIN client c ON c.id = r.client_id "
                + "WHERE c.area_team_id IN " + BENCH_TEAMS);
        counts.put("measures", "SELECT COUNT(*) FROM coercion_measure m JOIN client c ON c.id = m.client_id "
                + "WHERE c.area_team_id IN " + BENCH_TEAMS);
        return counts;
    }

    @Test
    @Order(1)
    void seed() throws SQLException {
        long started = System.nanoTime();
        boolean seeded = false;
        int lastYear = lastYear();
        try (Connection c = dataSource.getConnection()) {
            if (single(c, "SELECT COUNT(*) FROM area_team WHERE name LIKE '" + TEAM_PREFIX + "%'") == 0) {
                Benchmarks.seed(c, v -> {
                    try (PreparedStatement period = v.prepareStatement("SET @first = ?, @last = ?")) {
                        period.setObject(1, LocalDate.of(lastYear - YEARS + 1, 1, 1));
                        period.setObject(2, LocalDate.of(lastYear, 12, 31));
                        period.execute();
                    }
                }, SEED);
                seeded = true;
            }
            Map<String, String> counts = counts();
            StringBuilder line = new StringBuilder();
            for (Map.Entry<String, String> count : counts.entrySet()) {
                line.append(' ').append(count.getKey()).append('=').append(single(c, count.getValue()));
            }
            System.out.printf(Locale.ROOT, "BENCHMARK seed: %s in %d ms;%s%n", seeded ? "seeded" : "already present, skipped",
                    ms(System.nanoTime() - started), line);
            assertEquals(CLIENTS, single(c, counts.get("clients")), "clients of the benchmark teams");
            assertEquals(CONTACTS, single(c, counts.get("contacts")), "contacts of the benchmark teams");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // 2. the report against the floor
    // ---------------------------------------------------------------------------------------------

    @Test
    @Order(2)
    void report() throws Exception {
        int year = lastYear();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        long team;
        try (Connection c = dataSource.getConnection()) {
            team = single(c, "SELECT MIN(id) FROM area_team WHERE name LIKE '" + TEAM_PREFIX + "%'");
        }
        login.as(POLICY_OFFICER);
        // the trend chart's ten years: counted once, then kept for an hour (TrendCache), so timed once each
        long trendStarted = System.nanoTime();
        Map<Integer, Cell> trend = reports.trend(year, null);
        long trendCounted = System.nanoTime();
        reports.trend(year, null);
        System.out.printf(Locale.ROOT, "BENCHMARK trend %d-%d, all teams: first (counted) %d ms, again (kept) %.1f ms%n",
                year - ReportService.TREND_YEARS + 1, year, ms(trendCounted - trendStarted),
                (System.nanoTime() - trendCounted) / 1e6);
        for (int i = 0; i < WARM_UP; i++) {
            reports.generate(from, to, null);
            reports.generate(from, to, team);
            floor(year);
        }
        AnnualReport all = reports.generate(from, to, null);
        AnnualReport one = reports.generate(from, to, team);
        Map<Integer, Map<Long, Long>> helped = floor(year);
        // the floor counts what the report counts: the same definition, written independently
        assertEquals(helped.get(year).values().stream().mapToLong(Long::longValue).sum(), all.keyFigures().helped().value(),
                "helped in " + year + ", all teams: floor and report");
        assertEquals(helped.get(year).get(team), one.keyFigures().helped().value(), "helped in " + year + ", one team");
        assertEquals(helped.get(year - 1).values().stream().mapToLong(Long::longValue).sum(),
                all.previousKeyFigures().helped().value(), "helped in " + (year - 1) + ", all teams");
        for (Map.Entry<Integer, Map<Long, Long>> perTeam : helped.entrySet()) {
            // the trend is published rounded to fives
            long floor = perTeam.getValue().values().stream().mapToLong(Long::longValue).sum();
            assertEquals(Math.round(floor / 5.0) * 5, trend.get(perTeam.getKey()).value(),
                    "helped in " + perTeam.getKey() + ", all teams: floor and trend");
        }
        System.out.printf(Locale.ROOT, "BENCHMARK helped per year, all teams (floor):%s%n", helped.entrySet().stream()
                .map(e -> " " + e.getKey() + "=" + e.getValue().values().stream().mapToLong(Long::longValue).sum())
                .reduce("", String::concat));
        System.out.printf(Locale.ROOT, "BENCHMARK report %d, all teams: helped=%s new=%s repeat=%s continuing=%s "
                + "flows(pathways)=%s closed=%s signals=%s%n", year, all.keyFigures().helped().display(), all.keyFigures().newClients().display(),
                all.keyFigures().repeatPathways().display(), all.keyFigures().continuingPathways().display(), all.pathways(),
                all.closedDuration().count().display(), all.signalSources().total().display());

        double loadBefore = quietMachine();
        Run allTeams = time(RUNS, () -> reports.generate(from, to, null));
        Run oneTeam = time(RUNS, () -> reports.generate(from, to, team));
        Run floor = time(RUNS, () -> floor(year));

        System.out.println("BENCHMARK ---------------------------------------------------------------------------");
        report("generate(" + year + ", all teams)", allTeams, "reports/s");
        report("generate(" + year + ", team " + team + ")", oneTeam, "reports/s");
        report("floor: helped per year and team, " + YEARS + " years", floor, "queries/s");
        System.out.printf(Locale.ROOT, "BENCHMARK machine load average %.2f before, %.2f after, %d cores%n", loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        double target = FLOOR_FACTOR * floor.percentile(50) + FLOOR_MARGIN_MS;
        boolean met = allTeams.percentile(50) <= target && allTeams.percentile(50) < LIMIT_MS
                && oneTeam.percentile(50) <= target && oneTeam.percentile(50) < LIMIT_MS;
        System.out.printf(Locale.ROOT, "BENCHMARK report/floor (p50): all teams %.2f, one team %.2f; target: report p50 "
                + "<= %.1f x floor + %.0f ms = %.0f ms and < %.0f ms: %s%n", allTeams.percentile(50) / floor.percentile(50),
                oneTeam.percentile(50) / floor.percentile(50), FLOOR_FACTOR, FLOOR_MARGIN_MS, target, LIMIT_MS,
                met ? "MET" : "MISSED");
        System.out.println("BENCHMARK ---------------------------------------------------------------------------");
        assertTrue(met, String.format(Locale.ROOT, "report p50 %.0f ms (all teams), %.0f ms (one team); target %.0f ms "
                + "and under %.0f ms", allTeams.percentile(50), oneTeam.percentile(50), target, LIMIT_MS));
    }

    /** Year → team → helped clients, from the floor query. */
    private Map<Integer, Map<Long, Long>> floor(int lastYear) throws SQLException {
        Map<Integer, Map<Long, Long>> helped = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement query = c.createStatement();
                ResultSet rows = query.executeQuery(HelpedSql.perYearAndTeam(lastYear - YEARS + 1, lastYear))) {
            while (rows.next()) {
                helped.computeIfAbsent(rows.getInt(1), y -> new TreeMap<>()).put(rows.getLong(2), rows.getLong(3));
            }
        }
        return helped;
    }

    private static int lastYear() {
        return LocalDate.now(Times.DISPLAY_ZONE).getYear() - 1;
    }

    // ---------------------------------------------------------------------------------------------
    // timing
    // ---------------------------------------------------------------------------------------------

    private static void report(String what, Run run, String unit) {
        System.out.printf(Locale.ROOT, "BENCHMARK %s: n=%d p50=%.1f p95=%.1f max=%.1f ms, %.2f %s%n", what,
                run.nanos().length, run.percentile(50), run.percentile(95), run.max(), run.perSecond(), unit);
    }
}
