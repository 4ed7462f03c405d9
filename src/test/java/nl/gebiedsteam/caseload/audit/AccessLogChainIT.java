package nl.gebiedsteam.caseload.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.client.ClientService;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import nl.gebiedsteam.caseload.testsupport.Sql;
import nl.gebiedsteam.caseload.testsupport.TestLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Issue 14, the access log's hash chain on the real database: the trigger's hashes and the Java
 * verifier agree, parallel writers keep one unbroken chain, and a changed row is found at exactly
 * that row.
 */
@ExtendWith(ArquillianExtension.class)
class AccessLogChainIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestLogin().addClasses(AccessLogChainIT.class);
    }

    @Inject
    TestLogin login;

    @Inject
    ClientService clients;

    @Inject
    AccessLog accessLog;

    @Inject
    AccessLogChainService chainService;

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource db;

    @Test
    void everyLine_isChained_andTheVerifierAgreesWithTheDatabase() throws SQLException {
        login.as("carla.noord");
        clients.view(1L);
        // unusual content must hash the same in SQL and Java: non-ASCII, an emoji, separators and NULLs
        accessLog.success(AccessEvent.READ, 1L, "client", "Ünïcødé | 1:2 - 😀 \\ ' \"");
        assertEquals(0, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE chain_seq IS NULL OR entry_hash IS NULL"));
        AccessLogChain.Report report = verify();
        assertTrue(report.intact(), report.toString());
        assertEquals(Sql.number(db, "SELECT COUNT(*) FROM access_log"), report.rowsChecked());
        assertEquals(Sql.rows(db, "SELECT entry_hash FROM access_log WHERE chain_seq = ?", r -> r.getString(1),
                report.rowsChecked()).get(0), report.lastHash(), "the head's hash, for the operator to keep");
    }

    @Test
    void parallelWriters_keepOneUnbrokenChain() throws Exception {
        long before = Sql.number(db, "SELECT last_seq FROM access_log_chain_head");
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                int n = i;
                writers.add(pool.submit(() -> accessLog.denied(AccessEvent.ACCESS_DENIED, null, "test", "parallel " + n)));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(Sql.number(db, "SELECT last_seq FROM access_log_chain_head") >= before + 120);
        AccessLogChain.Report report = verify();
        assertTrue(report.intact(), report.toString());
    }

    @Test
    void theApplicationsDatabaseUser_canOnlyAddLines() throws SQLException {
        assertTrue(Sql.rows(db, "SELECT CURRENT_USER()", r -> r.getString(1)).get(0).startsWith("caseload_app@"),
                "the tests run as the restricted runtime user");
        for (String attack : List.of("UPDATE access_log SET detail = 'x' WHERE chain_seq = 1",
                "DELETE FROM access_log WHERE chain_seq = 1", "TRUNCATE TABLE access_log",
                "DROP TRIGGER access_log_chain", "DROP TRIGGER access_log_no_update",
                "ALTER TABLE access_log DROP COLUMN detail", "UPDATE access_log_chain_head SET last_seq = 0",
                "DROP TABLE access_log_chain_head")) {
            SQLException refused = assertThrows(SQLException.class, () -> Sql.execute(db, attack), attack);
            assertTrue(refused.getMessage().contains("denied"), attack + ": " + refused.getMessage());
        }
        // what it may do, a new line, still gets its place in the chain from the trigger
        Sql.execute(db, "INSERT INTO access_log (occurred_at, event, action_code, outcome, detail, chain_seq, entry_hash) "
                + "VALUES (UTC_TIMESTAMP(6), 'READ', 'R', 'SUCCESS', 'written by hand', 1, 'forged')");
        assertEquals(Sql.number(db, "SELECT last_seq FROM access_log_chain_head"),
                Sql.number(db, "SELECT chain_seq FROM access_log WHERE detail = 'written by hand'"));
        assertTrue(verify().intact(), "a forged place or hash is overwritten by the trigger");
    }

    @Test
    void aChangedLine_isFoundAtExactlyThatLine() throws SQLException {
        login.as("anna.noord");
        clients.view(1L);
        long seq = Sql.number(db, "SELECT MAX(chain_seq) - 1 FROM access_log");
        String original = Sql.rows(db, "SELECT detail FROM access_log WHERE chain_seq = ?", r -> r.getString(1), seq).get(0);
        // only the migration user can do this: drop the guard, change a line, put both back
        MariaDbDataSource migrationUser = new MariaDbDataSource(System.getProperty("db.url"));
        migrationUser.setUser("root");
        try (Connection admin = migrationUser.getConnection()) {
            Sql.execute(admin, "DROP TRIGGER access_log_no_update");
            try {
                Sql.execute(admin, "UPDATE access_log SET detail = 'nothing to see' WHERE chain_seq = ?", seq);
                AccessLogChain.Report tampered = verify();
                assertFalse(tampered.intact());
                assertEquals(seq, tampered.firstBrokenSeq());
                assertEquals(seq - 1, tampered.rowsChecked());
                assertEquals("its content does not match its hash", tampered.problem());
            } finally {
                Sql.execute(admin, "UPDATE access_log SET detail = ? WHERE chain_seq = ?", original, seq);
                Sql.execute(admin, "CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log FOR EACH ROW "
                        + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_log is append-only'");
            }
        }
        assertTrue(verify().intact(), "restored");
    }

    @Test
    void aClientAddedToOrTakenFromAListRead_isFoundAtExactlyThatLine() throws SQLException {
        login.as("anna.noord");
        String detail = "list read " + System.nanoTime();
        accessLog.listed(AccessEvent.SEARCH, "client", null, detail, List.of(3L, 1L, 2L));
        long seq = Sql.number(db, "SELECT chain_seq FROM access_log WHERE detail = ?", detail);
        long line = Sql.number(db, "SELECT id FROM access_log WHERE detail = ?", detail);
        assertTrue(verify().intact(), "the digest the application wrote is the one the verifier computes");

        // the application's own user may add rows to access_log_shown: claiming afterwards that a
        // list showed a client it did not show must break the chain at that line
        Sql.execute(db, "INSERT INTO access_log_shown (access_log_id, client_id) VALUES (?, 4)", line);
        try {
            AccessLogChain.Report added = verify();
            assertEquals(seq, added.firstBrokenSeq(), added.toString());
            assertEquals("the clients it showed were changed afterwards", added.problem());
        } finally {
            asMigrationUserWithoutTheDeleteGuard("DELETE FROM access_log_shown WHERE access_log_id = ? AND client_id = 4",
                    line);
        }
        assertTrue(verify().intact(), "restored");

        // and one taken away, which only the migration user can do
        asMigrationUserWithoutTheDeleteGuard("DELETE FROM access_log_shown WHERE access_log_id = ? AND client_id = 2", line);
        try {
            assertEquals(seq, verify().firstBrokenSeq());
        } finally {
            Sql.execute(db, "INSERT INTO access_log_shown (access_log_id, client_id) VALUES (?, 2)", line);
        }
        assertTrue(verify().intact(), "restored");
    }

    @Test
    void onlyThePrivacyOfficer_checksTheChain_andTheCheckIsLogged() {
        login.as("hanna.privacy");
        assertTrue(chainService.verify().intact());
        assertTrue(Sql.exists(db, "SELECT 1 FROM access_log WHERE worker_login = 'hanna.privacy' AND event = 'LOG_READ' "
                + "AND detail LIKE 'chain verified: intact%'"));
        for (String other : List.of("carla.noord", "gerrit.beheer", "fatima.beleid")) {
            login.as(other);
            assertThrows(EJBAccessException.class, () -> chainService.verify(), other);
        }
    }


    /** Runs one statement as the migration user, with access_log_shown's delete trigger dropped meanwhile. */
    private static void asMigrationUserWithoutTheDeleteGuard(String sql, Object... parameters) throws SQLException {
        MariaDbDataSource migrationUser = new MariaDbDataSource(System.getProperty("db.url"));
        migrationUser.setUser("root");
        try (Connection admin = migrationUser.getConnection()) {
            Sql.execute(admin, "DROP TRIGGER access_log_shown_no_delete");
            try {
                Sql.execute(admin, sql, parameters);
            } finally {
                Sql.execute(admin, "CREATE TRIGGER access_log_shown_no_delete BEFORE DELETE ON access_log_shown "
                        + "FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_log_shown is append-only'");
            }
        }
    }

    private AccessLogChain.Report verify() throws SQLException {
        try (Connection connection = db.getConnection()) {
            return AccessLogChain.verify(connection);
        }
    }
}
