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
