package nl.gebiedsteam.caseload.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the application's runtime database user may do, table by table, granted by the migration
 * user after every migration: read and write the application's tables, but only add to the access
 * log and read its chain head. So the running application can neither change, delete nor
 * truncate a log line, nor drop the triggers that chain and guard it (that needs the migration
 * user, who is not in the application's pool).
 */
final class RuntimePrivileges {

    /** Tables with less than read-and-write; every other table of the schema gets {@link #READ_WRITE}. */
    static final Map<String, String> RESTRICTED = Map.of(
            "access_log", "SELECT, INSERT",
            "access_log_shown", "SELECT, INSERT",
            "access_log_chain_head", "SELECT",
            "destruction", "SELECT, INSERT",
            "flyway_schema_history", "SELECT",
            "flyway_seed_history", "SELECT");
    static final String READ_WRITE = "SELECT, INSERT, UPDATE, DELETE";

    /** Privileges that would let the runtime user alter the log or its triggers, if held beyond one table. */
    static final Set<String> DANGEROUS = Set.of("UPDATE", "DELETE", "DROP", "ALTER", "TRIGGER", "SUPER", "ALL PRIVILEGES");

    private RuntimePrivileges() {
    }

    /**
     * Grants per table to {@code account} ('user'@'host' as CURRENT_USER() gives it), run with the
     * migration user. Earlier grants on the restricted tables are revoked first.
     */
    static List<String> grant(Connection migration, String account) throws SQLException {
        String grantee = quoted(account);
        List<String> tables = new ArrayList<>();
        try (Statement s = migration.createStatement(); ResultSet r = s.executeQuery("""
                SELECT TABLE_NAME FROM
                information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'""")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        List<String> done = new ArrayList<>();
        try (Statement s = migration.createStatement()) {
            for (String table : tables) {
                String privileges = RESTRICTED.getOrDefault(table, READ_WRITE);
                if (RESTRICTED.containsKey(table)) {
                    try {
                        s.execute("REVOKE ALL PRIVILEGES ON `" + table + "` FROM " + grantee);
                    } catch (SQLException noGrantYet) {
                        // MariaDB refuses to revoke what was never granted (1147): nothing to take back
                    }
                }
                s.execute("GRANT " + privileges + " ON `" + table + "` TO " + grantee);
                done.add(table + ": " + privileges);
            }
        }
        return done;
    }

    /**
     * Privileges of the current user that reach beyond single tables (on the whole schema or
     * server) and would let it change the access log: empty when the user is set up as intended.
     */
    static List<String> dangerousBroadPrivileges(Connection runtime) throws SQLException {
        List<String> found = new ArrayList<>();
        String account = quoted(currentAccount(runtime));
        for (String sql : List.of("SELECT PRIVILEGE_TYPE FROM information_schema.USER_PRIVILEGES WHERE GRANTEE = ?",
                """
                SELECT PRIVILEGE_TYPE FROM information_schema.SCHEMA_PRIVILEGES WHERE GRANTEE = ?
                AND TABLE_SCHEMA = DATABASE()""")) {
            try (PreparedStatement p = runtime.prepareStatement(sql)) {
                p.setString(1, account);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        if (DANGEROUS.contains(r.getString(1))) {
                            found.add(r.getString(1));
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The account of the current user: CURRENT_USER() gives user@host; grants want 'user'@'host'. */
    static String currentAccount(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT CURRENT_USER()")) {
            r.next();
            return r.getString(1);
        }
    }

    static String quoted(String account) {
        int at = account.lastIndexOf('@');
        return "'" + account.substring(0, at).replace("'", "''") + "'@'" + account.substring(at + 1).replace("'", "''")
                + "'";
    }
}
