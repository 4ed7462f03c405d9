package nl.gebiedsteam.caseload.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import nl.gebiedsteam.caseload.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Issue 23, item 4: the database owner's credentials stay out of the running application. The
 * migration step brings a new database up to date and grants a runtime user only what it needs; the
 * application, given the owner's credentials to migrate at start (as the tests do), lets go of them.
 */
@ExtendWith(ArquillianExtension.class)
class MigrationCommandIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestLogin().addClasses(MigrationCommandIT.class);
    }

    @Test
    void theMigrationStep_migratesAnEmptyDatabase_andGrantsTheRuntimeUserOnlyWhatItNeeds() throws SQLException {
        String name = "caseload_step_" + System.nanoTime();
        String runtime = "rt_" + Long.toString(System.nanoTime(), 36);
        MariaDbDataSource root = new MariaDbDataSource(System.getProperty("db.url"));
        root.setUser("root");
        try (Connection admin = root.getConnection()) {
            Sql.execute(admin, "CREATE DATABASE " + name);
            Sql.execute(admin, "CREATE USER '" + runtime + "'@'%' IDENTIFIED BY 'runtime-secret'");
            // as README "Database users" sets it up: reading the schema, the rest per table from the migration step
            Sql.execute(admin, "GRANT SELECT ON " + name + ".* TO '" + runtime + "'@'%'");
        }
        String url = System.getProperty("db.url").replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        try {
            String answer = MigrationCommand.run(url, "root", "", runtime, "runtime-secret");
            long migrations = Sql.number(root, "SELECT COUNT(*) FROM " + name + ".flyway_schema_history WHERE success = 1 "
                    + "AND version IS NOT NULL");
            assertTrue(migrations >= 19, "every migration applied: " + migrations);
            assertEquals("schema migrations applied: " + migrations + "; " + runtime + " granted per table", answer);
            assertEquals("schema migrations applied: 0; " + runtime + " granted per table",
                    MigrationCommand.run(url, "root", "", runtime, "runtime-secret"), "a second run has nothing to do");

            MariaDbDataSource application = new MariaDbDataSource(url);
            application.setUser(runtime);
            application.setPassword("runtime-secret");
            assertEquals(0, Sql.number(application, "SELECT COUNT(*) FROM access_log"), "it may read");
            Sql.execute(application, "INSERT INTO area_team (name, area, active, version, created_at, created_by, "
                    + "modified_at, modified_by) VALUES ('Team', 'Area', TRUE, 1, NOW(), 't', NOW(), 't')");
            SQLException refused = assertThrows(SQLException.class, () -> Sql.execute(application,
                    "UPDATE access_log_chain_head SET last_seq = 0"));
            assertTrue(refused.getMessage().contains("denied"), refused.getMessage());
            assertThrows(IllegalArgumentException.class, () -> MigrationCommand.run(url, "", "", runtime, "x"),
                    "no owner, no migration");
        } finally {
            try (Connection admin = root.getConnection()) {
                Sql.execute(admin, "DROP DATABASE " + name);
                Sql.execute(admin, "DROP USER '" + runtime + "'@'%'");
            }
        }
    }

    /**
     * The test server is started with -Ddb.migration.user=root (arquillian.xml), as an installation that
     * migrates at start would be; Payara's configuration cache lets go of the value within a minute.
     */
    @Test
    void theApplication_forgetsTheOwnersCredentials_onceItHasMigrated() {
        assertNull(System.getProperty("db.migration.user"));
        assertNull(System.getProperty("db.migration.password"));
    }
}
