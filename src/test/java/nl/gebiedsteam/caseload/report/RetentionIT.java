package nl.gebiedsteam.caseload.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.client.ClientService;
import nl.gebiedsteam.caseload.privacy.RetentionCandidate;
import nl.gebiedsteam.caseload.privacy.RetentionService;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.OutOfScopeException;
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
 * Issue 14, retention: closed files past their term are on the destruction list; approving it
 * anonymises them and every earlier annual report stays exactly equal. In this package because it
 * compares the true numbers (a "&lt;5" would hide a changed count), and the published ones too: a
 * record keeps its record key, so every cell keeps its noise (see {@link Perturbation}).
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestLogin().addClasses(RetentionIT.class);
    }

    @Inject
    TestLogin login;

    @Inject
    RetentionService retention;

    @Inject
    ClientService clients;

    @Inject
    ReportCalculation calculation;

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource db;

    @Test
    void destruction_anonymisesTheFile_keepsEveryEarlierReportEqual_andIsOnRecord() throws SQLException {
        String teamName = TestData.unique("Team bewaren ");
        long team = Fixtures.team(db, teamName);
        String lead = TestData.unique("t.bewaarlead");
        Fixtures.worker(db, lead, team, "TEAM_LEAD");
        String surname = TestData.unique("Vernietig");
        // born 15 May 1974: 24 on 1 January 1999 (band 18-24), 25 on 1 June 1999 and 1 January 2000; a
        // birthday moved to 1 January would make it 25 on 1 March 1999, to 2 May it stays 24 until 1 June.
        // Born 1 January 1990: the edge case of the rule.
        long mid = Fixtures.closedFile(db, team, surname, LocalDate.of(1974, 5, 15), LocalDate.of(1999, 3, 1),
                LocalDate.of(2001, 6, 30));
        long edge = Fixtures.closedFile(db, team, surname, LocalDate.of(1990, 1, 1), LocalDate.of(2000, 2, 1),
                LocalDate.of(2000, 12, 31));
        long recent = Fixtures.closedFile(db, team, TestData.unique("Bewaar"), LocalDate.of(1970, 7, 7),
                LocalDate.of(2014, 1, 1), LocalDate.of(2015, 1, 1));
        long contactedSince = Fixtures.closedFile(db, team, TestData.unique("Bewaar"), LocalDate.of(1975, 8, 8),
                LocalDate.of(1999, 1, 1), LocalDate.of(2000, 1, 1));
        Sql.execute(db, "INSERT INTO client_contact (client_id, occurred_local, kind, duration_minutes, version, "
                + "created_at, created_by, modified_at, modified_by) VALUES (?, '2019-04-01 10:00:00', 'PHONE', 10, 1, "
                + "NOW(), 't', NOW(), 't')", contactedSince);

        // issue 23: later records of other kinds keep a file too
        Map<String, String> later = Map.of(
                "a Wvggz report in 2020", "INSERT INTO wvggz_report (client_id, received_on, reporter, summary, version, "
                        + "created_at, created_by, modified_at, modified_by) VALUES (?, '2020-02-02', 'Zus', 'Zorgen', 1, "
                        + "NOW(), 't', NOW(), 't')",
                "a referral in 2021", "INSERT INTO referral (client_id, provider_id, referred_on, shares_data, status, "
                        + "version, created_at, created_by, modified_at, modified_by) SELECT ?, id, '2021-03-03', FALSE, "
                        + "'DONE', 1, NOW(), 't', NOW(), 't' FROM referral_provider ORDER BY id LIMIT 1",
                "a consent given in 2022", "INSERT INTO consent (client_id, purpose, recipient, scope, given_on, "
                        + "version, created_at, created_by, modified_at, modified_by) VALUES (?, 'REFERRAL', 'Tactus', "
                        + "'Hulpvraag', '2022-04-04', 1, NOW(), 't', NOW(), 't')",
                "an open task, however old", "INSERT INTO task (client_id, area_team_id, kind, source_id, due_date, "
                        + "restricted, status, version, created_at, created_by, modified_at, modified_by) SELECT id, "
                        + "area_team_id, 'WVGGZ_EXPLORATION', 9000000000 + id, '2000-01-01', FALSE, 'OPEN', 1, NOW(), 't', "
                        + "NOW(), 't' FROM client WHERE id = ?");
        Map<String, Long> kept = new java.util.HashMap<>();
        for (Map.Entry<String, String> record : later.entrySet()) {
            long file = Fixtures.closedFile(db, team, TestData.unique("Bewaar"), LocalDate.of(1976, 9, 9),
                    LocalDate.of(1998, 1, 1), LocalDate.of(1999, 1, 1));
            Sql.execute(db, record.getValue(), file);
            kept.put(record.getKey(), file);
        }

        login.as("hanna.privacy");
        Set<Long> listed = Set.copyOf(retention.destructionList().stream().map(RetentionCandidate::clientId).toList());
        assertTrue(listed.containsAll(List.of(mid, edge)), "past the 20-year term");
        assertFalse(listed.contains(recent), "closed 2015: within the term");
        assertFalse(listed.contains(contactedSince), "a contact in 2019 keeps the file");
        kept.forEach((record, file) -> assertFalse(listed.contains(file), record + " keeps the file"));
        assertTrue(Sql.exists(db, "SELECT 1 FROM access_log_shown s JOIN access_log a ON a.id = s.access_log_id "
                + "WHERE a.worker_login = 'hanna.privacy' AND a.object_type = 'retention' AND s.client_id = ?", mid),
                "reading the list logs the files it showed");

        // issue 23: two people decide, the privacy officer and the team lead of the file's team
        List<Long> both = List.of(mid, edge);
        assertEquals("retention.notConfirmed", assertThrows(CaseloadException.class, () -> retention.approve(both))
                .getMessageKey());
        assertEquals(2, retention.propose(both));
        assertThrows(EJBAccessException.class, () -> retention.confirm(mid), "the privacy officer cannot confirm");
        login.as("carla.noord");
        assertThrows(OutOfScopeException.class, () -> retention.confirm(mid), "nor the team lead of another team");
        assertTrue(retention.awaitingConfirmation().isEmpty(), "nor does it show on another team's list");
        login.as(lead);
        assertEquals(both, retention.awaitingConfirmation().stream().map(RetentionCandidate::clientId).sorted().toList());
        retention.confirm(mid);
        retention.confirm(edge);
        assertTrue(retention.awaitingConfirmation().isEmpty());
        assertThrows(SQLException.class, () -> Sql.execute(db, "UPDATE destruction_proposal SET confirmed_by = "
                + "proposed_by WHERE client_id = ?", mid), "the database refuses one person in both roles");
        login.as("hanna.privacy");

        List<AnnualReport> before = reports(team, teamName, Publication.EXACT);
        List<AnnualReport> publishedBefore = reports(team, teamName, Publication.PERTURBED);
        List<Long> recordKeys = recordKeys(mid, edge);
        assertEquals(2, retention.approve(both));
        assertEquals(before, reports(team, teamName, Publication.EXACT), "every earlier annual report stays equal");
        assertEquals(recordKeys, recordKeys(mid, edge), "the files keep their record keys");
        assertEquals(publishedBefore, reports(team, teamName, Publication.PERTURBED),
                "and every earlier published report");
        assertEquals(2L, before.get(1).keyFigures().helped().value(), "1999, the team: two persons helped");
        assertEquals(1L, before.get(3).keyFigures().helped().value(), "2000, the team: one");

        // nothing written about the person survives, anywhere
        for (String[] column : Sql.rows(db, "SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS WHERE "
                + "TABLE_SCHEMA = DATABASE() AND DATA_TYPE IN ('varchar', 'char', 'text') AND TABLE_NAME NOT LIKE 'access_log%'",
                r -> new String[] {r.getString(1), r.getString(2)})) {
            assertEquals(0, Sql.number(db, "SELECT COUNT(*) FROM `" + column[0] + "` WHERE `" + column[1] + "` LIKE ?",
                    "%" + surname + "%"), column[0] + "." + column[1] + " still names the person");
        }
        List<Object[]> anonymised = Sql.rows(db, "SELECT given_names, surname, date_of_birth, postcode, phone, bsn, "
                + "anonymised_by FROM client WHERE id IN (?, ?) ORDER BY id", r -> new Object[] {r.getString(1),
                    r.getString(2), r.getObject(3, LocalDate.class), r.getString(4), r.getString(5), r.getString(6),
                    r.getString(7)}, mid, edge);
        assertEquals(List.of("-", "-", LocalDate.of(1974, 5, 2), "3861 XX", "hanna.privacy"), List.of(anonymised.get(0)[0],
                anonymised.get(0)[1], anonymised.get(0)[2], anonymised.get(0)[3], anonymised.get(0)[6]));
        assertNull(anonymised.get(0)[4]);
        assertEquals(LocalDate.of(1990, 1, 1), anonymised.get(1)[2], "born on a 1st stays on that 1st");
        assertEquals(2, Sql.number(db, "SELECT COUNT(*) FROM destruction WHERE client_id IN (?, ?) AND approved_by = "
                + "'hanna.privacy' AND retention_years = 20", mid, edge));
        assertEquals(2, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE event = 'VOID' AND object_type = 'retention' "
                + "AND client_id IN (?, ?)", mid, edge));

        assertThrows(CaseloadException.class, () -> retention.approve(List.of(mid)), "no longer on the list");
        assertThrows(CaseloadException.class, () -> retention.approve(List.of(recent)), "never on the list");
        assertEquals(0, Sql.number(db, "SELECT COUNT(*) FROM client WHERE id = ? AND anonymised_at IS NOT NULL", recent));
        assertThrows(SQLException.class, () -> Sql.execute(db, "DELETE FROM destruction WHERE client_id = ?", mid),
                "the application's database user cannot remove the record");

        login.as(lead);
        assertThrows(NotFoundException.class, () -> clients.view(mid), "a destroyed file is gone for its team");
    }

    /**
     * The reports of 1999–2001 as {@code publication} gives them, for all teams and for the test's
     * team, without their timestamps.
     */
    private List<AnnualReport> reports(long team, String teamName, Publication publication) {
        List<AnnualReport> reports = new ArrayList<>();
        // every year, and (issue 23) every year-long period starting on another month's first day,
        // where the age on the period's first day differs from the age on 1 January: the service
        // reports only periods starting on a quarter's first day, but Anonymisation keeps the age on
        // every month's, and the calculation counts any period
        List<LocalDate> starts = new ArrayList<>();
        for (int year = 1999; year <= 2001; year++) {
            starts.add(LocalDate.of(year, 1, 1));
        }
        for (int month = 2; month <= 12; month++) {
            starts.add(LocalDate.of(1999, month, 1));
        }
        for (LocalDate from : starts) {
            for (Long scope : new Long[] {null, team}) {
                AnnualReport r = calculation.calculate(from, from.plusYears(1).minusDays(1), scope,
                        scope == null ? null : teamName, publication);
                reports.add(new AnnualReport(r.from(), r.to(), r.teamName(), null, r.keyFigures(),
                        r.previousKeyFigures(), r.pathways(), r.persons(), r.breakdowns(), r.closedDuration(),
                        r.closureOutcomes(), r.signalSources(), r.signalsToPathway(), r.signalToContact(),
                        r.waitToIntake(), r.waitToTreatment(), r.personsWithMeasure(), r.newMeasures()));
            }
        }
        return reports;
    }

    /**
     * The record keys of two clients and of their signals: what the noise of a cell they are in is
     * made of. Most cells the test's files are in count fewer than five, "&lt;5" whatever their
     * noise, so the keys themselves are compared as well.
     */
    private List<Long> recordKeys(long first, long second) {
        return Sql.rows(db, "SELECT record_key FROM client WHERE id IN (?, ?) UNION ALL SELECT record_key "
                + "FROM signal_report WHERE client_id IN (?, ?) ORDER BY 1", r -> r.getLong(1), first, second, first,
                second);
    }
}
