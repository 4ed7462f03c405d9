package nl.gebiedsteam.caseload.shared;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Migrations as a step of their own (README, "Database users"): run by the operator with the
 * owner's credentials before the application starts or is upgraded, so that the running application
 * is given only its own restricted account. Reads DB_URL, DB_MIGRATION_USER, DB_MIGRATION_PASSWORD,
 * and DB_USER / DB_PASSWORD to learn which account to grant. Prints what it did (the command's answer,
 * hence System.out) and exits 1 when it fails.
 */
public final class MigrationCommand {

    private MigrationCommand() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(run(env("DB_URL", "jdbc:mariadb://127.0.0.1:33306/caseload"), env("DB_MIGRATION_USER", null),
                    env("DB_MIGRATION_PASSWORD", ""), env("DB_USER", "caseload"), env("DB_PASSWORD", "caseload")));
        } catch (SQLException | RuntimeException e) {
            System.out.println("migration failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Migrates the schema at {@code url} as {@code owner}, then grants {@code runtimeUser} what it needs. */
    public static String run(String url, String owner, String ownerPassword, String runtimeUser, String runtimePassword)
            throws SQLException {
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("DB_MIGRATION_USER is not set");
        }
        DataSource migrations = dataSource(url, owner, ownerPassword);
        int applied = SchemaMigration.migrate(migrations, MigrationCommand.class.getClassLoader());
        SchemaMigration.limitRuntimeUser(migrations, dataSource(url, runtimeUser, runtimePassword));
        return "schema migrations applied: " + applied + "; " + runtimeUser + " granted per table";
    }

    private static DataSource dataSource(String url, String user, String password) throws SQLException {
        MariaDbDataSource dataSource = new MariaDbDataSource(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    private static String env(String name, String otherwise) {
        return System.getenv().getOrDefault(name, otherwise);
    }
}
