package nl.gebiedsteam.caseload.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Brings the schema up to date before anything else touches the database. Flyway commits its
 * own work, hence bean-managed transactions. Demo data is a second, separately versioned set of
 * scripts with its own history table, applied only when {@code caseload.demo=true}, so a
 * production database never receives a synthetic person.
 *
 * <p>In production the migrations run before, as a step of their own ({@link MigrationCommand}), and
 * here nothing is pending: the application with its restricted user only reads Flyway's history. With
 * a migration user configured here ({@code db.migration.user}: the demo and the tests), migrations run
 * as that user, outside the application's pool, and afterwards grant the runtime user ({@code db.user})
 * only what it needs ({@link RuntimePrivileges}); then the application forgets the owner's credentials.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "caseload.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "caseload.demo.any-database", defaultValue = "false")
    boolean demoOnAnyDatabase;

    @Inject
    @ConfigProperty(name = "db.url")
    String url;

    @Inject
    @ConfigProperty(name = "db.migration.user")
    Optional<String> migrationUser;

    @Inject
    @ConfigProperty(name = "db.migration.password")
    Optional<String> migrationPassword;

    @PostConstruct
    void migrate() {
        try {
            DataSource migrations = migrationUser.isPresent() ? migrationDataSource() : dataSource;
            ClassLoader loader = getClass().getClassLoader();
            int applied = SchemaMigration.migrate(migrations, loader);
            LOG.info(() -> "Schema migrations applied: " + applied);
            if (demo) {
                int seeded = SchemaMigration.seedDemo(migrations, loader, demoOnAnyDatabase, url);
                LOG.warning(() -> "DEMO MODE: synthetic demo data loaded (" + seeded
                        + " scripts). Not for real clients.");
            }
            SchemaMigration.limitRuntimeUser(migrations, dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException("database set-up failed", e);
        } finally {
            forgetMigrationCredentials();
        }
    }

    /**
     * The owner's credentials are needed for the migrations only: the application lets go of them at
     * once, as far as a Java process can (system properties and its own fields). Given in the
     * environment, they would stay readable there, hence the warning: run MigrationCommand as a step
     * of its own instead (README, "Database users").
     */
    private void forgetMigrationCredentials() {
        if (migrationUser.isPresent()) {
            System.clearProperty("db.migration.user");
            System.clearProperty("db.migration.password");
            migrationUser = Optional.empty();
            migrationPassword = Optional.empty();
            if (System.getenv("DB_MIGRATION_USER") != null || System.getenv("DB_MIGRATION_PASSWORD") != null) {
                LOG.warning("The database owner's credentials (DB_MIGRATION_USER, DB_MIGRATION_PASSWORD) are in the "
                        + "application's environment, where they stay readable while it runs. Run the migrations as a "
                        + "step of their own (MigrationCommand) and start the application without them (README, "
                        + "Database users).");
            }
        }
    }

    private DataSource migrationDataSource() throws SQLException {
        MariaDbDataSource migrations = new MariaDbDataSource(url);
        migrations.setUser(migrationUser.orElseThrow());
        migrations.setPassword(migrationPassword.orElse(""));
        return migrations;
    }
}
