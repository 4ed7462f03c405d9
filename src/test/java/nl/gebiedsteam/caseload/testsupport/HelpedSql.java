package nl.gebiedsteam.caseload.testsupport;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The report's central figure written out as one plain SQL query, independent of the service's
 * SQL: clients helped per calendar year and team (DOMAIN.md "Annual and periodic reporting": a
 * not voided client with a pathway active on some day of the year and a contact or an intake in
 * it). The report benchmark times it as the floor; the cross-check compares the report with it.
 */
public final class HelpedSql {

    private HelpedSql() {
    }

    /** Rows (year, area team id, helped) for the calendar years {@code firstYear} to {@code lastYear}. */
    public static String perYearAndTeam(int firstYear, int lastYear) {
        String years = IntStream.rangeClosed(firstYear, lastYear).mapToObj(y -> "SELECT " + y + " AS year, DATE '"
                + y + "-01-01' AS first_day, DATE '" + (y + 1) + "-01-01' AS next_year")
                .collect(Collectors.joining(" UNION ALL "));
        return "SELECT y.year, c.area_team_id, COUNT(*) FROM client c JOIN (" + years + ") y "
                + "WHERE c.voided = FALSE "
                // a pathway active on some day of the year: started by its end and not closed throughout it
                + "AND EXISTS (SELECT 1 FROM pathway p WHERE p.client_id = c.id AND p.voided = FALSE "
                + "AND p.start_date < y.next_year AND NOT EXISTS (SELECT 1 FROM pathway_closure g WHERE g.pathway_id = p.id "
                + "AND g.closed_on < y.first_day AND (g.reopened_on IS NULL OR g.reopened_on >= y.next_year))) "
                // and a contact or an intake in the year
                + "AND (EXISTS (SELECT 1 FROM client_contact k WHERE k.client_id = c.id AND k.voided = FALSE "
                + "AND k.occurred_local >= y.first_day AND k.occurred_local < y.next_year) "
                + "OR EXISTS (SELECT 1 FROM intake i JOIN pathway q ON q.id = i.pathway_id WHERE q.client_id = c.id "
                + "AND q.voided = FALSE AND i.intake_date >= y.first_day AND i.intake_date < y.next_year)) "
                + "GROUP BY y.year, c.area_team_id";
    }
}
