package nl.gebiedsteam.caseload.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import nl.gebiedsteam.caseload.worker.Totp;
import nl.gebiedsteam.caseload.worker.TotpSecrets;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The authenticator code of a demo worker who has a second factor, as their phone would show it.
 * Tests log the same worker in many times within 30 seconds, which the application rightly
 * refuses (a code works once); so the last step used is forgotten first, as if the next 30-second
 * window had come. Works outside the server (test.db.url) and inside it (db.url), as root.
 */
public final class TestTotp {

    private TestTotp() {
    }

    /** The current code, or null when the worker has no second factor. */
    public static String codeFor(String login) {
        try (Connection c = root()) {
            String secret = null;
            try (PreparedStatement p = c.prepareStatement("SELECT totp_secret FROM worker WHERE login_name = ?")) {
                p.setString(1, login);
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        secret = r.getString(1);
                    }
                }
            }
            if (secret == null) {
                return null;
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE worker SET totp_last_step = NULL WHERE login_name = ?")) {
                p.setString(1, login);
                p.executeUpdate();
            }
            // the database holds the secret encrypted, under the demo key in the tests
            return Totp.code(TotpSecrets.open(secret, TotpSecrets.keyOf(TotpSecrets.DEMO_KEY)), Totp.stepAt(Instant.now()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection root() throws SQLException {
        String outside = System.getProperty("test.db.url");
        if (outside != null) {
            return DriverManager.getConnection(outside, "root", "");
        }
        MariaDbDataSource inside = new MariaDbDataSource(System.getProperty("db.url"));
        inside.setUser("root");
        inside.setPassword("");
        return inside.getConnection();
    }
}
