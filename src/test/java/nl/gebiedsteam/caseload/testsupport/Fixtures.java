package nl.gebiedsteam.caseload.testsupport;

import java.sql.SQLException;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.client.ClientFirsts;

/**
 * Teams and workers made with plain SQL, so a test can count on data nobody else touches. Workers
 * get demo worker 1's password hash: they log in with {@link TestLogin#DEMO_PASSWORD}.
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static long team(DataSource db, String name) {
        return Sql.insert(db, "INSERT INTO area_team (name, area, active, version, created_at, created_by, "
                + "modified_at, modified_by) VALUES (?, 'Testwijk', TRUE, 1, NOW(), 't', NOW(), 't')", name);
    }

    public static long worker(DataSource db, String login, long team, String role) {
        long id = Sql.insert(db, "INSERT INTO worker (login_name, display_name, area_team_id, active, password_hash, "
                + "version, created_at, created_by, modified_at, modified_by) SELECT ?, ?, ?, TRUE, password_hash, 1, NOW(), "
                + "'t', NOW(), 't' FROM worker WHERE id = 1", login, "Test " + login, team);
        try {
            Sql.execute(db, "INSERT INTO worker_role (worker_id, role) VALUES (?, ?)", id, role);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /**
     * Lets the wait after failed logins pass at once (LoginService makes each failure from the third on
     * wait longer), so a test can go on to the next attempt; a lockout of many minutes stays.
     */
    public static void endLoginDelay(DataSource db, long workerId) {
        try {
            Sql.execute(db, "UPDATE worker SET locked_until = NULL WHERE id = ? "
                    + "AND locked_until < UTC_TIMESTAMP(6) + INTERVAL 10 MINUTE", workerId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A file closed on {@code closedOn}: client, a closed pathway with its closure, an intake, a
     * contact, a signal from a reporter who asked to stay anonymous, and a substance profile, all
     * with recognisable text ({@code surname} everywhere) so a test can look for what survives.
     */
    public static long closedFile(DataSource db, long team, String surname, java.time.LocalDate dateOfBirth,
            java.time.LocalDate start, java.time.LocalDate closedOn) {
        try {
            long client = Sql.insert(db, "INSERT INTO client (given_names, surname, date_of_birth, gender, postcode, area, "
                    + "phone, area_team_id, status, purpose, legal_ground, version, created_at, created_by, modified_at, "
                    + "modified_by) VALUES ('Voornaam', ?, ?, 'FEMALE', '3861 QQ', 'Testwijk', '06 0000 0001', ?, "
                    + "'CLOSED', 'ADDICTION_SUPPORT', 'WMO_2015', 1, NOW(), 't', NOW(), 't')", surname, dateOfBirth, team);
            long pathway = Sql.insert(db, "INSERT INTO pathway (client_id, area_team_id, start_date, end_date, status, "
                    + "purpose, legal_ground, closure_outcome, closure_detail, closure_note, version, created_at, "
                    + "created_by, modified_at, modified_by) VALUES (?, ?, ?, ?, 'CLOSED', 'ADDICTION_SUPPORT', "
                    + "'WMO_2015', 'COMPLETED_AS_PLANNED', 'GOALS_MET', ?, 1, NOW(), 't', NOW(), 't')",
                    client, team, start, closedOn, "Slotnotitie " + surname);
            Sql.execute(db, "INSERT INTO pathway_closure (pathway_id, closed_on, closure_outcome, closure_detail) "
                    + "VALUES (?, ?, 'COMPLETED_AS_PLANNED', 'GOALS_MET')", pathway, closedOn);
            Sql.execute(db, "INSERT INTO pathway_transition (pathway_id, kind, from_status, to_status, occurred_at, "
                    + "worker_login, comment) VALUES (?, 'TRANSITION', 'ACTIVE', 'CLOSED', ?, 't', ?)", pathway,
                    closedOn.atTime(12, 0), "Afgesloten " + surname);
            Sql.execute(db, "INSERT INTO intake (pathway_id, intake_date, place, notes, version, created_at, created_by, "
                    + "modified_at, modified_by) VALUES (?, ?, ?, ?, 1, NOW(), 't', NOW(), 't')", pathway,
                    start.plusDays(7), "Thuis bij " + surname, "Intake met " + surname);
            Sql.execute(db, "INSERT INTO client_contact (client_id, pathway_id, occurred_local, kind, duration_minutes, "
                    + "note, version, created_at, created_by, modified_at, modified_by) VALUES (?, ?, ?, 'CONVERSATION', "
                    + "30, ?, 1, NOW(), 't', NOW(), 't')", client, pathway, start.plusDays(14).atTime(10, 0),
                    "Gesprek met " + surname);
            Sql.execute(db, "INSERT INTO signal_report (area_team_id, source, received_local, reporter_name, "
                    + "reporter_contact, reporter_anonymous, summary, concern_level, purpose, legal_ground, client_id, "
                    + "status, status_changed_at, status_changed_by, version, created_at, created_by, modified_at, "
                    + "modified_by) VALUES (?, 'NEIGHBOURHOOD', ?, ?, '06 9999 0000', TRUE, ?, 'LOW', 'SIGNAL_FOLLOW_UP', "
                    + "'WMO_2015', ?, 'LINKED', NOW(), 't', 1, NOW(), 't', NOW(), 't')", team, start.minusDays(10).atTime(9, 0),
                    "Buurman van " + surname, "Zorgen over " + surname, client);
            Sql.execute(db, "INSERT INTO substance_profile (client_id, primary_substance, frequency, route, "
                    + "information_source, version, created_at, created_by, modified_at, modified_by) VALUES (?, "
                    + "'ALCOHOL', 'DAILY', 'ORAL', 'SELF_REPORT', 1, NOW(), 't', NOW(), 't')", client);
            refreshClientFirsts(db, client);
            return client;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An open file in the hands of {@code caseworker}: a client and a pathway whose draft plan (one
     * goal, agreed with the client) waits for the team lead's approval, requested long ago so it
     * heads the team lead's queue.
     */
    public static long fileAwaitingPlanApproval(DataSource db, long team, long caseworker, String surname) {
        try {
            long client = Sql.insert(db, "INSERT INTO client (given_names, surname, date_of_birth, gender, postcode, area, "
                    + "phone, area_team_id, responsible_worker_id, status, purpose, legal_ground, version, created_at, "
                    + "created_by, modified_at, modified_by) VALUES ('Voornaam', ?, '1985-04-04', 'MALE', '3861 QQ', "
                    + "'Testwijk', '06 0000 0002', ?, ?, 'ACTIVE', 'ADDICTION_SUPPORT', 'WMO_2015', 1, NOW(), 't', NOW(), "
                    + "'t')", surname, team, caseworker);
            long pathway = Sql.insert(db, "INSERT INTO pathway (client_id, area_team_id, responsible_worker_id, start_date, "
                    + "status, purpose, legal_ground, pending_approval, approval_requested_at, approval_requested_by, "
                    + "version, created_at, created_by, modified_at, modified_by) VALUES (?, ?, ?, CURDATE() - INTERVAL "
                    + "30 DAY, 'PLAN_DRAFT', 'ADDICTION_SUPPORT', 'WMO_2015', 'PLAN', '2001-01-01', 't', 1, NOW(), 't', "
                    + "NOW(), 't')", client, team, caseworker);
            long plan = Sql.insert(db, "INSERT INTO support_plan (pathway_id, plan_number, status, review_date, "
                    + "client_agreed_on, version, created_at, created_by, modified_at, modified_by) VALUES (?, 1, 'DRAFT', "
                    + "CURDATE() + INTERVAL 60 DAY, CURDATE(), 1, NOW(), 't', NOW(), 't')", pathway);
            Sql.execute(db, "INSERT INTO plan_goal (support_plan_id, position, description, status) VALUES (?, 0, ?, "
                    + "'OPEN')", plan, "Doel van " + surname);
            refreshClientFirsts(db, client);
            return client;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A running measure of {@code client} (a conditional sentence from today, for a year). */
    public static long measure(DataSource db, long client) {
        return Sql.insert(db, "INSERT INTO coercion_measure (client_id, measure_type_id, kind, legal_basis, "
                + "deciding_authority, decision_date, start_date, end_date, learned_via, purpose, legal_ground, version, "
                + "created_at, created_by, modified_at, modified_by) SELECT ?, id, kind, 'x', 'rechtbank', CURDATE(), "
                + "CURDATE(), CURDATE() + INTERVAL 1 YEAR, 'CLIENT', 'ADDICTION_SUPPORT', 'WMO_2015', 1, NOW(), 't', NOW(), "
                + "'t' FROM measure_type WHERE code = 'CONDITIONAL_SENTENCE'", client);
    }

    /**
     * A document of {@code client} as the file lists it, without bytes: enough for the timeline, the
     * handover summary and a measure's link. {@code measure} may be null; {@code kind} a DocumentKind name.
     */
    public static long document(DataSource db, long client, String title, String kind, java.time.LocalDate date,
            Long measure) {
        return Sql.insert(db, "INSERT INTO client_document (client_id, title, kind, document_date, file_name, "
                + "media_type, size_bytes, sha256, measure_id, version, created_at, created_by, modified_at, modified_by) "
                + "VALUES (?, ?, ?, ?, ?, 'application/pdf', 1000, REPEAT('0', 64), ?, 1, NOW(), 't', NOW(), 't')",
                client, title, kind, date, title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".pdf", measure);
    }

    public static void voidDocument(DataSource db, long document) {
        try {
            Sql.execute(db, "UPDATE client_document SET voided = TRUE, voided_at = NOW(), voided_by = 't', "
                    + "void_reason = 'verkeerde cliënt', version = version + 1 WHERE id = ?", document);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * After a pathway or signal written with plain SQL: the client's first pathway start and first
     * signal source, as the services keep them (ClientFirsts).
     */
    public static void refreshClientFirsts(DataSource db, long client) {
        try {
            Sql.execute(db, ClientFirsts.REFRESH_CLIENT, client);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
