package nl.gebiedsteam.caseload.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.review.CaseloadService;
import nl.gebiedsteam.caseload.review.DrillDownRow;
import nl.gebiedsteam.caseload.review.MyClient;
import nl.gebiedsteam.caseload.review.OverviewMetric;
import nl.gebiedsteam.caseload.review.WorkService;
import nl.gebiedsteam.caseload.shared.SettingKey;
import nl.gebiedsteam.caseload.shared.Settings;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import nl.gebiedsteam.caseload.testsupport.Fixtures;
import nl.gebiedsteam.caseload.testsupport.Sql;
import nl.gebiedsteam.caseload.testsupport.TestData;
import nl.gebiedsteam.caseload.testsupport.TestLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "In force", "expiring" and "overdue" are written once ({@link MeasureConditions}, with the pure
 * {@link MeasureRules#expiryStatus} beside it); here every place that asks is held to the same
 * answer on one measure of each kind: the expiry job's tasks and flags, the list of expiring
 * measures, "my work", the team overview's figure and the annual report's "in force" condition.
 */
@ExtendWith(ArquillianExtension.class)
class MeasureConditionsIT {

    private static final LocalDate TODAY = LocalDate.now(Times.DISPLAY_ZONE);

    /** One measure of each kind, in one client each, so client-level answers map to one measure. */
    private enum Kind {
        RUNNING, EXPIRING, OVERDUE, ENDED_BY_OUTCOME, ENDED_BY_EXTENSION, VOIDED
    }

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestLogin().addClasses(MeasureConditionsIT.class);
    }

    @Inject
    TestLogin login;

    @Inject
    MeasureExpiry expiry;

    @Inject
    MeasureService measures;

    @Inject
    WorkService work;

    @Inject
    CaseloadService caseload;

    @Inject
    Settings settings;

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource db;

    @Test
    void everyPlaceThatAsks_givesTheSameStateForEachKindOfMeasure() throws SQLException {
        int window = settings.get(SettingKey.MEASURE_EXPIRY_WINDOW_DAYS);
        long team = Fixtures.team(db, TestData.unique("Team maatregelen"));
        String caseworker = TestData.unique("t.mc");
        String lead = TestData.unique("t.ml");
        long caseworkerId = Fixtures.worker(db, caseworker, team, "CASEWORKER");
        Fixtures.worker(db, lead, team, "TEAM_LEAD");

        Map<Kind, Long> measureOf = new LinkedHashMap<>();
        Map<Kind, Long> clientOf = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            long client = clientWithOpenPathway(team, caseworkerId, kind.name());
            clientOf.put(kind, client);
            measureOf.put(kind, switch (kind) {
                case RUNNING -> measure(client, TODAY.minusDays(30), TODAY.plusDays(window + 30));
                case EXPIRING -> measure(client, TODAY.minusDays(30), TODAY.plusDays(window / 2));
                case OVERDUE -> measure(client, TODAY.minusDays(30), TODAY.minusDays(2));
                case ENDED_BY_OUTCOME -> ended(measure(client, TODAY.minusDays(30), TODAY.plusDays(3)), TODAY.minusDays(5));
                case ENDED_BY_EXTENSION -> extendedBy(measure(client, TODAY.minusDays(30), TODAY.plusDays(2)), client);
                case VOIDED -> voided(measure(client, TODAY.minusDays(30), TODAY.plusDays(3)));
            });
        }

        // the Java rule, as the measures page shows it
        Map<Kind, ExpiryStatus> java = new LinkedHashMap<>();
        java.put(Kind.RUNNING, MeasureRules.expiryStatus(TODAY.plusDays(window + 30), null, false, TODAY, window));
        java.put(Kind.EXPIRING, MeasureRules.expiryStatus(TODAY.plusDays(window / 2), null, false, TODAY, window));
        java.put(Kind.OVERDUE, MeasureRules.expiryStatus(TODAY.minusDays(2), null, false, TODAY, window));
        java.put(Kind.ENDED_BY_OUTCOME,
                MeasureRules.expiryStatus(TODAY.plusDays(3), MeasureOutcome.LIFTED_EARLY, false, TODAY, window));
        java.put(Kind.ENDED_BY_EXTENSION, MeasureRules.expiryStatus(TODAY.plusDays(2), null, true, TODAY, window));
        assertEquals(Map.of(Kind.RUNNING, ExpiryStatus.RUNNING, Kind.EXPIRING, ExpiryStatus.EXPIRING,
                Kind.OVERDUE, ExpiryStatus.OVERDUE, Kind.ENDED_BY_OUTCOME, ExpiryStatus.ENDED,
                Kind.ENDED_BY_EXTENSION, ExpiryStatus.ENDED), java, "the dataset holds one measure of each state");
        Set<Kind> expiring = kindsIn(java, ExpiryStatus.EXPIRING);
        Set<Kind> overdue = kindsIn(java, ExpiryStatus.OVERDUE);
        Set<Kind> needingAction = new TreeSet<>(expiring);
        needingAction.addAll(overdue);

        // the expiry job: a task and a flag for exactly the expiring and the overdue ones
        expiry.run(TODAY);
        assertEquals(expiring, kindsWhere(measureOf, "SELECT COUNT(*) FROM task WHERE source_id = ? "
                + "AND kind = 'MEASURE_EXPIRING' AND status = 'OPEN'"), "expiry job: expiring tasks");
        assertEquals(overdue, kindsWhere(measureOf, "SELECT COUNT(*) FROM task WHERE source_id = ? "
                + "AND kind = 'MEASURE_OVERDUE' AND status = 'OPEN'"), "expiry job: overdue tasks");
        assertEquals(expiring, kindsWhere(clientOf, "SELECT COUNT(*) FROM client_flag WHERE client_id = ? "
                + "AND kind = 'MEASURE_EXPIRING' AND resolved_at IS NULL"), "expiry job: expiring flags");
        assertEquals(overdue, kindsWhere(clientOf, "SELECT COUNT(*) FROM client_flag WHERE client_id = ? "
                + "AND kind = 'MEASURE_OVERDUE' AND resolved_at IS NULL"), "expiry job: overdue flags");

        // the caseworker's lists: expiring and overdue together
        login.as(caseworker);
        Set<Long> listed = measures.expiring(0, 100).stream().map(ExpiringMeasure::measureId).collect(Collectors.toSet());
        assertEquals(needingAction, kinds(measureOf, listed::contains), "list of expiring measures");
        assertEquals(needingAction.size(), measures.countExpiring(), "count of expiring measures");
        Set<Long> attention = work.clientsNeedingAttention().stream().filter(MyClient::measureExpiring)
                .map(MyClient::clientId).collect(Collectors.toSet());
        assertEquals(needingAction, kinds(clientOf, attention::contains), "my work");

        // the team lead's overview: the figure and its list count the expiring ones
        login.as(lead);
        Set<Long> figure = caseload.drillDown(OverviewMetric.MEASURE_EXPIRING, null, 0, 100).stream()
                .map(DrillDownRow::refId).collect(Collectors.toSet());
        assertEquals(expiring, kinds(clientOf, figure::contains), "team overview: measures expiring");
        assertEquals(expiring.size(), caseload.drillDownCount(OverviewMetric.MEASURE_EXPIRING, null));

        // the annual report's "in force during the period", for a period of today alone
        Set<Kind> inForceToday = Set.of(Kind.RUNNING, Kind.EXPIRING, Kind.ENDED_BY_EXTENSION);
        String day = "DATE '" + TODAY + "'";
        assertEquals(inForceToday, kindsWhere(measureOf, "SELECT COUNT(*) FROM coercion_measure m WHERE m.id = ? AND "
                + MeasureConditions.inForceDuring(day, day)), "annual report: in force");
    }

    private long clientWithOpenPathway(long team, long responsible, String surname) throws SQLException {
        long client = Sql.insert(db, "INSERT INTO client (given_names, surname, date_of_birth, gender, postcode, area, "
                + "area_team_id, responsible_worker_id, status, purpose, legal_ground, version, created_at, created_by, "
                + "modified_at, modified_by) VALUES ('Maatregel', ?, '1980-05-05', 'MALE', '3861 QQ', 'Testwijk', ?, ?, "
                + "'ACTIVE', 'ADDICTION_SUPPORT', 'WMO_2015', 1, NOW(), 't', NOW(), 't')", surname, team, responsible);
        Sql.insert(db, "INSERT INTO pathway (client_id, area_team_id, responsible_worker_id, start_date, status, purpose, "
                + "legal_ground, version, created_at, created_by, modified_at, modified_by) VALUES (?, ?, ?, ?, 'ACTIVE', "
                + "'ADDICTION_SUPPORT', 'WMO_2015', 1, NOW(), 't', NOW(), 't')", client, team, responsible,
                TODAY.minusDays(60));
        Fixtures.refreshClientFirsts(db, client);
        return client;
    }

    private long measure(long client, LocalDate start, LocalDate end) {
        return Sql.insert(db, "INSERT INTO coercion_measure (client_id, measure_type_id, kind, legal_basis, "
                + "deciding_authority, decision_date, start_date, end_date, learned_via, purpose, legal_ground, version, "
                + "created_at, created_by, modified_at, modified_by) SELECT ?, id, kind, 'x', 'x', ?, ?, ?, 'CLIENT', "
                + "'ADDICTION_SUPPORT', 'WMO_2015', 1, NOW(), 't', NOW(), 't' FROM measure_type "
                + "WHERE code = 'CONDITIONAL_SENTENCE'", client, start, start, end);
    }

    private long ended(long measure, LocalDate on) throws SQLException {
        Sql.execute(db, "UPDATE coercion_measure SET outcome = 'LIFTED_EARLY', outcome_date = ? WHERE id = ?", on, measure);
        return measure;
    }

    /** The measure continues in an extension from the day after its end; the extension itself runs. */
    private long extendedBy(long measure, long client) throws SQLException {
        long extension = measure(client, TODAY.plusDays(3), TODAY.plusDays(100));
        Sql.execute(db, "UPDATE coercion_measure SET extends_measure_id = ? WHERE id = ?", measure, extension);
        return measure;
    }

    private long voided(long measure) throws SQLException {
        Sql.execute(db, "UPDATE coercion_measure SET voided = TRUE, voided_at = NOW(), voided_by = 't', "
                + "void_reason = 'Vergissing' WHERE id = ?", measure);
        return measure;
    }

    private static Set<Kind> kindsIn(Map<Kind, ExpiryStatus> statuses, ExpiryStatus status) {
        return statuses.entrySet().stream().filter(e -> e.getValue() == status).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<Kind> kindsWhere(Map<Kind, Long> ids, String countSql) {
        return kinds(ids, id -> Sql.number(db, countSql, id) > 0);
    }

    private static Set<Kind> kinds(Map<Kind, Long> ids, java.util.function.LongPredicate test) {
        return ids.entrySet().stream().filter(e -> test.test(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
