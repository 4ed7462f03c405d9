package nl.gebiedsteam.caseload.privacy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema as the database describes it: each table's stored columns and its foreign keys. Read
 * per export (a few milliseconds), so it always matches the migrations that ran.
 */
final class Schema {

    record ForeignKey(String table, String column, String referenced) {
    }

    private final Map<String, List<String>> columns;
    private final List<ForeignKey> keys;

    private Schema(Map<String, List<String>> columns, List<ForeignKey> keys) {
        this.columns = columns;
        this.keys = keys;
    }

    static Schema read(Connection connection) throws SQLException {
        Map<String, List<String>> columns = new HashMap<>();
        List<ForeignKey> keys = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            // generated columns repeat others (e.g. a unique key over open rows): not data of their own
            try (ResultSet r = s.executeQuery("""
                    SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS
                    WHERE TABLE_SCHEMA = DATABASE() AND IS_GENERATED = 'NEVER'
                    ORDER BY TABLE_NAME, ORDINAL_POSITION""")) {
                while (r.next()) {
                    columns.computeIfAbsent(r.getString(1), t -> new ArrayList<>()).add(r.getString(2));
                }
            }
            try (ResultSet r = s.executeQuery("""
                    SELECT TABLE_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME
                    FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE()
                    AND REFERENCED_TABLE_NAME IS NOT NULL ORDER BY TABLE_NAME, COLUMN_NAME""")) {
                while (r.next()) {
                    keys.add(new ForeignKey(r.getString(1), r.getString(2), r.getString(3)));
                }
            }
        }
        return new Schema(columns, keys);
    }

    List<String> columns(String table) {
        return columns.getOrDefault(table, List.of());
    }

    boolean hasId(String table) {
        return columns(table).contains("id");
    }

    /** The foreign keys that point at {@code table}. */
    List<ForeignKey> referencing(String table) {
        return keys.stream().filter(k -> k.referenced().equals(table)).toList();
    }

    /** The foreign key on {@code table.column}, or null. */
    ForeignKey reference(String table, String column) {
        return keys.stream().filter(k -> k.table().equals(table) && k.column().equals(column)).findFirst().orElse(null);
    }
}
